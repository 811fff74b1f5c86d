import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { precompressDir } from '../scripts/vite/precompress'
import { tempDir } from '../server/testing/testServer'

/** A script the size of a real chunk, with the names a cooperative's board holds. */
function coopScript(): string {
  const names = ['Łucja Wołoszyn', 'José Núñez', '王秀英', 'Δημήτρης Παπαδόπουλος', 'Ngozi Adébáyọ̀', 'Søren Ærø']
  return Array.from({ length: 31 }, (_, coop) => `export const coop${coop} = ${JSON.stringify({ coop, delegates: names })};`).join('\n')
}

describe('precompressing the client build', () => {
  it('writes brotli and gzip siblings that decompress to the file, for compressible files only', async () => {
    const dir = tempDir('plenary-precompress-')
    mkdirSync(join(dir, 'assets'))
    const script = coopScript()
    writeFileSync(join(dir, 'assets', 'BoardSession-a1b2c3.js'), script)
    writeFileSync(join(dir, 'assets', 'es-d4e5f6.json'), JSON.stringify({ hello: 'hola', board: 'tablero' }).repeat(40))
    writeFileSync(join(dir, 'assets', 'IBMPlexSans-Bold-x.woff2'), randomBytes(4096))
    writeFileSync(join(dir, 'assets', 'tiny.js'), 'x')
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><title>Plenary</title></head><body>${'<p></p>'.repeat(50)}</body></html>`,
    )

    const summary = await precompressDir(dir)

    const js = join(dir, 'assets', 'BoardSession-a1b2c3.js')
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script)
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script)
    expect(readFileSync(`${js}.br`).byteLength).toBeLessThan(readFileSync(`${js}.gz`).byteLength)
    expect(existsSync(join(dir, 'assets', 'es-d4e5f6.json.br'))).toBe(true)
    // Already compressed, too small to gain, or completed by the server at start: left alone.
    for (const file of ['assets/IBMPlexSans-Bold-x.woff2', 'assets/tiny.js', 'index.html']) {
      expect(existsSync(join(dir, `${file}.br`))).toBe(false)
      expect(existsSync(join(dir, `${file}.gz`))).toBe(false)
    }
    expect(summary.files).toBe(3)
    expect(summary.rawBytes).toBe(Buffer.byteLength(script) + readFileSync(join(dir, 'assets', 'es-d4e5f6.json')).byteLength + 1)
    expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes)
    expect(summary.gzipBytes).toBeLessThan(summary.rawBytes / 3)
  })
})
