/** "Create board" from the home page: check the title, ask the server, remember the board. */
import { MAX_TITLE_LENGTH } from '../../../shared/protocol'
import { createBoard } from '../api'
import { rememberBoard } from '../boardHistory'

/** The new board's id, or a message to show next to the title field. */
export type StartBoardResult = { ok: true; id: string } | { ok: false; error: string }

/** Trims a typed title; returns an error message when it cannot be used. */
export function checkTitle(raw: string): { ok: true; title: string } | { ok: false; error: string } {
  const title = raw.replace(/\s+/g, ' ').trim()
  if (title.length === 0) return { ok: false, error: 'Give the board a title so people recognise it.' }
  if (title.length > MAX_TITLE_LENGTH) {
    return { ok: false, error: `Keep the title under ${MAX_TITLE_LENGTH} characters.` }
  }
  return { ok: true, title }
}

/** Creates a board and adds it to this browser's list. */
export async function startBoard(rawTitle: string): Promise<StartBoardResult> {
  const checked = checkTitle(rawTitle)
  if (!checked.ok) return checked
  const result = await createBoard(checked.title)
  if (!result.ok) return { ok: false, error: result.error.message }
  rememberBoard({ id: result.value.id, title: checked.title, createdHere: true })
  return { ok: true, id: result.value.id }
}
