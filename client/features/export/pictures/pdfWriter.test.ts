import { describe, expect, it } from 'vitest'
import { writePdf, type PdfPage } from './pdfWriter'

/** The smallest JPEG-looking payload: the writer copies bytes, it does not decode them. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])

function page(width: number, height: number): PdfPage {
  return { jpeg: JPEG, pixelWidth: width * 2, pixelHeight: height * 2, width, height }
}

function bytesOf(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Latin-1 view: one character per byte, so string offsets are byte offsets. */
function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('')
}

describe('writePdf', () => {
  const bytes = bytesOf(
    writePdf([page(842, 595), page(595, 842), page(300.5, 200)], {
      title: 'Asamblea — 神戸',
      createdAt: new Date(Date.UTC(2026, 10, 27, 8, 5, 9)),
    }),
  )
  const text = latin1(bytes)

  it('starts with the PDF header and ends with %%EOF', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('has one page object per page, each with its size and image', () => {
    expect(text.match(/\/Type \/Page(?!s)/g)).toHaveLength(3)
    expect(text).toContain('/Count 3')
    expect(text).toContain('/MediaBox [0 0 842 595]')
    expect(text).toContain('/MediaBox [0 0 300.5 200]')
    expect(text.match(/\/Filter \/DCTDecode \/Length 9 >>/g)).toHaveLength(3)
    expect(text).toContain('/Width 601 /Height 400')
  })

  it('writes a cross-reference table whose offsets point at their objects', () => {
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1])
    expect(text.slice(startxref, startxref + 4)).toBe('xref')
    const entries = text
      .slice(startxref)
      .split('\n')
      .slice(2)
      .filter((line) => / 00000 n $/.test(line))
    expect(entries).toHaveLength(3 + 3 * 3)
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10))
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`)
    })
  })

  it('names the document in Unicode and dates it', () => {
    expect(text).toContain('/Title <FEFF')
    expect(text).toContain('795E6238>') // 神戸 in UTF-16BE
    expect(text).toContain('/CreationDate (D:20261127080509Z)')
  })

  it('refuses an empty document and bad sizes', () => {
    expect(() => writePdf([], { title: '', createdAt: new Date() })).toThrow()
    expect(() => writePdf([page(0, 10)], { title: '', createdAt: new Date() })).toThrow()
  })

  it('writes the title without control characters or bidi overrides', () => {
    const title = latin1(
      bytesOf(writePdf([page(842, 595)], { title: 'A\u0000\u202eB\u2066', createdAt: new Date(Date.UTC(2026, 10, 27)) })),
    )
    expect(title).toContain('/Title <FEFF00410042> ')
  })
})
