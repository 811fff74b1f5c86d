/**
 * Real PNG files for tests and benchmarks: square images of seeded noise, so each seed gives
 * other bytes (another hash) and the size is that of a photo, which does not compress; and a
 * colour ramp, which a test can recognise in a picture export by its colours.
 */
import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A `side`×`side` RGB PNG of noise from `seed` (about 3·side² bytes). */
export function noisePng(seed: number, side = 8): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  const rows = Buffer.alloc((side * 3 + 1) * side)
  let state = (seed * 2_654_435_761) >>> 0 || 1
  for (let i = 0; i < rows.length; i++) {
    if (i % (side * 3 + 1) === 0) continue // filter byte: none
    // xorshift32: cheap, seeded, incompressible enough to stand for a photo.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    rows[i] = state & 0xff
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

/**
 * A `width`×`height` RGB PNG of a diagonal ramp: green is always 90, red grows to the right
 * and blue downwards, so its pixels are easy to find again in an export.
 */
export function rampPng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  const rows: number[] = []
  for (let y = 0; y < height; y++) {
    rows.push(0) // filter byte: none
    for (let x = 0; x < width; x++) rows.push(40 + (x * 200) / width, 90, 40 + (y * 200) / height)
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))])
}
