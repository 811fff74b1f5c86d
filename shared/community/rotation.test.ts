import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { rosterMap } from '../corners/applyPlan'
import { mergeRoster, type Coop } from '../corners/roster'
import { assignMember, endSession, setRapporteur, startSession } from '../breakouts/session'
import { sessionPlan } from '../breakouts/testing'
import type { RotationEntry } from './api'
import { WG_REPORT_MAP, WORKING_GROUPS_MAP, type WorkingGroup, type WorkingGroupReport } from './maps'
import { compareNewestFirst, readWorkingGroups, rotationEntriesOf, rotationHistoryOf, suggestPresenter, WG_REPORT_KEY } from './rotation'

const MEETING = { boardId: 'b-oct', title: 'Asamblea de octubre' }

function roster(details: { name: string; delegates?: string[] }[]): Coop[] {
  return mergeRoster([], details).added
}

function group(overrides: Partial<WorkingGroup>): WorkingGroup {
  return { id: 'wg-infra', name: 'Infraestructura', coopIds: [], people: [], areaId: null, createdAt: 1, ...overrides }
}

function meetingDoc(): Y.Doc {
  const doc = new Y.Doc()
  for (const coop of roster([{ name: 'Cooperativa Sur' }, { name: 'Spółdzielnia Kodu' }, { name: 'Συνεργατική Αθήνας' }])) {
    rosterMap(doc).set(coop.id, coop)
  }
  return doc
}

describe('rotationEntriesOf', () => {
  it('lists rapporteurs of ended sessions at the session end, and working groups presenters when they took the floor', () => {
    const doc = meetingDoc()
    // An ended session: Łucja reports for Housing, typing her coop without its letters.
    startSession(doc, sessionPlan({ sessionId: 's1', now: 1_000 }))
    const lucja = assignMember(doc, 's1', { id: 'p-lucja', name: 'Łucja', coop: 'spoldzielnia kodu' }, 'g1', 'choice', 1_100)
    setRapporteur(doc, 's1', 'g1', lucja, 1_200)
    const eleni = assignMember(doc, 's1', { id: 'p-eleni', name: 'Ελένη', coop: 'Συνεργατική Αθήνας' }, 'g2', 'choice', 1_100)
    setRapporteur(doc, 's1', 'g2', eleni, 1_200)
    endSession(doc, 's1', 5_000)
    // A running session's rapporteur has not reported yet.
    startSession(doc, sessionPlan({ sessionId: 's2', now: 6_000 }))
    const ana = assignMember(doc, 's2', { id: 'p-ana', name: 'Ana', coop: 'Cooperativa Sur' }, 'g1', 'choice', 6_100)
    setRapporteur(doc, 's2', 'g1', ana, 6_200)

    doc.getMap(WORKING_GROUPS_MAP).set('wg-infra', group({}))
    const report: WorkingGroupReport = {
      order: ['wg-infra', 'wg-gone'],
      current: null,
      presenters: {
        'wg-infra': { participantId: 'p-kenji', name: '山田 健二', coop: '' },
        'wg-gone': { participantId: 'p-ana', name: 'Ana', coop: 'Cooperativa Sur' },
        'wg-waiting': { participantId: 'p-x', name: 'Nobody yet', coop: 'Cooperativa Sur' },
      },
      reportedAt: { 'wg-infra': 9_000, 'wg-gone': 8_000 },
      startedAt: 7_000,
      endedAt: 9_500,
    }
    doc.getMap(WG_REPORT_MAP).set(WG_REPORT_KEY, report)

    const base = { meetingBoardId: 'b-oct', meetingTitle: 'Asamblea de octubre' }
    expect(rotationEntriesOf(doc, MEETING)).toEqual<RotationEntry[]>([
      {
        ...base,
        at: 5_000,
        kind: 'breakout',
        group: 'Energy',
        name: 'Ελένη',
        coopId: 'συνεργατικη-αθηνας',
        coopName: 'Συνεργατική Αθήνας',
      },
      { ...base, at: 5_000, kind: 'breakout', group: 'Housing', name: 'Łucja', coopId: 'społdzielnia-kodu', coopName: 'Spółdzielnia Kodu' },
      { ...base, at: 8_000, kind: 'workingGroup', group: 'wg-gone', name: 'Ana', coopId: 'cooperativa-sur', coopName: 'Cooperativa Sur' },
      { ...base, at: 9_000, kind: 'workingGroup', group: 'Infraestructura', name: '山田 健二', coopId: null, coopName: '' },
    ])
  })

  it('finds nothing on a board without sessions or reports', () => {
    expect(rotationEntriesOf(meetingDoc(), MEETING)).toEqual([])
  })
})

describe('readWorkingGroups', () => {
  it('reads valid groups under their own id, oldest first', () => {
    const doc = new Y.Doc()
    const groups = doc.getMap(WORKING_GROUPS_MAP)
    groups.set('wg-b', group({ id: 'wg-b', name: 'Βιβλιοθήκη', createdAt: 5 }))
    groups.set('wg-a', group({ id: 'wg-a', name: 'Infra', createdAt: 9 }))
    groups.set('wg-c', group({ id: 'wg-other' }))
    groups.set('wg-d', { name: 42 })
    expect(readWorkingGroups(doc).map((g) => g.id)).toEqual(['wg-b', 'wg-a'])
  })
})

function reportOf(at: number, name: string, coopId: string | null): RotationEntry {
  return { meetingBoardId: 'b', meetingTitle: 'M', at, kind: 'breakout', group: 'G', name, coopId, coopName: '' }
}

describe('rotationHistoryOf', () => {
  it('keeps the latest report per coop and per folded name', () => {
    const history = rotationHistoryOf([
      reportOf(100, 'Łucja Wąsowska', 'kodu'),
      reportOf(300, 'lucja wasowska', 'kodu'),
      reportOf(200, 'Ana', null),
    ])
    expect(history).toEqual({ coops: { kodu: 300 }, people: { 'lucja-wasowska': 300, ana: 200 } })
  })

  it('orders entries newest first for the page', () => {
    const entries = [reportOf(100, 'A', null), reportOf(300, 'B', null), reportOf(200, 'C', null)]
    expect(entries.sort(compareNewestFirst).map((e) => e.at)).toEqual([300, 200, 100])
  })
})

describe('suggestPresenter', () => {
  const coops = roster([
    { name: 'Cooperativa Sur', delegates: ['Ana Pérez', 'Bruno Díaz'] },
    { name: 'Spółdzielnia Kodu', delegates: ['Łucja Wąsowska'] },
    { name: '神戸コード協同組合', delegates: ['山田 健二'] },
  ])
  const [sur, kodu, kobe] = coops.map((coop) => coop.id)
  const infra = group({ coopIds: [sur ?? '', kodu ?? ''], people: ['Ελένη Παππά', '山田 健二'] })

  it('suggests someone of a coop that never reported first', () => {
    const history = { coops: { [sur ?? '']: 500, [kodu ?? '']: 400 }, people: { 'ελενη-παππα': 10 } }
    expect(suggestPresenter(infra, coops, history)).toEqual({ name: '山田 健二', coopId: kobe })
  })

  it('then the coop that reported least recently, then the person who did', () => {
    const history = {
      coops: { [sur ?? '']: 100, [kodu ?? '']: 400, [kobe ?? '']: 300 },
      people: { 'ελενη-παππα': 50, 'ana-perez': 90, 'bruno-diaz': 20 },
    }
    // Ελένη is of no known coop: she counts as her own, reported at 50, before Sur at 100.
    expect(suggestPresenter(infra, coops, history)).toEqual({ name: 'Ελένη Παππά', coopId: null })
    const withoutHer = group({ coopIds: infra.coopIds, people: ['山田 健二'] })
    expect(suggestPresenter(withoutHer, coops, history)).toEqual({ name: 'Bruno Díaz', coopId: sur })
  })

  it('goes by name when nothing tells people apart, and is null for a group of nobody', () => {
    const history = { coops: {}, people: {} }
    expect(suggestPresenter(group({ people: ['Zoë', 'ana', 'Bea'] }), [], history)).toEqual({ name: 'ana', coopId: null })
    expect(suggestPresenter(group({ people: ['Zoë', 'zoe'] }), [], history)?.name).toBe('Zoë')
    expect(suggestPresenter(group({}), coops, history)).toBeNull()
  })
})
