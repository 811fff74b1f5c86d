/**
 * The boards this browser created or opened, for the home page. Kept in localStorage,
 * validated entry by entry on read so one damaged entry does not hide the others.
 */
import * as z from 'zod/mini'
import { BOARD_ID_PATTERN, MAX_TITLE_LENGTH } from '../../shared/protocol'
import { browserStorage, readJson, writeJson, type KeyValueStorage } from '../lib/storage'

const HISTORY_KEY = 'plenary.boardHistory.v1'

/** Older entries fall off the list beyond this many boards. */
export const MAX_HISTORY_ENTRIES = 30

const entrySchema = z.object({
  id: z.string().check(z.regex(BOARD_ID_PATTERN)),
  title: z.string().check(z.maxLength(MAX_TITLE_LENGTH)),
  lastOpenedAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
  createdHere: z.boolean(),
})

/** One remembered board. */
export type BoardHistoryEntry = z.infer<typeof entrySchema>

/** Remembered boards, most recently opened first. */
export function listBoards(storage: KeyValueStorage = browserStorage()): BoardHistoryEntry[] {
  const stored = readJson(storage, HISTORY_KEY)
  if (!Array.isArray(stored)) return []
  const entries: BoardHistoryEntry[] = []
  for (const item of stored) {
    const parsed = entrySchema.safeParse(item)
    if (parsed.success && !entries.some((entry) => entry.id === parsed.data.id)) {
      entries.push(parsed.data)
    }
  }
  return entries.sort((a, b) => Date.parse(b.lastOpenedAt) - Date.parse(a.lastOpenedAt))
}

/**
 * Records that this browser created or opened a board. The title is refreshed; a board once
 * created here stays marked as such.
 */
export function rememberBoard(
  board: { id: string; title: string; createdHere?: boolean },
  storage: KeyValueStorage = browserStorage(),
  now: Date = new Date(),
): void {
  const existing = listBoards(storage)
  const previous = existing.find((entry) => entry.id === board.id)
  const entry: BoardHistoryEntry = {
    id: board.id,
    title: board.title.slice(0, MAX_TITLE_LENGTH),
    lastOpenedAt: now.toISOString(),
    createdHere: Boolean(board.createdHere) || Boolean(previous?.createdHere),
  }
  const rest = existing.filter((item) => item.id !== board.id)
  writeJson(storage, HISTORY_KEY, [entry, ...rest].slice(0, MAX_HISTORY_ENTRIES))
}

/** Removes a board from this browser's list (the board itself is untouched). */
export function forgetBoard(id: string, storage: KeyValueStorage = browserStorage()): void {
  const rest = listBoards(storage).filter((entry) => entry.id !== id)
  writeJson(storage, HISTORY_KEY, rest)
}
