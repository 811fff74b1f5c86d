/**
 * What the coops panel does, as plain functions over the editor and the roster access: import
 * a roster and show the corners, go to a coop's corner, export the roster.
 */
import type { Editor, TLShapeId } from 'tldraw'
import type { RosterAccess } from './rosterAccess'
import { flyToCorners, flyToShape, whenShapeExists } from './camera'
import { previewImport, type ImportTarget } from './importPreview'
import { exportFileName, fetchRosterExport, type RosterFormat } from './rosterApi'
import { saveFile } from './saveFile'

/** The board an import is planned against, as it is now. */
export function importTarget(editor: Editor, access: RosterAccess): ImportTarget {
  return { coops: access.getRoster(), records: access.getRecords(), pageId: editor.getCurrentPageId() }
}

/**
 * Plans `text` against the board as it is now (not as it was when the preview was shown) and
 * writes it in one transaction; then the camera shows every corner. False when there was
 * nothing to write or this session may not write.
 */
export async function importRoster(editor: Editor, access: RosterAccess, text: string): Promise<boolean> {
  const preview = previewImport(text, importTarget(editor, access))
  if (preview.kind !== 'ready' || !preview.hasChanges) return false
  if (!access.apply(preview.plan)) return false
  const last = preview.plan.corners.at(-1)
  if (last) await whenShapeExists(editor, last.id)
  flyToCorners(editor)
  return true
}

/** True when the editor has the corner `cornerId` (a coop may have none yet). */
export function hasCorner(editor: Editor | null, cornerId: string | null): boolean {
  return editor !== null && cornerId !== null && editor.getShape(cornerId as TLShapeId) !== undefined
}

/** Flies to the corner `cornerId`; false when the editor does not have it. */
export function goToCorner(editor: Editor, cornerId: string | null): boolean {
  return cornerId !== null && flyToShape(editor, cornerId)
}

/** Why an export failed: the server's HTTP status, or null when it could not be reached. */
export interface ExportFailure {
  format: RosterFormat
  status: number | null
}

/** Downloads the server's export of the roster; resolves with why it failed, or null. */
export async function exportRoster(
  boardId: string,
  token: string,
  boardTitle: string,
  format: RosterFormat,
): Promise<ExportFailure | null> {
  const result = await fetchRosterExport(boardId, token, format)
  if (!result.ok) return { format, status: result.status }
  saveFile(result.blob, exportFileName(boardTitle, format))
  return null
}
