import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { WG_REPORT_MAP, type WorkingGroupReport } from '../../shared/community/maps'
import { WG_REPORT_KEY } from '../../shared/community/rotation'
import type { CommunityBoard, CommunityInfo } from '../persistence/types'
import { addWorkingGroup, breakoutReported, coopId, decide, drawRelation, rosterBoard } from '../testing/communityDocs'
import { readCommunityAggregates, readPublicAggregates } from './aggregates'

const HOUR = 3600_000
const SEPTEMBER = Date.UTC(2026, 8, 3, 17)
const OCTOBER = Date.UTC(2026, 9, 1, 17)

const community: CommunityInfo = {
  id: 'c1',
  name: 'Red',
  description: '',
  createdAt: new Date(SEPTEMBER - 30 * 24 * HOUR).toISOString(),
  standingBoardId: 'standing',
  published: false,
  relationLabels: ['works with', 'mentors'],
}

function board(boardId: string, kind: CommunityBoard['kind'], title: string, startsAt: number | null): CommunityBoard {
  return {
    boardId,
    communityId: 'c1',
    kind,
    title,
    startsAt: startsAt === null ? null : new Date(startsAt).toISOString(),
    recordingUrl: null,
    createdAt: community.createdAt,
  }
}

/** The community's three boards, read as a registry would hand them over. */
function registryOf(docs: Record<string, Y.Doc>) {
  return {
    registry: {
      readDocument: <T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T> => {
        const doc = docs[boardId]
        return doc ? Promise.resolve(read(doc)) : Promise.reject(new Error(`no board ${boardId}`))
      },
    },
  }
}

describe('readCommunityAggregates', () => {
  const standing = rosterBoard()
  addWorkingGroup(standing, 'wg-infra', 'Infraestructura', ['Cooperativa Sur', 'Spółdzielnia Kodu', '神戸コード協同組合'], ['Ελένη Παππά'])
  drawRelation(standing, 'works', 'Cooperativa Sur', 'Spółdzielnia Kodu', 'works with')
  const september = rosterBoard()
  breakoutReported(september, 'Ana Pérez', 'Cooperativa Sur', SEPTEMBER + HOUR)
  decide(september, 'p1', 'Adoptar la AGPL', { outcome: 'agreed', at: SEPTEMBER + 2 * HOUR })
  const report: WorkingGroupReport = {
    order: ['wg-infra'],
    current: null,
    presenters: { 'wg-infra': { participantId: 'p-l', name: 'Łucja Nowak', coop: 'Spółdzielnia Kodu' } },
    reportedAt: { 'wg-infra': SEPTEMBER + 3 * HOUR },
    startedAt: SEPTEMBER + 3 * HOUR,
    endedAt: SEPTEMBER + 4 * HOUR,
  }
  september.getMap(WG_REPORT_MAP).set(WG_REPORT_KEY, report)
  const october = rosterBoard()
  drawRelation(october, 'mentors', 'Συνεργατική Αθήνας', 'Cooperativa Sur', 'Mentors')
  decide(october, 'p1', 'Alojar Matrix', { outcome: 'not_agreed', at: OCTOBER + HOUR })
  const boards = [
    board('standing', 'standing', 'Red', null),
    board('october', 'meeting', 'Octubre', OCTOBER),
    board('september', 'meeting', 'Septiembre', SEPTEMBER),
  ]
  const read = () => readCommunityAggregates(registryOf({ standing, september, october }), community, boards)

  it('takes the coops and working groups from the standing board, without corners', async () => {
    const { coops, workingGroups } = await read()
    expect(coops).toHaveLength(31)
    expect(coops.find((coop) => coop.id === coopId('Cooperativa Sur'))).toEqual({
      id: coopId('Cooperativa Sur'),
      name: 'Cooperativa Sur',
      country: 'Country 1',
      website: 'https://coop1.example',
      description: '',
      delegates: ['Ana Pérez'],
      color: expect.any(String) as string,
    })
    expect(workingGroups.map((group) => group.name)).toEqual(['Infraestructura'])
  })

  it('keeps the rotation of every meeting, newest first, and suggests a presenter whose coop never reported', async () => {
    const { rotation, workingGroups } = await read()
    expect(rotation.map((entry) => [entry.meetingTitle, entry.kind, entry.name, entry.coopId])).toEqual([
      ['Septiembre', 'workingGroup', 'Łucja Nowak', coopId('Spółdzielnia Kodu')],
      ['Septiembre', 'breakout', 'Ana Pérez', coopId('Cooperativa Sur')],
    ])
    // Sur's and Kodu's delegates reported; Ελένη, named by the group, is a delegate of Łódzka, which never did.
    expect(workingGroups[0]?.presenterSuggestion).toEqual({ name: 'Ελένη Παππά', coopId: coopId('Łódzka Spółdzielnia Programistów') })
  })

  it('gathers the relations of every board and of the working groups, once each, an arrow’s with the board it is drawn on', async () => {
    const { relations } = await read()
    const sur = coopId('Cooperativa Sur')
    const kodu = coopId('Spółdzielnia Kodu')
    expect(relations).toEqual(
      expect.arrayContaining([
        { source: sur, target: kodu, label: 'works with', origin: 'arrow', boardId: 'standing', boardKind: 'standing', boardTitle: 'Red' },
        {
          source: coopId('Συνεργατική Αθήνας'),
          target: sur,
          label: 'mentors',
          origin: 'arrow',
          boardId: 'october',
          boardKind: 'meeting',
          boardTitle: 'Octubre',
        },
      ]),
    )
    expect(relations.filter((relation) => relation.origin === 'workingGroup').every((relation) => relation.boardId === undefined)).toBe(
      true,
    )
    // Three working-group pairs, one of which (Sur–Kodu) has the "works with" arrow too: a different label, so both stay.
    expect(relations.filter((relation) => relation.origin === 'workingGroup')).toHaveLength(3)
    expect(relations).toHaveLength(5)
  })

  it('lists the decisions of every meeting, newest meeting first, dated by its start', async () => {
    const { decisions } = await read()
    expect(decisions.map((entry) => [entry.meetingTitle, entry.text, entry.meetingDate])).toEqual([
      ['Octubre', 'Alojar Matrix', new Date(OCTOBER).toISOString()],
      ['Septiembre', 'Adoptar la AGPL', new Date(SEPTEMBER).toISOString()],
    ])
  })

  it('reads for the public directory only the roster, the working groups and the arrows', async () => {
    const publicRead = await readPublicAggregates(registryOf({ standing, september, october }), community, boards)
    const full = await read()
    expect(publicRead.coops).toEqual(full.coops)
    expect(publicRead.workingGroups.map((group) => [group.name, group.coopIds])).toEqual(
      full.workingGroups.map((group) => [group.name, group.coopIds]),
    )
    expect(publicRead).not.toHaveProperty('decisions')
    expect(publicRead).not.toHaveProperty('rotation')
    expect(publicRead.relations).toEqual(full.relations)
  })
})
