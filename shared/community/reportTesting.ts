/**
 * A community meeting board for the working groups' tests: 31 coops (names in several scripts),
 * three working groups, two with an area on the board (Infraestructura, Finanzas) and one
 * without (Traducción), and the rotation of earlier meetings stored as the server writes it.
 */
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { applyRosterPlan } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import { coopIdFor } from '../corners/roster'
import { coopNames } from '../corners/testing'
import { DEFAULT_PAGE_ID } from '../notes'
import { COMMUNITY_MAP, CommunityKey, WORKING_GROUP_META, WORKING_GROUPS_MAP, type RotationHistory, type WorkingGroup } from './maps'

/** Coops whose names are not all Latin, first on the roster. */
export const NAMED_COOPS = ['Cooperativa Sur', 'Spółdzielnia Kodu', '東京協同組合', 'Συνεργατική Αθήνας'] as const

/** The start of the meeting (server-clock ms). */
export const MEETING_AT = Date.UTC(2026, 10, 5, 17, 0)

function areaFrame(id: string, name: string, x: number, groupId: string): Record<string, unknown> {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x,
    y: 2000,
    rotation: 0,
    index: `a${x / 1000 + 1}`,
    parentId: DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: { [WORKING_GROUP_META]: groupId },
    props: { w: 900, h: 600, name, color: 'black' },
  }
}

function group(id: string, name: string, coopIds: string[], people: string[], areaId: string | null, createdAt: number): WorkingGroup {
  return { id, name, coopIds, people, areaId, createdAt }
}

/** The working groups: Infraestructura (Sur, Kodu; Zofia), Finanzas (Tokyo, Athens), Traducción (no area). */
export const GROUPS = {
  infra: group(
    'wg-infra',
    'Infraestructura',
    [coopIdFor('Cooperativa Sur'), coopIdFor('Spółdzielnia Kodu')],
    ['Zofia Łukasiewicz'],
    'shape:wg-infra',
    1,
  ),
  money: group('wg-money', 'Finanzas', [], ['Kenji Watanabe', 'Eleni Παπαδοπούλου'], 'shape:wg-money', 2),
  words: group('wg-words', 'Traducción', [], ['Ana Núñez'], null, 3),
} as const

/** The board: roster, working groups and their areas, and `rotation` as the earlier meetings' history. */
export function workingGroupsBoard(rotation: RotationHistory = { coops: {}, people: {} }): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    const rows = [...NAMED_COOPS, ...coopNames(27)].map((name) => ({ name }))
    applyRosterPlan(doc, planRosterImport({ coops: [], records: [], rows, pageId: DEFAULT_PAGE_ID }), null)
    recordsMap(doc).set('shape:wg-infra', areaFrame('shape:wg-infra', 'Infraestructura', 0, GROUPS.infra.id))
    recordsMap(doc).set('shape:wg-money', areaFrame('shape:wg-money', 'Finanzas', 1000, GROUPS.money.id))
    for (const wg of Object.values(GROUPS)) doc.getMap(WORKING_GROUPS_MAP).set(wg.id, { ...wg })
    doc.getMap(COMMUNITY_MAP).set(CommunityKey.rotation, rotation)
  })
  return doc
}
