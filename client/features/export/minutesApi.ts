/**
 * The minutes over the REST API: the server renders them from what it stored, so what is
 * pasted into the meeting notes is the board everyone saw, not this browser's copy.
 */
import { t } from 'i18next'
import { Paths } from '../../../shared/protocol'
import { downloadFileName, FileKind, localFileDate } from '../../../shared/export/fileName'

/** Whom the minutes are written for: their language (the UI's) and time zone (the browser's). */
export interface MinutesReader {
  language: string
  timeZone: string | null
}

/** The path of the minutes of `boardId`, written in the reader's language and dated in their zone. */
export function minutesPath(boardId: string, reader: MinutesReader): string {
  const query = new URLSearchParams({ lang: reader.language, ...(reader.timeZone ? { tz: reader.timeZone } : {}) })
  return `${Paths.boards}/${encodeURIComponent(boardId)}/export.md?${query.toString()}`
}

/** The reader's IANA time zone, or null when the browser does not say. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null
  } catch {
    return null
  }
}

/** The minutes as Markdown in `language` (the UI's) and the browser's time zone, or a message to show. */
export async function fetchMinutes(
  boardId: string,
  token: string,
  language: string,
  signal?: AbortSignal,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const response = await fetch(minutesPath(boardId, { language, timeZone: browserTimeZone() }), {
      headers: { Authorization: `Bearer ${token}` },
      ...(signal ? { signal } : {}),
    })
    if (!response.ok) return { ok: false, message: t('minutes.errors.status', { status: response.status }) }
    return { ok: true, text: await response.text() }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return { ok: false, message: t('minutes.errors.offline') }
  }
}

/** "june-assembly-minutes-2026-06-04.md": the minutes' name by the one rule (shared/export/fileName.ts), as the server names them. */
export function minutesFileName(boardTitle: string, date: string = localFileDate()): string {
  return downloadFileName({ title: boardTitle, kind: FileKind.minutes, date, extension: 'md' })
}
