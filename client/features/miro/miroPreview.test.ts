import { describe, expect, it } from 'vitest'
import { planMiroImport } from '../../../shared/miro/importMiro'
import { hostileItems } from '../../../shared/miro/fixtures/hostile'
import small from '../../../shared/miro/fixtures/small.json'
import { readMiroInput } from '../../../shared/miro/input'
import { MIRO_ITEM_PROBLEMS } from '../../../shared/miro/itemIssues'
import { MIRO_WARNING_CODES } from '../../../shared/miro/messages'
import { testTranslator } from '../../i18n/testing'
import { failureText, importedSummary, reasonText, skippedGroups, warningText } from './miroPreview'

const t = testTranslator('en')

describe('Miro import preview', () => {
  it('says what will be imported, in a fixed order', () => {
    expect(importedSummary({ imported: { frame: 5, sticky_note: 200, connector: 1 }, skipped: [], adjusted: [], lost: [] }, t)).toBe(
      '200 sticky notes, 5 frames, 1 connector',
    )
    expect(importedSummary({ imported: { sticky_note: 1200 }, skipped: [], adjusted: [], lost: [] }, t)).toBe('1,200 sticky notes')
    expect(importedSummary({ imported: {}, skipped: [], adjusted: [], lost: [] }, t)).toBe('nothing')
  })

  it('groups what is skipped by reason, most frequent first, in words from the codes', () => {
    const groups = skippedGroups(
      {
        imported: {},
        skipped: [
          { id: '1', type: 'mindmap_node', reason: 'x', code: 'mindmap', params: { type: 'mindmap_node' } },
          { id: '2', type: 'app_card', reason: 'x', code: 'appCard', params: { type: 'app_card' } },
          { id: '3', type: 'mindmap_node', reason: 'x', code: 'mindmap', params: { type: 'mindmap_node' } },
        ],
        adjusted: [{ id: '4', type: 'sticky_note', reason: 'x', code: 'textCut', params: { max: 5000 } }],
        lost: [],
      },
      t,
    )
    expect(groups).toEqual([
      { reason: 'mind maps have no tldraw equivalent', count: 2, examples: ['mindmap_node 1', 'mindmap_node 3'] },
      { reason: 'app cards have no tldraw equivalent', count: 1, examples: ['app_card 2'] },
      { reason: 'imported, text cut to 5,000 characters', count: 1, examples: ['sticky note 4'] },
    ])
  })

  it('says the English of shared reasons exactly as the importer does, and other languages differently', () => {
    expect(
      skippedGroups(
        {
          imported: {},
          skipped: [{ id: '9', type: 'shape', reason: 'x', code: 'unknownShape', params: { shape: 'can' } }],
          adjusted: [],
          lost: [],
        },
        t,
      )[0]?.reason,
    ).toBe('tldraw has no “can” shape')
    expect(failureText({ code: 'tooManyItems', params: { count: 10001, max: 10000 } }, t)).toBe(
      'The file has 10,001 items; Plenary imports at most 10,000.',
    )
    expect(failureText({ code: 'noItems' }, testTranslator('es'))).not.toBe('The file holds no Miro items.')
  })

  it('says every reason of real imports in the same English as the importer', () => {
    for (const input of [small, hostileItems()]) {
      const result = planMiroImport(input, { pageId: 'page:page', records: [] })
      if (!result.ok) throw new Error(result.error)
      const { skipped, adjusted } = result.plan.report
      expect(skipped.length).toBeGreaterThan(0)
      for (const item of skipped) expect(reasonText(item, t)).toBe(item.reason)
      for (const item of adjusted) expect(reasonText(item, t)).toBe(`imported, ${item.reason}`)
    }
  })
})

describe('Miro import preview: hostile items and missing pages', () => {
  const es = testTranslator('es')
  const broken = [
    { id: '3458764517517818001', type: 'sticky_note', data: { content: 42 } },
    { id: '2', type: 'frame', position: { x: 0, y: 0, relativeTo: 'board_middle' } },
    { id: '3', type: 'sticky_note', position: { y: 0 } },
    { id: '4', type: 'text', parent: { id: '4' }, position: { x: 0, y: 0 } },
  ]

  it('says why an item was refused in a sentence, the importer’s English in English and Spanish in Spanish', () => {
    const result = readMiroInput({ data: broken })
    if (!result.ok) throw new Error(result.error)
    const { rejected } = result.input
    expect(rejected).toHaveLength(4)
    for (const item of rejected) expect(reasonText(item, t)).toBe(item.reason)
    expect(rejected.map((item) => reasonText(item, es))).toEqual([
      'su texto no es texto',
      'su posición es relativa a “board_middle”, que Miro no usa (solo canvas_center o parent_top_left)',
      'falta su posición',
      'es su propio elemento padre',
    ])
    const groups = skippedGroups({ imported: {}, skipped: rejected, adjusted: [], lost: [] }, t)
    expect(groups.find((group) => group.reason === 'its text is not text')?.examples).toEqual(['sticky note 3458764517517818001'])
  })

  it('has words for every problem and warning in both languages', () => {
    for (const problem of MIRO_ITEM_PROBLEMS) {
      const item = { code: 'invalidItem' as const, params: { problem, field: 'text', max: 200, value: 'x' } }
      expect(reasonText(item, t)).not.toMatch(/miro\.|\{\{/)
      expect(reasonText(item, es)).not.toBe(reasonText(item, t))
    }
    for (const code of MIRO_WARNING_CODES) {
      const warning = { code, params: { count: 50, total: 212, file: 'items-2.json', other: 'items-2 (1).json' } }
      expect(warningText(warning, t)).not.toMatch(/miro\.|\{\{/)
      expect(warningText(warning, es)).not.toBe(warningText(warning, t))
    }
  })

  it('says plainly that a lone first page is part of a longer export', () => {
    const warning = { code: 'morePages' as const, params: { count: 50, total: 212 } }
    expect(warningText(warning, t)).toMatch(/^This is the first page of a longer Miro export: 50 of 212 items\. Add the other pages/)
    expect(warningText(warning, es)).toMatch(/^Esta es la primera página de una exportación de Miro más larga: 50 de 212 elementos\./)
  })
})
