import { describe, expect, it } from 'vitest'
import { decodeRosterBytes, MAX_ROSTER_FILE_BYTES, readRosterFile, type RosterFile } from './rosterFile'

function fileOf(name: string, bytes: Uint8Array, size = bytes.length): RosterFile & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++
      return bytes.slice().buffer
    },
  }
  return file
}

describe('readRosterFile', () => {
  it('refuses a file over 1 MiB without reading it, saying how big it is', async () => {
    const file = fileOf('members.csv', new Uint8Array(0), MAX_ROSTER_FILE_BYTES + 1)
    const result = await readRosterFile(file)
    expect(result).toMatchObject({
      ok: false,
      code: 'tooLarge',
      file: 'members.csv',
      message: expect.stringContaining('“members.csv” is 1.0 MB'),
    })
    expect(file.reads).toBe(0)
  })

  it('reads a UTF-8 file, dropping its byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name\nCooperación Sur\n')])
    expect(await readRosterFile(fileOf('a.csv', bytes))).toEqual({ ok: true, text: 'name\nCooperación Sur\n' })
  })
})

describe('decodeRosterBytes', () => {
  it('reads a spreadsheet export in Windows-1252 with its accents intact', () => {
    // "Cooperación" with ó as the single byte 0xF3, which is not valid UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode('Cooperaci'), 0xf3, ...new TextEncoder().encode('n')])
    expect(decodeRosterBytes(bytes)).toBe('Cooperación')
  })

  it('reads UTF-16 marked by its byte-order mark', () => {
    const text = 'Kōdo Kyōdō'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(decodeRosterBytes(bytes)).toBe(text)
  })
})
