/**
 * Reading a roster file chosen in the import dialog: refused above 1 MiB before a byte is read,
 * and decoded the way member lists arrive in practice (UTF-8, UTF-16 with its byte-order mark,
 * or a spreadsheet's Windows-1252 export with accented names).
 */
import type { TFunction } from 'i18next'
import { ROSTER_MAX_BYTES } from '../../../shared/corners/parseRoster'

/** Largest roster file read: the most a roster text may be (a 1,000-coop roster is ~300 KB). */
export const MAX_ROSTER_FILE_BYTES = ROSTER_MAX_BYTES

/** What the import dialog needs of a `File`. */
export interface RosterFile {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The text of a file, or why it was not read. */
export type RosterFileResult = { ok: true; text: string } | RosterFileProblem

/** Why a file was not read: its English message, and a code with the values for other languages. */
export interface RosterFileProblem {
  ok: false
  message: string
  code: 'tooLarge' | 'unreadable'
  file: string
  size: string
}

/** "1.4 MB", "820 KB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** A file problem in the reader's language. */
export function rosterFileProblemText(t: TFunction, problem: RosterFileProblem): string {
  return t(problem.code === 'tooLarge' ? 'coops.import.fileTooLarge' : 'coops.import.fileUnreadable', {
    file: problem.file,
    size: problem.size,
  })
}

/** Decodes a roster file's bytes: BOM-marked UTF-16, else UTF-8, else Windows-1252. */
export function decodeRosterBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    // fatal: invalid UTF-8 throws instead of turning "Cooperación" into "Cooperaci�n".
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Reads `file` as text, refusing it unread when it is larger than {@link MAX_ROSTER_FILE_BYTES}. */
export async function readRosterFile(file: RosterFile): Promise<RosterFileResult> {
  if (file.size > MAX_ROSTER_FILE_BYTES) {
    return {
      ok: false,
      code: 'tooLarge',
      file: file.name,
      size: formatBytes(file.size),
      message: `“${file.name}” is ${formatBytes(file.size)}; a roster file can be at most 1 MB. Keep only the columns name, country, website, description and delegates.`,
    }
  }
  try {
    return { ok: true, text: decodeRosterBytes(new Uint8Array(await file.arrayBuffer())) }
  } catch {
    return {
      ok: false,
      code: 'unreadable',
      file: file.name,
      size: formatBytes(file.size),
      message: `“${file.name}” could not be read. Try saving it again, or paste its contents.`,
    }
  }
}
