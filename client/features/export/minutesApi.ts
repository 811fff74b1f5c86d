/**
 * The minutes over the REST API: the server renders them from what it stored, so what is
 * pasted into the meeting notes is the board everyone saw, not this browser's copy.
 */
import { t } from 'i18next'
import { Paths } from '../../../shared/protocol'
import { fileSlug } from '../../lib/fileSlug'

/** The path of the minutes of `boardId`, dated in `timeZone`. */
export function minutesPath(boardId: string, timeZone: string | null): string {
  const query = timeZone ? `?tz=${encodeURIComponent(timeZone)}` : ''
  return `${Paths.boards}/${encodeURIComponent(boardId)}/export.md${query}`
}

/** The reader's IANA time zone, or null when the browser does not say. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null
  } catch {
    return null
  }
}

/** The minutes as Markdown, or a message to show. */
export async function fetchMinutes(
  boardId: string,
  token: string,
  signal?: AbortSignal,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const response = await fetch(minutesPath(boardId, browserTimeZone()), {
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

/** "june-assembly-minutes.md": a file name from the board's title. */
export function minutesFileName(boardTitle: string): string {
  return `${fileSlug(boardTitle)}-minutes.md`
}
