/**
 * A facilitator's clean-up of the coops on an open board: plan a rename, merge or removal
 * against the document as it is now, write it in one transaction, and keep what undoes it.
 * Plain module over {@link RosterAccess}; the hook (useCoopCleanup.ts) holds the last one.
 */
import type { TFunction } from 'i18next'
import { coopNoteCount, planMergeCoops, planRemoveCoop, planRenameCoop, type CleanupProblem } from '../../../shared/corners/coopCleanup'
import { inverseCoopEdit, type CoopBoard, type CoopEdit } from '../../../shared/corners/coopEdit'
import type { RosterAccess } from './rosterAccess'

/** What the facilitator asked for. */
export type CleanupAction =
  { kind: 'rename'; coopId: string; name: string } | { kind: 'merge'; coopId: string; intoId: string } | { kind: 'remove'; coopId: string }

/** A clean-up that was written: what it was, in words' terms, and the edit that undoes it. */
export interface DoneCleanup {
  kind: CleanupAction['kind']
  /** The coop's name before. */
  coop: string
  /** The new name (rename) or the coop merged into (merge). */
  other: string
  /** Notes moved (merge) or removed (remove). */
  notes: number
  undo: CoopEdit
}

/** Why a clean-up was not written. */
export type CleanupFailure = CleanupProblem | 'read_only'

/** The outcome of {@link runCleanup}. */
export type CleanupOutcome = { ok: true; done: DoneCleanup } | { ok: false; problem: CleanupFailure }

function boardNow(access: RosterAccess): CoopBoard {
  return { coops: access.getRoster(), records: access.getRecords() }
}

/** The name of `coopId` on the roster now, or its id when it is gone. */
function nameOf(board: CoopBoard, coopId: string): string {
  return board.coops.find((coop) => coop.id === coopId)?.name ?? coopId
}

/** Plans `action` against the board as it is now and writes it in one transaction. */
export function runCleanup(access: RosterAccess, action: CleanupAction): CleanupOutcome {
  const board = boardNow(access)
  const plan =
    action.kind === 'rename'
      ? planRenameCoop(board, action.coopId, action.name)
      : action.kind === 'merge'
        ? planMergeCoops(board, action.coopId, action.intoId)
        : planRemoveCoop(board, action.coopId)
  if (!plan.ok) return plan
  const notes = coopNoteCount(board, action.coopId)
  if (!access.applyEdit(plan.edit)) return { ok: false, problem: 'read_only' }
  const renamed = plan.edit.coops.find((entry) => entry.id === action.coopId)?.value?.name ?? ''
  const other = action.kind === 'merge' ? nameOf(board, action.intoId) : renamed
  return {
    ok: true,
    done: { kind: action.kind, coop: nameOf(board, action.coopId), other, notes, undo: inverseCoopEdit(plan.edit, board) },
  }
}

/** Puts back what `done` changed; false when this session may not write. */
export function undoCleanup(access: RosterAccess, done: DoneCleanup): boolean {
  return access.applyEdit(done.undo)
}

/** What the notice says after `done`. */
export function doneText(t: TFunction, done: DoneCleanup): string {
  switch (done.kind) {
    case 'rename':
      return t('coops.cleanup.done.rename', { coop: done.coop, name: done.other })
    case 'merge':
      return t('coops.cleanup.done.merge', { coop: done.coop, into: done.other, count: done.notes })
    case 'remove':
      return done.notes === 0
        ? t('coops.cleanup.done.removeEmpty', { coop: done.coop })
        : t('coops.cleanup.done.remove', { coop: done.coop, count: done.notes })
  }
}

/** Why the clean-up was not made, in the person's language. */
export function failureText(t: TFunction, problem: CleanupFailure): string {
  return t(`coops.cleanup.problem.${problem}`)
}
