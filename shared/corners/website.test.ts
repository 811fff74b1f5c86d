import { describe, expect, it } from 'vitest'
import { isStoredWebsite, normalizeWebsite } from './website'

describe('normalizeWebsite', () => {
  it('keeps http and https addresses as given', () => {
    expect(normalizeWebsite('https://coop.org')).toBe('https://coop.org')
    expect(normalizeWebsite('  http://www.sur.coop/about?x=1  ')).toBe('http://www.sur.coop/about?x=1')
    expect(normalizeWebsite('HTTPS://Coop.ORG')).toBe('HTTPS://Coop.ORG')
  })

  it('adds https:// to a bare domain, with or without a path or port', () => {
    expect(normalizeWebsite('coop.org')).toBe('https://coop.org')
    expect(normalizeWebsite('www.cooperativa-sur.es/quienes-somos')).toBe('https://www.cooperativa-sur.es/quienes-somos')
    expect(normalizeWebsite('coop.org:8080')).toBe('https://coop.org:8080')
    expect(normalizeWebsite('//coop.org')).toBe('https://coop.org')
    expect(normalizeWebsite('señal.coop')).toBe('https://señal.coop')
  })

  it('treats a blank value as no website', () => {
    expect(normalizeWebsite('')).toBe('')
    expect(normalizeWebsite('   ')).toBe('')
  })

  it('refuses other schemes, words, spaces and disguised hosts', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>',
      'mailto:info@coop.org',
      'ftp://coop.org',
      'not a website',
      'coop',
      'https://localhost',
      'https://good.org@evil.org',
      'https://',
      'coop..org',
    ]) {
      expect(normalizeWebsite(bad), bad).toBeNull()
    }
  })
})

describe('isStoredWebsite', () => {
  it('accepts blank and complete http(s) addresses only', () => {
    expect(isStoredWebsite('')).toBe(true)
    expect(isStoredWebsite('https://coop.org')).toBe(true)
    expect(isStoredWebsite('coop.org')).toBe(false)
    expect(isStoredWebsite('javascript:alert(1)')).toBe(false)
    expect(isStoredWebsite(' https://coop.org')).toBe(false)
  })
})
