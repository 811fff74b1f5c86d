import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assemblyFiles, FIXTURE_COUNTS } from '../../../shared/miro/fixtures/assembly'
import { mergeMiroFiles } from '../../../shared/miro/pages'
import { MAX_MIRO_FILES, readMiroFiles, readZipEntries } from './miroFile'

const files = assemblyFiles()

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' })
}

function zipOf(entries: Record<string, Uint8Array>, name = 'miro-export.zip'): File {
  return new File([zipSync(entries)], name, { type: 'application/zip' })
}

describe('readMiroFiles', () => {
  it('reads several JSON files, in the order chosen, and a zip of them, to the same export', async () => {
    const chosen = [...files].reverse().map(({ name, text }) => jsonFile(name, text))
    const read = await readMiroFiles(chosen)
    if (!read.ok) throw new Error(read.code)
    expect(read.files.map((file) => file.name)).toEqual(['connectors.json', 'items-3.json', 'items-2.json', 'items-1.json'])
    const zipped = await readMiroFiles([zipOf(Object.fromEntries(files.map(({ name, text }) => [`export/${name}`, strToU8(text)])))])
    if (!zipped.ok) throw new Error(zipped.code)
    const fromFiles = mergeMiroFiles(read.files)
    const fromZip = mergeMiroFiles(zipped.files)
    expect(fromZip.ok && fromZip.value.data).toHaveLength(FIXTURE_COUNTS.items)
    expect(fromZip.ok && fromFiles.ok && fromZip.value).toEqual(fromFiles.ok && fromFiles.value)
  })

  it('names the file that is not JSON', async () => {
    const read = await readMiroFiles([jsonFile('items-1.json', files[0]?.text ?? ''), jsonFile('notes.txt.json', 'Hola, ¿qué tal?')])
    expect(read).toEqual({ ok: false, code: 'notJson', file: 'notes.txt.json' })
  })

  it('refuses too many files, or too much in all, before reading any', async () => {
    const many = Array.from({ length: MAX_MIRO_FILES + 1 }, (_, i) => jsonFile(`items-${i}.json`, '{"data":[]}'))
    expect(await readMiroFiles(many)).toMatchObject({ ok: false, code: 'tooManyFiles', params: { count: MAX_MIRO_FILES + 1 } })
    const big = Array.from({ length: 5 }, (_, i) => new File([new Uint8Array(7 * 1024 * 1024)], `items-${i}.json`))
    expect(await readMiroFiles(big)).toMatchObject({ ok: false, code: 'filesTooLarge', params: { max: 32 } })
  })
})

describe('one budget for the whole choice', () => {
  /** A zip of `count` small entries whose directory says `each` bytes apiece, as a zip bomb's does. */
  function claimingZip(name: string, count: number, each: number): File {
    const zip = zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`${name}-${i}.json`, strToU8('{"data":[]}')])))
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let at = 0; at + 4 <= zip.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, each, true)
    return new File([zip], `${name}.zip`, { type: 'application/zip' })
  }

  it('refuses zips that each unpack under 32 MB but together over it', async () => {
    expect((await readMiroFiles([claimingZip('Łódź', 2, 6 * 1024 * 1024)])).ok).toBe(true)
    const zips = ['Łódź', 'Αθήνα', '東京', 'Zürich'].map((name) => claimingZip(name, 2, 6 * 1024 * 1024))
    expect(await readMiroFiles(zips)).toEqual({ ok: false, code: 'filesTooLarge', params: { max: 32 } })
  })

  it('refuses zips that each hold under 250 entries but together over 250', async () => {
    const zip = (name: string) =>
      zipOf(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${name}/items-${i}.json`, strToU8('{"data":[]}')])), `${name}.zip`)
    expect((await readMiroFiles([zip('a'), zip('b')])).ok).toBe(true)
    expect(await readMiroFiles([zip('a'), zip('b'), zip('c')])).toEqual({
      ok: false,
      code: 'tooManyEntries',
      params: { max: MAX_MIRO_FILES },
    })
    const loose = Array.from({ length: 51 }, (_, i) => jsonFile(`página-${i}.json`, '{"data":[]}'))
    expect(await readMiroFiles([zip('a'), zip('b'), ...loose])).toMatchObject({ ok: false, code: 'tooManyEntries' })
  })
})

describe('readZipEntries', () => {
  it('refuses a zip that says it unpacks to more than 32 MB, from its directory, before inflating', () => {
    // Five small entries whose directory says 7.9 MB each, as a zip bomb's does.
    const zip = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`items-${i}.json`, strToU8('{"data":[]}')])))
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let at = 0; at + 4 <= zip.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 7.9 * 1024 * 1024, true)
    expect(readZipEntries(zip, 'bomb.zip')).toEqual({ ok: false, code: 'zipTooLarge', params: { max: 32 }, file: 'bomb.zip' })
  })

  it('refuses a zip inside the zip, by name or by content, and too many entries', () => {
    const inner = zipSync({ 'items-1.json': strToU8('{"data":[]}') })
    expect(readZipEntries(zipSync({ 'more.zip': inner }), 'a.zip')).toMatchObject({
      ok: false,
      code: 'zipNested',
      params: { file: 'more.zip' },
    })
    expect(readZipEntries(zipSync({ 'items-2.json': inner }), 'a.zip')).toMatchObject({
      ok: false,
      code: 'zipNested',
      params: { file: 'items-2.json' },
    })
    const crowded = zipSync(Object.fromEntries(Array.from({ length: MAX_MIRO_FILES + 1 }, (_, i) => [`p${i}.json`, strToU8('{}')])))
    expect(readZipEntries(crowded, 'crowded.zip')).toMatchObject({ ok: false, code: 'zipTooManyEntries' })
  })

  it('reads only JSON entries, and calls a broken zip what it is', () => {
    const zip = zipSync({ '__MACOSX/._items-1.json': strToU8('x'), 'README.txt': strToU8('hola'), 'items-1.json': strToU8('{"data":[]}') })
    expect(readZipEntries(zip, 'a.zip')).toEqual({ ok: true, entries: [{ name: 'items-1.json', text: '{"data":[]}' }] })
    expect(readZipEntries(strToU8('PK\u0003\u0004 not really a zip'), 'b.zip')).toEqual({ ok: false, code: 'notZip', file: 'b.zip' })
  })
})
