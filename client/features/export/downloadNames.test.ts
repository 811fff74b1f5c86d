/**
 * The same file has the same name from the Export menu and from the REST API: each download the
 * browser names is checked against the server's `Content-Disposition` for it.
 */
import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FileKind, type DownloadName } from '../../../shared/export/fileName'
import { downloadDisposition } from '../../../server/http/contentDisposition'
import { exportFileName } from '../corners/rosterApi'
import { boardFileName } from '../snapshots/snapshotApi'
import { minutesFileName } from './minutesApi'

const TITLE = 'Asamblea de Noviembre · Spółdzielnia 協同組合'

/** The name the server gives, for a reader in this browser's time zone. */
function serverName(name: Omit<DownloadName, 'date'>, at?: number): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const header = downloadDisposition({ url: `/api?tz=${encodeURIComponent(zone)}` } as IncomingMessage, name, at)
  return decodeURIComponent(header.split("filename*=UTF-8''")[1] ?? '')
}

describe('download names in the browser and over the REST API', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('are the same for the minutes, the board files and the roster', () => {
    // One instant for both sides (a second before midnight UTC): read twice, the clock could pass midnight between them.
    const now = Date.UTC(2026, 10, 27, 23, 59, 59)
    vi.useFakeTimers({ now, toFake: ['Date'] })
    expect(minutesFileName(TITLE)).toBe(serverName({ title: TITLE, kind: FileKind.minutes, extension: 'md' }, now))
    expect(minutesFileName(TITLE)).toMatch(/^asamblea-de-noviembre-spółdzielnia-協同組合-minutes-\d{4}-\d{2}-\d{2}\.md$/)
    expect(boardFileName(TITLE, 'tldr')).toBe(serverName({ title: TITLE, kind: FileKind.board, extension: 'tldr' }, now))
    expect(boardFileName(TITLE, 'json')).toBe(serverName({ title: TITLE, kind: FileKind.board, extension: 'json' }, now))
    expect(exportFileName(TITLE, 'csv')).toBe(serverName({ title: TITLE, kind: FileKind.coops, extension: 'csv' }, now))
  })

  it('date a snapshot on the day it was taken', () => {
    const snapshot = { name: 'Antes de votar', createdAt: Date.UTC(2026, 10, 4, 12) }
    expect(boardFileName(TITLE, 'tldr', snapshot)).toBe(
      serverName({ title: TITLE, kind: FileKind.snapshot, subject: snapshot.name, extension: 'tldr' }, snapshot.createdAt),
    )
    expect(boardFileName(TITLE, 'tldr', snapshot)).toContain('-snapshot-antes-de-votar-2026-11-04.tldr')
  })
})
