/** Reading the Miro export a facilitator chose, refusing a runaway file before reading it. */
import { MAX_MIRO_FILE_BYTES, parseMiroJson } from '../../../shared/miro/input'

/** The parsed JSON of `file`, or why it cannot be used. */
export async function readMiroFile(file: Blob): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  if (file.size > MAX_MIRO_FILE_BYTES) return { ok: false, error: 'The file is larger than 8 MB; that is not a board Plenary can import.' }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, error: 'The file could not be read.' }
  }
  return parseMiroJson(text)
}
