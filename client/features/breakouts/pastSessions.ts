/**
 * The facilitator's history of ended breakout sessions and what they do with it: archive one
 * (its areas off the main page, to the "Archive" page), all of them, or bring one back. Each
 * action is one `features.write` of shared/breakouts/archive.ts; problems are worded by `t`.
 */
import type { TFunction } from 'i18next'
import type { Editor, TLPageId } from 'tldraw'
import type * as Y from 'yjs'
import {
  ARCHIVE_PAGE_ID,
  archiveAllSessions,
  archiveSession,
  canArchive,
  isArchived,
  unarchiveSession,
} from '../../../shared/breakouts/archive'
import { readSessionById, readSessions } from '../../../shared/breakouts/readDoc'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import type { FeatureDoc } from '../../sync/featureDoc'

/** One ended session in the history. */
export interface PastSession {
  session: BreakoutSession
  /** 1 for the board's first session, in the order they started (sessions in one minute share a time). */
  number: number
  archived: boolean
}

/** Every ended session of the board, newest first. */
export function readPastSessions(doc: Y.Doc): PastSession[] {
  return readSessions(doc)
    .map((session, index) => ({ session, number: index + 1, archived: isArchived(session) }))
    .filter((past) => past.session.status === 'ended')
    .reverse()
}

/** What the history does; each returns a problem to show, or null when it was written. */
export interface ArchiveActions {
  archive(sessionId: string): string | null
  unarchive(sessionId: string): string | null
  /** Archives every ended session not archived yet. */
  archiveAll(): string | null
}

/** Why `session` cannot be archived now, in the reader's language, or null. */
export function archiveProblem(session: BreakoutSession | null, t: TFunction): string | null {
  if (!session || session.status !== 'ended') return t('breakouts.archive.notEnded')
  if (typeof session.reportBack?.current === 'number') return t('breakouts.archive.holdsFloor')
  return null
}

/** The actions over `features`, timed by `now` (the server clock). */
export function createArchiveActions(features: FeatureDoc, now: () => number, t: TFunction): ArchiveActions {
  const run = (writer: (doc: Y.Doc) => void): string | null => {
    try {
      return features.write(writer) ? null : t('breakouts.problem.readOnly')
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }
  const pageName = (): string => t('breakouts.archive.pageName')
  return {
    archive: (sessionId) => {
      const problem = features.read((doc) => archiveProblem(readSessionById(doc, sessionId), t))
      return problem ?? run((doc) => archiveSession(doc, sessionId, now(), pageName()))
    },
    unarchive: (sessionId) => run((doc) => unarchiveSession(doc, sessionId)),
    archiveAll: () => {
      const blocked = features.read((doc) =>
        readSessions(doc)
          .filter(canArchive)
          .map((session) => archiveProblem(session, t))
          .find((problem) => problem !== null),
      )
      return blocked ?? run((doc) => void archiveAllSessions(doc, now(), pageName()))
    },
  }
}

/** The page a new session's areas go on: the one in view, unless that is the archive (then the first other page). */
export function sessionPageId(editor: Editor | null): string {
  const current = editor?.getCurrentPageId() ?? 'page:page'
  if (current !== ARCHIVE_PAGE_ID) return current
  const other = editor?.getPages().find((page) => page.id !== (ARCHIVE_PAGE_ID as TLPageId))
  return other?.id ?? 'page:page'
}
