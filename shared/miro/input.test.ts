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
    const value: unknown = JSON.parse(
      '{"data": [{"id": "1", "type": "sticky_note", "__proto__": {"x": 1}, "data": {"content": "a", "__proto__": {"y": 2}}, "position": {"x": 0, "y": 0}}]}',
    )
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

describe('readMiroInput refuses hostile structure plainly', () => {
  const note = (id: string, parent?: string) => ({
    id,
    type: parent === undefined ? 'frame' : 'sticky_note',
    position: { x: 0, y: 0, relativeTo: parent === undefined ? 'canvas_center' : 'parent_top_left' },
    ...(parent ? { parent: { id: parent } } : {}),
  })

  it('refuses an item that is its own parent, and every item of a loop of parents', () => {
    const frameInLoop = { ...note('c'), parent: { id: 'd' } }
    const result = readMiroInput({
      data: [note('a', 'a'), note('b'), note('x', 'b'), frameInLoop, { ...note('d'), parent: { id: 'c' } }, note('y', 'c')],
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.input.rejected.map(({ id, code, reason }) => ({ id, code, reason }))).toEqual([
      { id: 'a', code: 'ownParent', reason: 'it is its own parent' },
      { id: 'c', code: 'parentCycle', reason: 'its parents form a loop back to it' },
      { id: 'd', code: 'parentCycle', reason: 'its parents form a loop back to it' },
    ])
    // A child of a loop is not on it: it is kept (and the import skips it for its missing frame).
    expect(result.input.items.map((item) => item.id)).toEqual(['b', 'x', 'y'])
  })

  it('refuses every item of a loop of 10,000 parents', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => note(`n${i}`, `n${(i + 1) % 10_000}`))
    const result = readMiroInput({ data: chain })
    expect(result.ok && result.input.rejected.every((item) => item.code === 'parentCycle')).toBe(true)
    expect(result.ok && result.input.rejected).toHaveLength(10_000)
  })

  it('refuses an unknown relativeTo, naming the value', () => {
    const result = readMiroInput({ data: [{ ...note('a'), position: { x: 0, y: 0, relativeTo: 'parent_center<script>' } }] })
    expect(result.ok && result.input.rejected).toEqual([
      {
        id: 'a',
        type: 'frame',
        code: 'invalidItem',
        reason: 'its position is relative to “parent_centerscript”, which Miro does not use (only canvas_center or parent_top_left)',
        params: { field: 'position', problem: 'unknownRelativeTo', value: 'parent_centerscript' },
      },
    ])
  })

  it('says what is wrong with an item in a sentence, not in the validator’s words', () => {
    const sentences = (data: unknown[]) => {
      const result = readMiroInput({ data })
      return result.ok ? result.input.rejected.map((item) => item.reason) : [result.error]
    }
    expect(
      sentences([
        { id: '1', type: 'sticky_note', data: { content: 42 } },
        { id: '2', type: 'sticky_note', position: { x: 'left', y: 0 } },
        { id: '3', type: 'sticky_note', position: { y: 0 } },
        { id: '../4', type: 'sticky_note' },
        { id: '5', type: 'shape', data: { shape: 'x'.repeat(300) } },
        { id: '6', type: 'text', geometry: { width: Infinity } },
        { id: 7, type: 'text' },
        { id: '8', type: '' },
        { id: '9', type: 'Sticky\u202eNote<img src=x>' },
      ]),
    ).toEqual([
      'its text is not text',
      'its position is not a number',
      'its position is missing',
      'its id is not a Miro id',
      'its shape is longer than 200 characters',
      'its size is not a finite number',
      'its id is not text',
      'its type is blank',
      'its type “StickyNoteimg srcx” is not a value Miro uses',
    ])
  })

  it('accepts Miro’s type names only, and keeps a shape’s name printable', () => {
    const types = ['sticky_note', 'app_card', 'mindmap_node', 'shape', 'card', 'frame', 'usage_plan']
    const result = readMiroInput({
      data: [
        ...types.map((type, i) => ({ id: String(i + 1), type })),
        { id: '20', type: 'shape', data: { shape: 'cloud\u202e\u0000<b>ż' } },
      ],
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.input.rejected).toEqual([])
    expect(result.input.items.map((item) => item.type)).toEqual([...types, 'shape'])
    expect(result.input.items.at(-1)?.data?.shape).toBe('cloudbż')
  })
})
