/**
 * The roster over the REST API: read before the board is open (the join dialog's picker) and
 * downloaded as CSV or JSON. The exports come from the server, so what a coop downloads is
 * what the server stored, not what this browser happens to hold.
 */
import { Paths } from '../../../shared/protocol'
import { downloadFileName, FileKind, localFileDate } from '../../../shared/export/fileName'
import { readCoop, type Coop } from '../../../shared/corners/roster'
import type { ApiResult } from '../../lib/api'

/** The formats of {@link downloadRoster}. */
export type RosterFormat = 'csv' | 'json'

function rosterPath(boardId: string, format: RosterFormat): string {
  return `${Paths.boards}/${encodeURIComponent(boardId)}/roster.${format}`
}

/**
 * The coops of a roster.json body (`{ version: 1, coops: [...] }`, see rosterExport.ts). The
 * export leaves board internals out, so each coop comes back with its colour by name and
 * without its corner id: whether a coop has a corner is the board's to say once it is open.
 */
export function coopsFromBody(body: unknown): Coop[] | null {
  if (typeof body !== 'object' || body === null) return null
  const list = (body as { coops?: unknown }).coops
  if (!Array.isArray(list)) return null
  const coops: Coop[] = []
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue
    // An entry this client cannot read is left out of the picker rather than failing it.
    const coop = readCoop({ ...entry, color: (entry as { colorName?: unknown }).colorName, cornerId: null })
    if (coop) coops.push(coop)
  }
  return coops
}

/** What the join dialog needs from roster.json: the coops, and whether participants may add one. */
export interface JoinRoster {
  coops: Coop[]
  participantsAddCoops: boolean
}

/** The {@link JoinRoster} of a roster.json body; a body without the setting (an older server) allows new coops. */
export function joinRosterFromBody(body: unknown): JoinRoster | null {
  const coops = coopsFromBody(body)
  if (!coops) return null
  return { coops, participantsAddCoops: (body as { participantsAddCoops?: unknown }).participantsAddCoops !== false }
}

/** Reads the board's roster with `token` (any role). */
export async function fetchRoster(boardId: string, token: string, signal?: AbortSignal): Promise<ApiResult<JoinRoster>> {
  let response: Response
  try {
    response = await fetch(rosterPath(boardId, 'json'), {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      ...(signal ? { signal } : {}),
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return { ok: false, error: { id: 'network', message: 'Could not reach the Plenary server.' } }
  }
  if (!response.ok) {
    return {
      ok: false,
      error: { id: 'internal', message: `The roster could not be loaded (HTTP ${response.status}).`, status: response.status },
    }
  }
  const roster = joinRosterFromBody(await response.json().catch(() => null))
  return roster
    ? { ok: true, value: roster }
    : { ok: false, error: { id: 'invalid_response', message: 'The server sent a roster Plenary does not understand.' } }
}

/** The roster as a file from the server, ready to save; an error message otherwise. */
export async function fetchRosterExport(
  boardId: string,
  token: string,
  format: RosterFormat,
): Promise<{ ok: true; blob: Blob } | { ok: false; message: string; status: number | null }> {
  try {
    const response = await fetch(rosterPath(boardId, format), { headers: { Authorization: `Bearer ${token}` } })
    if (!response.ok)
      return {
        ok: false,
        status: response.status,
        message: `The ${format.toUpperCase()} export failed (HTTP ${response.status}). Try again.`,
      }
    return { ok: true, blob: await response.blob() }
  } catch {
    return { ok: false, status: null, message: 'Could not reach the Plenary server. Check your connection and try again.' }
  }
}

/** "june-assembly-coops-2026-06-04.csv": the roster's name by the one rule (shared/export/fileName.ts), as the server names it. */
export function exportFileName(boardTitle: string, format: RosterFormat, date: string = localFileDate()): string {
  return downloadFileName({ title: boardTitle, kind: FileKind.coops, date, extension: format })
}
