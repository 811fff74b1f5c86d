/**
 * Writing a working group into a community board: its {@link WORKING_GROUPS_MAP} entry and its
 * lasting area, a frame labelled with the group's name whose meta carries the group's id. A
 * board without the area gets it below its content, overlapping nothing; a board with it keeps
 * it where it is and only relabels it. Returns the baseline fingerprints a meeting board keeps
 * of what was written, so the sync back does not take the server's write for the meeting's. Pure.
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { DEFAULT_PAGE_ID } from '../notes'
import { asObject } from '../values'
import { plainCopy, recordFingerprint } from './areaCopy'
import { recordKey } from './baseline'
import { copyAreasInto } from './meetingBuild'
import { WORKING_GROUP_META, WORKING_GROUPS_MAP, type WorkingGroup } from './maps'

/** A new area's size: room for a group's notes, like a coop's corner. */
export const AREA_SIZE = { w: 1600, h: 1000 } as const

/** The id of the area frame of working group `groupId`. */
export function areaIdFor(groupId: string): string {
  return `shape:working-group-${groupId}`
}

/** A new area frame for `group` (its place is set where it is written). */
export function newAreaFrame(group: Pick<WorkingGroup, 'id' | 'name'>, pageId: string = DEFAULT_PAGE_ID): StoredRecord {
  return {
    id: areaIdFor(group.id),
    typeName: 'shape',
    type: 'frame',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: pageId,
    isLocked: false,
    opacity: 1,
    meta: { [WORKING_GROUP_META]: group.id },
    props: { w: AREA_SIZE.w, h: AREA_SIZE.h, name: group.name, color: 'black' },
  }
}

/**
 * Writes `group` (whose `areaId` names `area`) into `doc`: the entry, and the area frame, placed
 * when new, relabelled when there. Returns baseline key → fingerprint of the frame as written.
 */
export function writeWorkingGroup(
  doc: Y.Doc,
  group: WorkingGroup,
  area: StoredRecord,
  pageId: string = DEFAULT_PAGE_ID,
): Map<string, string> {
  let fingerprints = new Map<string, string>()
  doc.transact(() => {
    doc.getMap<unknown>(WORKING_GROUPS_MAP).set(group.id, plainCopy(group))
    const records = recordsMap(doc)
    const current = asStoredRecord(records.get(area.id))
    if (!current) {
      fingerprints = copyAreasInto(doc, [area], pageId)
      return
    }
    const props = asObject(current.props) ?? {}
    if (props.name !== group.name) records.set(current.id, plainCopy({ ...current, props: { ...props, name: group.name } }))
    const written = asStoredRecord(records.get(area.id))
    if (written) fingerprints.set(recordKey(written.id), recordFingerprint(written))
  }, 'community working group')
  return fingerprints
}
