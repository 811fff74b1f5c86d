import { describe, expect, it } from 'vitest'
import { assemblyConnectorPage, assemblyItemPages, assemblyItems, FIXTURE_COUNTS } from './fixtures/assembly'
import { stickiesInFrames } from './fixtures/generate'
import { mergeMiroFiles, type MiroFileValue } from './pages'

const pages = assemblyItemPages()
const connectors = assemblyConnectorPage()
const files: MiroFileValue[] = [
  ...pages.map((value, i) => ({ name: `items-${i + 1}.json`, value })),
  { name: 'connectors.json', value: connectors },
]

function ids(values: readonly unknown[]): string[] {
  return values.map((value) => String((value as { id: unknown }).id))
}

/** Every order of `list` (the fixture has four files: 24 orders). */
function orders<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]]
  return list.flatMap((first, i) => orders([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [first, ...rest]))
}

describe('mergeMiroFiles', () => {
  it('merges the pages in cursor order, whatever order the files come in', () => {
    const expected = ids(assemblyItems())
    expect(expected).toHaveLength(FIXTURE_COUNTS.items)
    for (const order of orders(files)) {
      const merged = mergeMiroFiles(order)
      if (!merged.ok) throw new Error(merged.error)
      expect(ids(merged.value.data)).toEqual(expected)
      expect(merged.value.connectors).toHaveLength(FIXTURE_COUNTS.connectors)
      expect(merged.warnings).toEqual([])
    }
  })

  it('warns that a first page alone is part of a longer export, with the total', () => {
    const first = files[0]
    if (!first) throw new Error('no first page')
    const merged = mergeMiroFiles([first])
    expect(merged.ok && merged.warnings).toEqual([{ code: 'morePages', params: { count: 50, total: FIXTURE_COUNTS.items } }])
    // Without a total, it still says so.
    const { total: _total, ...untotalled } = pages[0] as Record<string, unknown>
    const alone = mergeMiroFiles([{ name: 'page.json', value: untotalled }])
    expect(alone.ok && alone.warnings).toEqual([{ code: 'morePagesNoTotal', params: { count: 50 } }])
  })

  it('names the page after which one is missing, and how many items are here', () => {
    const merged = mergeMiroFiles([files[2], files[0], files[3]].filter((file) => file !== undefined))
    if (!merged.ok) throw new Error(merged.error)
    expect(merged.warnings).toEqual([
      { code: 'pageMissing', params: { file: 'items-1.json' } },
      { code: 'itemsMissing', params: { count: 67, total: FIXTURE_COUNTS.items } },
    ])
    // What is there keeps its order: page 1, then page 3.
    expect(ids(merged.value.data)).toEqual([...ids(assemblyItems()).slice(0, 50), ...ids(assemblyItems()).slice(100)])
  })

  it('says how many items are here when pages without links add up to fewer than the total', () => {
    const unlinked = pages.slice(0, 2).map((page, i) => {
      const { links: _links, cursor: _cursor, ...rest } = page as Record<string, unknown>
      return { name: `página-${i + 1}.json`, value: rest }
    })
    const merged = mergeMiroFiles(unlinked)
    if (!merged.ok) throw new Error(merged.error)
    expect(merged.value.data).toHaveLength(100)
    expect(merged.warnings).toEqual([{ code: 'itemsMissing', params: { count: 100, total: FIXTURE_COUNTS.items } }])
  })

  it('says when the first page is missing, and reads a page given twice once', () => {
    const [one, two, three] = files
    if (!one || !two || !three) throw new Error('no pages')
    const later = mergeMiroFiles([three, two])
    expect(later.ok && later.warnings.map((w) => w.code)).toEqual(['firstPageMissing', 'itemsMissing'])
    const twice = mergeMiroFiles([one, two, { ...two, name: 'items-2 (1).json' }, three])
    if (!twice.ok) throw new Error(twice.error)
    expect(twice.warnings).toEqual([{ code: 'pageTwice', params: { file: 'items-2 (1).json', other: 'items-2.json' } }])
    expect(twice.value.data).toHaveLength(FIXTURE_COUNTS.items)
  })

  it('survives cursors that loop, keeping every page once', () => {
    const looped = pages.map((page, i) => ({ name: `p${i}.json`, value: { ...(page as object), cursor: 'loop' } }))
    const selfLoop = {
      name: 'loop.json',
      value: { data: [{ id: '1', type: 'text' }], cursor: 'loop', links: { self: 'https://api.miro.com/v2/boards/x/items?cursor=loop' } },
    }
    const merged = mergeMiroFiles([...looped, selfLoop])
    expect(merged.ok && merged.value.data).toHaveLength(FIXTURE_COUNTS.items + 1)
  })

  it('still reads one file of many pages without links, as before, and loose items', () => {
    const merged = mergeMiroFiles([{ name: 'board.json', value: stickiesInFrames(2, 40) }])
    expect(merged.ok && merged.value.data).toHaveLength(82)
    expect(merged.ok && merged.warnings).toEqual([])
    const loose = mergeMiroFiles([{ name: 'items.json', value: [{ id: '1', type: 'text' }] }])
    expect(loose.ok && loose.value.data).toHaveLength(1)
  })

  it('refuses a choice holding a file that is not a Miro export, naming it', () => {
    const merged = mergeMiroFiles([...files, { name: 'notes.json', value: { boards: [] } }])
    expect(merged).toMatchObject({ ok: false, code: 'notMiroExport', file: 'notes.json' })
    expect(mergeMiroFiles([{ name: 'list.json', value: [1, 2] }])).toMatchObject({ ok: false, code: 'notMiroList', file: 'list.json' })
  })
})
