/** The community's maps as the server's policy guards them: facilitators write, the value rules hold. */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { COMMUNITY_BASELINE_MAP, COMMUNITY_MAP, CommunityKey, WG_REPORT_MAP, WORKING_GROUPS_MAP } from '../../shared/community/maps'
import { GROUPS, MEETING_AT } from '../../shared/community/reportTesting'
import { WG_REPORT_KEY } from '../../shared/community/rotation'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'

const facts = {
  communityId: 'c1',
  name: 'Red de Cooperativas Tecnológicas',
  kind: 'meeting',
  title: 'Asamblea de noviembre',
  startsAt: MEETING_AT,
}
const report = {
  order: [GROUPS.infra.id, GROUPS.money.id],
  current: 0,
  presenters: { [GROUPS.infra.id]: { participantId: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' } },
  reportedAt: { [GROUPS.infra.id]: MEETING_AT },
  startedAt: MEETING_AT,
  endedAt: null,
}

function edit(role: Role, write: (doc: Y.Doc) => void) {
  const server = serverDoc()
  const { refusals } = clientEdit(server, createBoardPolicy(), role, write)
  return { server, refusals: refusals.map((refusal) => refusal.reason) }
}

describe('board policy: the community maps', () => {
  it('lets a facilitator write facts, rotation, labels, working groups, the report and the baseline', () => {
    const { server, refusals } = edit(Role.facilitator, (doc) => {
      doc.getMap(COMMUNITY_MAP).set(CommunityKey.facts, facts)
      doc.getMap(COMMUNITY_MAP).set(CommunityKey.rotation, { coops: { 'cooperativa-sur': 1 }, people: { ana: 1 } })
      doc.getMap(COMMUNITY_MAP).set(CommunityKey.relationLabels, ['works with', 'comparte oficina'])
      doc.getMap(WORKING_GROUPS_MAP).set(GROUPS.infra.id, { ...GROUPS.infra })
      doc.getMap(WG_REPORT_MAP).set(WG_REPORT_KEY, report)
      doc.getMap(COMMUNITY_BASELINE_MAP).set('coop:cooperativa-sur', 'h1a2b3')
    })
    expect(refusals).toEqual([])
    expect(server.getMap(WG_REPORT_MAP).get(WG_REPORT_KEY)).toEqual(report)
  })

  it('refuses a participant’s report, and keeps the map as it was', () => {
    const { server, refusals } = edit(Role.participant, (doc) => doc.getMap(WG_REPORT_MAP).set(WG_REPORT_KEY, report))
    expect(refusals).toEqual(['facilitator_only'])
    expect(server.getMap(WG_REPORT_MAP).size).toBe(0)
  })

  it.each([
    ['an unknown community key', COMMUNITY_MAP, 'owner', 'me'],
    ['facts of another kind', COMMUNITY_MAP, CommunityKey.facts, { ...facts, kind: 'workshop' }],
    ['a rotation with a negative time', COMMUNITY_MAP, CommunityKey.rotation, { coops: { sur: -1 }, people: {} }],
    ['a working group under another id', WORKING_GROUPS_MAP, 'wg-other', { ...GROUPS.infra }],
    ['a report naming a group twice', WG_REPORT_MAP, WG_REPORT_KEY, { ...report, order: [GROUPS.infra.id, GROUPS.infra.id] }],
    ['a report with the floor past its order', WG_REPORT_MAP, WG_REPORT_KEY, { ...report, current: 2 }],
    ['a presenter of a group outside the order', WG_REPORT_MAP, WG_REPORT_KEY, { ...report, order: [GROUPS.money.id] }],
    ['a report under another key', WG_REPORT_MAP, 'other', report],
    ['a baseline key of no kind', COMMUNITY_BASELINE_MAP, 'page:x', 'h1'],
    ['a baseline that is no fingerprint', COMMUNITY_BASELINE_MAP, 'shape:x', 42],
  ])('refuses %s', (_what, map, key, value) => {
    const { server, refusals } = edit(Role.facilitator, (doc) => doc.getMap(map).set(key, value))
    expect(refusals).toEqual(['invalid_entry'])
    expect(server.getMap(map).has(key)).toBe(false)
  })
})
