/**
 * What the working groups panel shows of each group, worked out from the board and the people
 * present: its coops by name, whom the rotation suggests to present, and the presenter choices
 * (the group's people here first, then everyone else here, and the chosen one even when gone).
 * Pure, so it is tested without a DOM.
 */
import type * as Y from 'yjs'
import { BREAKOUT_MAPS } from '../../../shared/breakouts/types'
import { readRoster } from '../../../shared/corners/applyPlan'
import { ROSTER_MAP, type Coop } from '../../../shared/corners/roster'
import { boardRotation } from '../../../shared/community/boardRotation'
import {
  COMMUNITY_MAP,
  WG_REPORT_MAP,
  type RotationHistory,
  type WorkingGroup,
  type WorkingGroupReport,
} from '../../../shared/community/maps'
import { presentMembers, suggestPresentPresenter, type PresentPerson } from '../../../shared/community/presenterChoice'
import { reportingGroups } from '../../../shared/community/wgReport'

/** The maps {@link readPanelFacts} reads. */
export const PANEL_MAPS: readonly string[] = [COMMUNITY_MAP, WG_REPORT_MAP, ROSTER_MAP, ...BREAKOUT_MAPS]

/** What the panel reads besides the groups: the roster, the rotation so far and which groups have an area. */
export interface PanelFacts {
  roster: readonly Coop[]
  rotation: RotationHistory
  /** Ids of the groups with an area on this board. */
  withArea: ReadonlySet<string>
}

/** Reads {@link PanelFacts}. */
export function readPanelFacts(doc: Y.Doc): PanelFacts {
  return { roster: readRoster(doc), rotation: boardRotation(doc), withArea: new Set(reportingGroups(doc).map((group) => group.id)) }
}

/** One option of a presenter picker. */
export interface PresenterOption {
  id: string
  name: string
  coop: string
  /** Belongs to the group (named in it, or of one of its coops). */
  member: boolean
  /** Present on the board now. */
  here: boolean
}

/** One group as the panel shows it. */
export interface GroupRow {
  group: WorkingGroup
  hasArea: boolean
  coopNames: string[]
  suggestion: PresentPerson | null
  options: PresenterOption[]
  presenterId: string | null
  /** Its place in the report's order, or null when it does not report. */
  index: number | null
  reported: boolean
}

/** The rows of the panel, in the groups' order. */
export function groupRows(
  groups: readonly WorkingGroup[],
  report: WorkingGroupReport | null,
  facts: PanelFacts,
  present: readonly PresentPerson[],
): GroupRow[] {
  const names = new Map(facts.roster.map((coop) => [coop.id, coop.name]))
  return groups.map((group) => {
    const members = presentMembers(group, present, facts.roster)
    const memberIds = new Set(members.map((person) => person.id))
    const options: PresenterOption[] = [
      ...members.map((person) => ({ ...person, member: true, here: true })),
      ...present.filter((person) => !memberIds.has(person.id)).map((person) => ({ ...person, member: false, here: true })),
    ]
    const chosen = report?.presenters[group.id]
    if (chosen && !options.some((option) => option.id === chosen.participantId)) {
      options.push({ id: chosen.participantId, name: chosen.name, coop: chosen.coop, member: true, here: false })
    }
    const index = report ? report.order.indexOf(group.id) : -1
    return {
      group,
      hasArea: facts.withArea.has(group.id),
      coopNames: group.coopIds.map((id) => names.get(id) ?? id),
      suggestion: suggestPresentPresenter(group, present, facts.roster, facts.rotation),
      options,
      presenterId: chosen?.participantId ?? null,
      index: index >= 0 ? index : null,
      reported: report?.reportedAt[group.id] !== undefined,
    }
  })
}
