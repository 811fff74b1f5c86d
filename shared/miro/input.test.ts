import { describe, expect, it } from 'vitest'
import { oversizedFileText } from './fixtures/hostile'
import { MAX_MIRO_FILE_BYTES, parseMiroJson, readMiroInput } from './input'

describe('parseMiroJson', () => {
  it('refuses a 10 MB file before parsing it', () => {
    const text = oversizedFileText()
    expect(text.length).toBeGreaterThan(MAX_MIRO_FILE_BYTES)
    expect(parseMiroJson(text)).toEqual({ ok: false, error: expect.stringMatching(/larger than 8 MB/), code: 'fileTooLarge' })
  })

  it('refuses text that is not JSON, and parses JSON', () => {
    expect(parseMiroJson('{"data": [')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/), code: 'notJson' })
    expect(parseMiroJson('<html></html>').ok).toBe(false)
    expect(parseMiroJson('{"data": []}')).toEqual({ ok: true, value: { data: [] } })
  })
})

describe('readMiroInput', () => {
  it('drops fields outside the schema, so prototype keys never reach the importer', () => {
    const value: unknown = JSON.parse('{"data": [{"id": "1", "type": "sticky_note", "__proto__": {"x": 1}, "data": {"content": "a", "__proto__": {"y": 2}}, "position": {"x": 0, "y": 0}}]}')
    const result = readMiroInput(value)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [item] = result.input.items
    expect(item && Object.keys(item)).not.toContain('__proto__')
    expect(item?.data && Object.getPrototypeOf(item.data)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('reads connectors given next to the items, as items or as a page', () => {
    const item = { id: '1', type: 'sticky_note', position: { x: 0, y: 0 } }
    const connector = { id: '2', type: 'connector', startItem: { id: '1' }, endItem: { id: '1' } }
    for (const connectors of [[connector], { data: [connector] }]) {
      const result = readMiroInput({ data: [item], connectors })
      expect(result.ok && result.input.items.map((i) => i.type)).toEqual(['sticky_note', 'connector'])
    }
  })
})
