import { describe, expect, it } from 'vitest'
import { importedSummary, skippedGroups } from './miroPreview'

describe('Miro import preview', () => {
  it('says what will be imported, in a fixed order', () => {
    expect(importedSummary({ imported: { frame: 5, sticky_note: 200, connector: 1 }, skipped: [], adjusted: [] })).toBe('200 sticky notes, 5 frames, 1 connector')
    expect(importedSummary({ imported: {}, skipped: [], adjusted: [] })).toBe('nothing')
  })

  it('groups what is skipped by reason, most frequent first', () => {
    const groups = skippedGroups({
      imported: {},
      skipped: [
        { id: '1', type: 'image', reason: 'images are not imported' },
        { id: '2', type: 'card', reason: 'cards have no tldraw equivalent' },
        { id: '3', type: 'image', reason: 'images are not imported' },
      ],
      adjusted: [{ id: '4', type: 'sticky_note', reason: 'text cut to 5,000 characters' }],
    })
    expect(groups).toEqual([
      { reason: 'images are not imported', count: 2, examples: ['image 1', 'image 3'] },
      { reason: 'cards have no tldraw equivalent', count: 1, examples: ['card 2'] },
      { reason: 'imported, text cut to 5,000 characters', count: 1, examples: ['sticky note 4'] },
    ])
  })
})
