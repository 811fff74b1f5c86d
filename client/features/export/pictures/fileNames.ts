/**
 * Download names for pictures and the PDF, by the one rule every download follows
 * (shared/export/fileName.ts): "assembly-corner-cooperativa-sur-2026-12-07.png". What a picture
 * shows is named by a fixed word, so a name does not change with the language of the person
 * who downloads it.
 */
import { downloadFileName, FileKind, localFileDate } from '../../../../shared/export/fileName'
import type { AreaKind } from './areas'

/** What a picture shows, for its name. */
export type PictureSubject =
  { kind: 'board' } | { kind: 'selection' } | { kind: 'area'; areaKind: AreaKind; title: string } | { kind: 'pdf' }

const AREA_KIND: Record<AreaKind, FileKind> = { corner: FileKind.corner, group: FileKind.group, frame: FileKind.frame }

function nameParts(subject: PictureSubject): { kind: FileKind; subject?: string } {
  switch (subject.kind) {
    case 'board':
      return { kind: FileKind.board }
    case 'selection':
      return { kind: FileKind.selection }
    case 'pdf':
      return { kind: FileKind.areas }
    case 'area':
      return { kind: AREA_KIND[subject.areaKind], subject: subject.title }
  }
}

/** The file name for a picture of `subject` on the board `boardTitle`, with `extension` ("png", "svg", "pdf"), dated `date` (today here). */
export function pictureFileName(boardTitle: string, subject: PictureSubject, extension: string, date: string = localFileDate()): string {
  return downloadFileName({ title: boardTitle, ...nameParts(subject), date, extension })
}
