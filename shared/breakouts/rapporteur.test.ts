import { describe, expect, it } from 'vitest'
import { coopIdFor } from '../corners/roster'
import { matchKey } from '../text/fold'
import { rosterCoopIdOf } from './assign'
import { reportHistory, rotationSoFar, suggestByRotation, suggestRapporteur } from './rapporteur'
import type { BreakoutMember, BreakoutSession, Rapporteur } from './types'

function member(participantId: string, name: string, coop: string): BreakoutMember {
  return { sessionId: 's4', participantId, groupId: 'g1', name, coop, assignedBy: 'random', at: 0 }
}

function ended(id: string, endedAt: number | null, status: BreakoutSession['status'] = 'ended'): BreakoutSession {
  return {
    id,
    status,
    assignment: 'random',
    spreadCoops: false,
    cap: null,
    groups: [],
    timer: { durationMs: 1, endsAt: null, pausedRemainingMs: 0 },
    message: null,
    pageId: 'page:page',
    startedAt: 0,
    endedAt,
    reportBack: null,
  }
}

function reported(sessionId: string, coop: string, participantId = `${coop}-${sessionId}`): Rapporteur {
  return { sessionId, groupId: 'g1', participantId, name: participantId, coop, at: 0 }
}

describe('reportHistory', () => {
  it('keeps the latest end of an ended session per coop, by coop id', () => {
    const sessions = [ended('s1', 100), ended('s2', 200), ended('s3', null, 'running')]
    const history = reportHistory(sessions, [
      reported('s1', 'Sur'),
      reported('s2', 'sur'),
      reported('s1', 'Norte'),
      reported('s3', 'Este'),
      reported('gone', 'Oeste'),
      reported('s2', ''),
    ])
    expect(history).toEqual(
      new Map([
        ['sur', 200],
        ['norte', 100],
      ]),
    )
  })
})

describe('suggestRapporteur', () => {
  const ana = member('p-ana', 'Ana', 'Sur')
  const bo = member('p-bo', 'Bo', 'Norte')
  const cy = member('p-cy', 'Cy', 'Este')
  const dee = member('p-dee', 'Dee', '')

  it('rotates over three sessions: the coop that reported longest ago (or never) is suggested', () => {
    const sessions: BreakoutSession[] = []
    const rapporteurs: Rapporteur[] = []
    const picked: string[] = []
    for (let round = 1; round <= 4; round++) {
      const choice = suggestRapporteur([ana, bo, cy], reportHistory(sessions, rapporteurs))
      if (!choice) throw new Error('no suggestion')
      picked.push(choice.name)
      sessions.push(ended(`s${round}`, round * 1000))
      rapporteurs.push({ ...reported(`s${round}`, choice.coop, choice.participantId), name: choice.name })
    }
    // Never-reported coops first (by name), then the one that reported longest ago comes round again.
    expect(picked).toEqual(['Ana', 'Bo', 'Cy', 'Ana'])
  })

  it('breaks ties by name, case-insensitively, then participant id', () => {
    const twins = [member('p2', 'zoe', 'A'), member('p9', 'Ana', 'B'), member('p1', 'ana', 'C')]
    expect(suggestRapporteur(twins, new Map())?.participantId).toBe('p1')
    expect(suggestRapporteur([...twins].reverse(), new Map())?.participantId).toBe('p1')
  })

  it('puts members without a coop after every member with one', () => {
    const history = new Map([
      ['sur', 500],
      ['norte', 900],
    ])
    expect(suggestRapporteur([dee, bo, ana], history)?.name).toBe('Ana')
    expect(suggestRapporteur([dee], history)?.name).toBe('Dee')
  })

  it('skips excluded members so asking again suggests someone else, and is null when nobody is left', () => {
    const history = new Map<string, number>()
    expect(suggestRapporteur([ana, bo], history, new Set(['p-ana']))?.name).toBe('Bo')
    expect(suggestRapporteur([ana, bo], history, new Set(['p-ana', 'p-bo']))).toBeNull()
    expect(suggestRapporteur([], history)).toBeNull()
  })
})

describe('rotation with earlier meetings (a community)', () => {
  const ana = member('p-ana', 'Ana Núñez', 'Sur')
  const bo = member('p-bo', 'Bo', 'Norte')
  const zofia = member('p-zofia', 'Zofia Łukasiewicz', 'Sur')

  it('merges the prior reports with this board’s, the latest winning, for coops and people', () => {
    const sessions = [ended('s1', 5000)]
    const rotation = rotationSoFar(sessions, [{ ...reported('s1', 'Sur', 'p-ana'), name: 'Ana Núñez' }], {
      coops: { sur: 1000, norte: 9000 },
      people: { [matchKey('Ana Nunez')]: 7000, [matchKey('Bo')]: 9000 },
    })
    expect(rotation.coops).toEqual(
      new Map([
        ['sur', 5000],
        ['norte', 9000],
      ]),
    )
    expect(rotation.people).toEqual(
      new Map([
        [matchKey('Ana Núñez'), 7000],
        [matchKey('Bo'), 9000],
      ]),
    )
  })

  it('suggests a coop that reported at an earlier meeting after one that never did', () => {
    const prior = { coops: { sur: 1000 }, people: {} }
    expect(suggestByRotation([ana, bo], [], [], null)?.name).toBe('Ana Núñez')
    expect(suggestByRotation([ana, bo], [], [], prior)?.name).toBe('Bo')
  })

  it('within one coop, suggests the person who reported least recently', () => {
    const prior = { coops: { sur: 1000 }, people: { [matchKey('Ana Núñez')]: 1000 } }
    expect(suggestByRotation([ana, zofia], [], [], prior)?.name).toBe('Zofia Łukasiewicz')
    expect(suggestByRotation([ana, zofia], [], [], prior, new Set(['p-zofia']))?.name).toBe('Ana Núñez')
  })

  describe('coops keyed by the roster, as the community keys earlier meetings', () => {
    // "Cooperativa Sur" was renamed: its id stays. The community's history is keyed by roster ids.
    const roster = [
      { id: coopIdFor('Spółdzielnia Kodu'), name: 'Spółdzielnia Kodu' },
      { id: 'cooperativa-sur', name: 'Cooperativa del Sur' },
      { id: 'kolektyw-norte', name: 'Kolektyw Północ' },
    ]
    const prior = { coops: { [coopIdFor('Spółdzielnia Kodu')]: 8000, 'cooperativa-sur': 9000, 'kolektyw-norte': 1000 }, people: {} }
    // Typed without ł, and under the new name.
    const typedKodu = member('p-jan', 'Jan Kowalski', 'spoldzielnia kodu')
    const typedSur = member('p-lucia', 'Lucía Pérez', 'Cooperativa del Sur')
    const norte = member('p-agnieszka', 'Agnieszka Wróbel', 'Kolektyw Północ')

    it('counts a coop typed without its ł or under its new name as the coop that reported', () => {
      const coopIdOf = rosterCoopIdOf(roster)
      expect(coopIdOf(typedKodu)).toBe(coopIdFor('Spółdzielnia Kodu'))
      expect(coopIdOf(typedSur)).toBe('cooperativa-sur')
      expect(coopIdOf(member('p-x', 'X', ' — '))).toBeNull()
      expect(suggestByRotation([typedKodu, typedSur, norte], [], [], prior, new Set(), coopIdOf)?.name).toBe('Agnieszka Wróbel')
      expect(suggestByRotation([typedKodu, typedSur], [], [], prior, new Set(), coopIdOf)?.name).toBe('Jan Kowalski')
    })

    it('keys this board’s own rapporteurs by the roster too', () => {
      const sessions = [ended('s1', 20000)]
      const rapporteurs = [{ ...reported('s1', 'Kolektyw Polnoc', 'p-agnieszka'), name: 'Agnieszka Wróbel' }]
      const rotation = rotationSoFar(sessions, rapporteurs, prior, rosterCoopIdOf(roster))
      expect(rotation.coops.get('kolektyw-norte')).toBe(20000)
      expect(suggestByRotation([typedKodu, norte], sessions, rapporteurs, prior, new Set(), rosterCoopIdOf(roster))?.name).toBe(
        'Jan Kowalski',
      )
    })
  })
})
