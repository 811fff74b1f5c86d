/**
 * Snapshots and board exports over the REST API (docs/PROTOCOL.md, "Snapshots"). Every answer
 * is checked; callers get a value or a message fit to show a person, in their language at the
 * moment it happened (the server's own error messages are passed on as they come).
 */
import { t } from 'i18next'
import { Paths } from '../../../shared/protocol'
import { downloadFileName, FileKind, localFileDate } from '../../../shared/export/fileName'
import { readSnapshotInfo, type SnapshotInfo } from '../../../shared/snapshots/types'

/** A value, or a message for the person who asked. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string }

const offline = (): string => t('snapshots.errors.offline')

function boardPath(boardId: string, rest: string): string {
  return `${Paths.boards}/${encodeURIComponent(boardId)}${rest}`
}

async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null
  const message = body?.error?.message
  return typeof message === 'string' && message !== ''
    ? message
    : t('snapshots.errors.withStatus', { problem: fallback, status: response.status })
}

async function request(url: string, token: string, init: RequestInit = {}): Promise<Response | null> {
  try {
    return await fetch(url, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` } })
  } catch {
    return null
  }
}

/** The board's snapshots, newest first. */
export async function fetchSnapshots(boardId: string, token: string): Promise<Outcome<SnapshotInfo[]>> {
  const response = await request(boardPath(boardId, '/snapshots'), token, { headers: { Accept: 'application/json' } })
  if (!response) return { ok: false, message: offline() }
  if (!response.ok) return { ok: false, message: await errorMessage(response, t('snapshots.errors.listFailed')) }
  const body = (await response.json().catch(() => null)) as { snapshots?: unknown } | null
  if (!Array.isArray(body?.snapshots)) return { ok: false, message: t('snapshots.errors.badList') }
  return { ok: true, value: body.snapshots.map(readSnapshotInfo).filter((s): s is SnapshotInfo => s !== null) }
}

/** Saves the board as it is now under `name` (facilitators). */
export async function saveSnapshot(boardId: string, token: string, name: string, author: string): Promise<Outcome<SnapshotInfo>> {
  const response = await request(boardPath(boardId, '/snapshots'), token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, author }),
  })
  if (!response) return { ok: false, message: offline() }
  if (!response.ok) return { ok: false, message: await errorMessage(response, t('snapshots.errors.saveFailed')) }
  const info = readSnapshotInfo(((await response.json().catch(() => null)) as { snapshot?: unknown } | null)?.snapshot)
  return info ? { ok: true, value: info } : { ok: false, message: t('snapshots.errors.badAnswer') }
}

/** One snapshot's facts; an id the board does not have gets a message of its own, in the person's language. */
export async function fetchSnapshotInfo(boardId: string, token: string, snapshotId: string): Promise<Outcome<SnapshotInfo>> {
  const response = await request(boardPath(boardId, `/snapshots/${encodeURIComponent(snapshotId)}`), token, {
    headers: { Accept: 'application/json' },
  })
  if (!response) return { ok: false, message: offline() }
  if (response.status === 404) return { ok: false, message: t('snapshots.errors.unknownSnapshot') }
  if (!response.ok) return { ok: false, message: await errorMessage(response, t('snapshots.errors.openFailed')) }
  const info = readSnapshotInfo(((await response.json().catch(() => null)) as { snapshot?: unknown } | null)?.snapshot)
  return info ? { ok: true, value: info } : { ok: false, message: t('snapshots.errors.badAnswer') }
}

/** The board at the moment of a snapshot, as one Yjs update. */
export async function fetchSnapshotState(boardId: string, token: string, snapshotId: string): Promise<Outcome<Uint8Array>> {
  const response = await request(boardPath(boardId, `/snapshots/${encodeURIComponent(snapshotId)}/state`), token)
  if (!response) return { ok: false, message: offline() }
  if (!response.ok) return { ok: false, message: await errorMessage(response, t('snapshots.errors.openFailed')) }
  return { ok: true, value: new Uint8Array(await response.arrayBuffer()) }
}

/** The board export formats the server makes. */
export type BoardFileFormat = 'tldr' | 'json'

/** The live board (or one snapshot) as a file from the server. */
export async function fetchBoardFile(
  boardId: string,
  token: string,
  format: BoardFileFormat,
  snapshotId: string | null = null,
): Promise<Outcome<Blob>> {
  const query = snapshotId ? `?snapshot=${encodeURIComponent(snapshotId)}` : ''
  const response = await request(boardPath(boardId, `/export.${format}${query}`), token)
  if (!response) return { ok: false, message: offline() }
  if (!response.ok) return { ok: false, message: await errorMessage(response, t('snapshots.errors.exportFailed', { format })) }
  return { ok: true, value: await response.blob() }
}

/**
 * "june-assembly-board-2026-06-04.tldr", "june-assembly-snapshot-before-votes-2026-06-03.json":
 * the name by the one rule (shared/export/fileName.ts), as the server names it; a snapshot is
 * dated on the day it was taken.
 */
export function boardFileName(
  boardTitle: string,
  format: BoardFileFormat,
  snapshot: Pick<SnapshotInfo, 'name' | 'createdAt'> | null = null,
): string {
  return snapshot
    ? downloadFileName({
        title: boardTitle,
        kind: FileKind.snapshot,
        subject: snapshot.name,
        date: localFileDate(snapshot.createdAt),
        extension: format,
      })
    : downloadFileName({ title: boardTitle, kind: FileKind.board, date: localFileDate(), extension: format })
}
