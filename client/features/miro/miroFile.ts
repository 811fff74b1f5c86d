/** Reading the Miro export a facilitator chose, refusing a runaway file before reading it. */
import { MAX_MIRO_FILE_BYTES, parseMiroJson } from '../../../shared/miro/input'
import type { MiroErrorCode, MiroMessageParams } from '../../../shared/miro/messages'

/** Why a chosen file cannot be used: a code the dialog says as "miro.errors.<code>". */
export interface MiroFileProblem {
  code: MiroErrorCode | 'unreadable' | 'viewOnly'
  params?: MiroMessageParams
}

/** The parsed JSON of `file`, or why it cannot be used. */
export async function readMiroFile(file: Blob): Promise<{ ok: true; value: unknown } | ({ ok: false } & MiroFileProblem)> {
  if (file.size > MAX_MIRO_FILE_BYTES) return { ok: false, code: 'fileTooLarge' }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, code: 'unreadable' }
  }
  return parseMiroJson(text)
}
