/**
 * A minimal PDF writer: one JPEG picture per page, nothing else. tldraw makes no PDF, and a
 * page that is a single image needs only a few PDF objects (catalog, page tree, page, image,
 * content stream), so this is a hundred lines instead of a dependency: JPEG data goes in as
 * is (PDF's DCTDecode filter reads it natively), and each page's title, drawn into its picture,
 * also names the document in its metadata. Output follows PDF 1.4 (ISO 32000's subset every
 * viewer reads): header, objects, cross-reference table with exact byte offsets, trailer.
 */
import { stripUnseen } from '../../../../shared/text/clean'

/** One page: a baseline JPEG and the page's size. */
export interface PdfPage {
  /** The JPEG file's bytes (as canvas.toBlob('image/jpeg') makes them). */
  jpeg: Uint8Array
  /** The picture's size in pixels. */
  pixelWidth: number
  pixelHeight: number
  /** The page's size in points (1/72 inch); the picture fills it. */
  width: number
  height: number
}

/** Document information. */
export interface PdfInfo {
  title: string
  /** When it was made; written as a PDF date. */
  createdAt: Date
}

const encoder = new TextEncoder()

/** A PDF text string that holds any Unicode: UTF-16BE with a byte-order mark, in hex. */
function textString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`
}

/** A number as PDF writes it: no exponent, at most 3 decimals. */
function num(value: number): string {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bad PDF dimension ${value}`)
  return String(Math.round(value * 1000) / 1000)
}

/** Builds a PDF of `pages` (at least one) as its bytes, in parts to hand to a Blob. */
export function writePdf(pages: readonly PdfPage[], info: PdfInfo): Uint8Array[] {
  if (pages.length === 0) throw new Error('a PDF needs at least one page')
  const parts: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  const push = (part: Uint8Array) => {
    parts.push(part)
    length += part.length
  }
  const write = (text: string) => push(encoder.encode(text))
  /** Starts object `n` at the current offset. */
  const begin = (n: number) => {
    offsets[n] = length
    write(`${n} 0 obj\n`)
  }

  // Objects: 1 catalog, 2 page tree, 3 info, then per page: page, image, content.
  const pageObject = (i: number) => 4 + i * 3
  const objectCount = 3 + pages.length * 3

  // The comment of high bytes after the header tells transfer tools the file is binary.
  write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n')
  begin(1)
  write('<< /Type /Catalog /Pages 2 0 R >>\nendobj\n')
  begin(2)
  write(`<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${pageObject(i)} 0 R`).join(' ')}] >>\nendobj\n`)
  begin(3)
  // The title is the board's, typed or imported: no hidden character goes into the file.
  write(`<< /Title ${textString(stripUnseen(info.title))} /Producer (Plenary) /CreationDate ${pdfDate(info.createdAt)} >>\nendobj\n`)
  pages.forEach((page, i) => {
    const n = pageObject(i)
    const w = num(page.width)
    const h = num(page.height)
    begin(n)
    write(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im1 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>\nendobj\n`,
    )
    begin(n + 1)
    write(
      `<< /Type /XObject /Subtype /Image /Width ${Math.round(page.pixelWidth)} /Height ${Math.round(page.pixelHeight)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
    )
    push(page.jpeg)
    write('\nendstream\nendobj\n')
    // Scale the unit-square image to the whole page.
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q\n`
    begin(n + 2)
    write(`<< /Length ${encoder.encode(content).length} >>\nstream\n${content}endstream\nendobj\n`)
  })

  const xref = length
  // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, EOL.
  let table = `xref\n0 ${objectCount + 1}\n0000000000 65535 f \n`
  for (let n = 1; n <= objectCount; n++) table += `${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`
  write(table)
  write(`trailer\n<< /Size ${objectCount + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return parts
}
