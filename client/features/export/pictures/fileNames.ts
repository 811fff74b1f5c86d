/**
 * Download names for pictures, after the board: "Assembly 2026 — corner Cooperativa Sur.png".
 * Characters that file systems refuse are replaced, and names are kept to a length every
 * system accepts.
 */
import { AREA_KIND_LABEL, type AreaKind } from './areas'

/** What a picture shows, for its name. */
export type PictureSubject = { kind: 'board' } | { kind: 'selection' } | { kind: 'area'; areaKind: AreaKind; title: string } | { kind: 'pdf' }

/** Longest name before the extension; well under the 255 bytes most file systems allow. */
const MAX_STEM = 120

function clean(text: string): string {
  // Path separators, reserved characters on Windows, control characters.
  return text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
}

function subjectText(subject: PictureSubject): string | null {
  switch (subject.kind) {
    case 'board':
      return null
    case 'selection':
      return 'selection'
    case 'pdf':
      return 'corners and group areas'
    case 'area':
      return `${AREA_KIND_LABEL[subject.areaKind]} ${subject.title}`
  }
}

/** The file name for a picture of `subject` on the board `boardTitle`, with `extension` ("png", "svg", "pdf"). */
export function pictureFileName(boardTitle: string, subject: PictureSubject, extension: string): string {
  const board = clean(boardTitle) || 'Board'
  const what = subjectText(subject)
  let stem = what ? `${board} — ${clean(what)}` : board
  if (stem.length > MAX_STEM) stem = `${[...stem].slice(0, MAX_STEM - 1).join('')}…`
  // A leading dot would hide the file on Unix systems.
  return `${stem.replace(/^\.+/, '')}.${extension}`
}
