/** Valid note records for server tests, so the board policy accepts what honest clients write. */
import { createNoteRecord } from '../../shared/notes'

/**
 * A valid fractional index key for the n-th note. `a${n}` is not one from n = 10 on: a key
 * may not end in 0 (a10, a20, …), and the policy refuses such records as invalid.
 */
export function noteIndex(n: number): string {
  return `a1${n.toString(36)}V`
}

/** The n-th test note (`shape:n<n>`), at `x`, with `text`. */
export function testNote(n: number, x = n * 10, text = `note ${n}`): ReturnType<typeof createNoteRecord> {
  return createNoteRecord({ id: `shape:n${n}`, x, y: 0, index: noteIndex(n), text })
}
