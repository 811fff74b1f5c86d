/**
 * Download names for pictures, after the board: "Assembly 2026 — corner Cooperativa Sur.png".
 * Characters that file systems refuse are replaced, and names are kept to a length every
 * system accepts.
 */
import type { TFunction } from 'i18next'
import { areaKindLabel, type AreaKind } from './areas'

/** What a picture shows, for its name. */
export type PictureSubject = { kind: 'board' } | { kind: 'selection' } | { kind: 'area'; areaKind: AreaKind; title: string } | { kind: 'pdf' }

/** Longest name before the extension; well under the 255 bytes most file systems allow. */
const MAX_STEM = 120

function clean(text: string): string {
  // Path separators, reserved characters on Windows, control characters.
  return text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
}

function subjectText(subject: PictureSubject, t: TFunction): string | null {
  switch (subject.kind) {
    case 'board':
      return null
    case 'selection':
      return t('pictures.fileName.selection')
    case 'pdf':
      return t('pictures.fileName.pdf')
    case 'area':
      return t('pictures.fileName.area', { kind: areaKindLabel(subject.areaKind, t), title: subject.title })
  }
}

/** The file name for a picture of `subject` on the board `boardTitle`, with `extension` ("png", "svg", "pdf"), in the words of `t`. */
export function pictureFileName(boardTitle: string, subject: PictureSubject, extension: string, t: TFunction): string {
  const board = clean(boardTitle) || t('pictures.fileName.board')
  const what = subjectText(subject, t)
  let stem = what ? `${board} — ${clean(what)}` : board
  if (stem.length > MAX_STEM) stem = `${[...stem].slice(0, MAX_STEM - 1).join('')}…`
  // A leading dot would hide the file on Unix systems.
  return `${stem.replace(/^\.+/, '')}.${extension}`
}
