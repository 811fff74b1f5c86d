import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { FileKind } from '../../shared/export/fileName'
import { attachmentDisposition, downloadDisposition, requestTimeZone } from './contentDisposition'

const request = (url: string) => ({ url }) as IncomingMessage

describe('attachmentDisposition', () => {
  it('gives the real name as filename* and an ASCII stand-in for old clients', () => {
    expect(attachmentDisposition('Asamblea Año "1".csv')).toBe(
      `attachment; filename="asamblea-ano-1-.csv"; filename*=UTF-8''Asamblea%20A%C3%B1o%20%221%22.csv`,
    )
    expect(attachmentDisposition('spółdzielnia-kodu-minutes-2026-12-07.md')).toBe(
      `attachment; filename="spoldzielnia-kodu-minutes-2026-12-07.md"; filename*=UTF-8''sp%C3%B3%C5%82dzielnia-kodu-minutes-2026-12-07.md`,
    )
    expect(attachmentDisposition('総会-coops.json')).toBe(
      `attachment; filename="coops.json"; filename*=UTF-8''%E7%B7%8F%E4%BC%9A-coops.json`,
    )
  })
})

describe('downloadDisposition', () => {
  const at = Date.UTC(2026, 11, 7, 23, 30)

  it('names the download by the rule, dated in the reader’s zone', () => {
    const name = { title: 'Ανοιχτή Συνέλευση', kind: FileKind.minutes, extension: 'md' }
    expect(downloadDisposition(request('/x/export.md'), name, at)).toContain(
      `filename*=UTF-8''${encodeURIComponent('ανοιχτή-συνέλευση-minutes-2026-12-07.md')}`,
    )
    expect(downloadDisposition(request('/x/export.md?tz=Europe%2FMadrid'), name, at)).toContain('minutes-2026-12-08.md')
    expect(downloadDisposition(request('/x/export.md?tz=Not%2FAZone'), name, at)).toContain('minutes-2026-12-07.md')
  })

  it('reads no overlong zone', () => {
    expect(requestTimeZone(request(`/x?tz=${'A'.repeat(65)}`))).toBeUndefined()
    expect(requestTimeZone(request('/x?tz=America%2FArgentina%2FBuenos_Aires'))).toBe('America/Argentina/Buenos_Aires')
  })
})
