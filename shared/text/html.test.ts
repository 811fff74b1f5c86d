import { describe, expect, it } from 'vitest'
import { escapeHtml } from './html'

describe('escapeHtml', () => {
  it('makes markup and quotes inert and leaves every script as it is', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62;')
    expect(escapeHtml('Łódź · 東京 · Αθήνα')).toBe('Łódź · 東京 · Αθήνα')
  })
})
