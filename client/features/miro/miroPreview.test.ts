import { describe, expect, it } from 'vitest'
import { planMiroImport } from '../../../shared/miro/importMiro'
import { hostileItems } from '../../../shared/miro/fixtures/hostile'
import small from '../../../shared/miro/fixtures/small.json'
import { testTranslator } from '../../i18n/testing'
import { failureText, importedSummary, reasonText, skippedGroups } from './miroPreview'

const t = testTranslator('en')

describe('Miro import preview', () => {
  it('says what will be imported, in a fixed order', () => {
    expect(importedSummary({ imported: { frame: 5, sticky_note: 200, connector: 1 }, skipped: [], adjusted: [] }, t)).toBe('200 sticky notes, 5 frames, 1 connector')
    expect(importedSummary({ imported: { sticky_note: 1200 }, skipped: [], adjusted: [] }, t)).toBe('1,200 sticky notes')
    expect(importedSummary({ imported: {}, skipped: [], adjusted: [] }, t)).toBe('nothing')
  })

  it('groups what is skipped by reason, most frequent first, in words from the codes', () => {
    const groups = skippedGroups(
      {
        imported: {},
        skipped: [
          { id: '1', type: 'image', reason: 'x', code: 'image', params: { type: 'image' } },
          { id: '2', type: 'card', reason: 'x', code: 'card', params: { type: 'card' } },
          { id: '3', type: 'image', reason: 'x', code: 'image', params: { type: 'image' } },
        ],
        adjusted: [{ id: '4', type: 'sticky_note', reason: 'x', code: 'textCut', params: { max: 5000 } }],
      },
      t,
    )
    expect(groups).toEqual([
      { reason: 'images are not imported: Plenary fetches nothing from other hosts', count: 2, examples: ['image 1', 'image 3'] },
      { reason: 'cards have no tldraw equivalent', count: 1, examples: ['card 2'] },
      { reason: 'imported, text cut to 5,000 characters', count: 1, examples: ['sticky note 4'] },
    ])
  })

  it('says the English of shared reasons exactly as the importer does, and other languages differently', () => {
    expect(skippedGroups({ imported: {}, skipped: [{ id: '9', type: 'shape', reason: 'x', code: 'unknownShape', params: { shape: 'can' } }], adjusted: [] }, t)[0]?.reason).toBe(
      'tldraw has no “can” shape',
    )
    expect(failureText({ code: 'tooManyItems', params: { count: 10001, max: 10000 } }, t)).toBe('The file has 10,001 items; Plenary imports at most 10,000.')
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
