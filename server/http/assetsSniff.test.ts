import { describe, expect, it } from 'vitest'
import { sniffImageType } from './assetsSniff'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)))

describe('sniffing an upload', () => {
  it('recognises PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png')
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffImageType(bytes('GIF89a', [1, 0]))).toBe('image/gif')
    expect(sniffImageType(bytes('GIF87a'))).toBe('image/gif')
    expect(sniffImageType(bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp')
  })

  it('refuses SVG, HTML, other RIFF files, truncated headers and empty bodies', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(sniffImageType(bytes('<?xml version="1.0"?><svg/>'))).toBeNull()
    expect(sniffImageType(bytes('<!doctype html><img src=x>'))).toBeNull()
    expect(sniffImageType(bytes('RIFF', [0x10, 0, 0, 0], 'WAVEfmt '))).toBeNull()
    expect(sniffImageType(bytes([0x89], 'PNG'))).toBeNull()
    expect(sniffImageType(new Uint8Array())).toBeNull()
  })
})
