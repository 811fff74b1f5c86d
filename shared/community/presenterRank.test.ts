import { describe, expect, it } from 'vitest'
import type { RotationHistory } from './maps'
import { firstByRank, presenterRank } from './presenterRank'

const HISTORY: RotationHistory = {
  coops: { 'coop-lodz': 300, 'coop-tokyo': 100 },
  people: { 'łucja nowak': 300, 'ελενη παππα': 50 },
}

interface Person {
  name: string
  coopId: string | null
  id: string
}

const first = (people: Person[]) => firstByRank(people, (p) => presenterRank(HISTORY, p.name, p.coopId, p.id))?.id ?? null

describe('presenterRank', () => {
  it('puts the coop that reported least recently first, a coop that never did before all', () => {
    expect(
      first([
        { name: 'Łucja Nowak', coopId: 'coop-lodz', id: 'a' },
        { name: '山田 健二', coopId: 'coop-tokyo', id: 'b' },
      ]),
    ).toBe('b')
    expect(
      first([
        { name: '山田 健二', coopId: 'coop-tokyo', id: 'b' },
        { name: 'Ana Pérez', coopId: 'coop-nueva', id: 'c' },
      ]),
    ).toBe('c')
  })

  it('counts a person of no known coop as a coop of their own, then ranks people, then folded names, then the tie-break', () => {
    // Ελένη reported at 50, before Tokyo's coop at 100.
    expect(
      first([
        { name: '山田 健二', coopId: 'coop-tokyo', id: 'b' },
        { name: 'Ελένη Παππά', coopId: null, id: 'e' },
      ]),
    ).toBe('e')
    expect(
      first([
        { name: 'Zoë', coopId: 'coop-nueva', id: 'z' },
        { name: 'ana', coopId: 'coop-nueva', id: 'y' },
      ]),
    ).toBe('y')
    expect(
      first([
        { name: 'Ana', coopId: 'coop-nueva', id: '2' },
        { name: 'ANA', coopId: 'coop-nueva', id: '1' },
      ]),
    ).toBe('1')
    expect(first([])).toBeNull()
  })
})
