import { describe, expect, it } from 'vitest'
import { safeLinkHref } from './linkHref'

describe('safeLinkHref', () => {
  it('keeps web and e-mail links exactly as written', () => {
    for (const href of [
      'https://example.org/a?x=1&y=2#z',
      'http://coop.example/ruta (1)',
      'mailto:ana@coop.example?subject=Acta',
      'HTTPS://Example.org/Ł',
      'https://例え.jp/東京',
    ]) {
      expect(safeLinkHref(href)).toBe(href)
    }
  })

  it('refuses scripts, data, files, relative paths and hidden characters', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      '/relative',
      'example.org',
      ' https://x.org',
      'https://x.org/\u202eevil',
      'https://x.org/\u0000',
      '',
      'https://',
      `https://x.org/${'a'.repeat(5000)}`,
    ]) {
      expect(safeLinkHref(href)).toBeNull()
    }
  })
})
