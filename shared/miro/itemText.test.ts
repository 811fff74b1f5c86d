import { describe, expect, it } from 'vitest'
import { richTextToPlainText } from '../export/richText'
import type { MiroItem, MiroRejectedItem } from './input'
import { captionText, contentText, frameTitle } from './itemText'

const HIDDEN = ['\u0000', '\u0007', '\u202e', '\u2066']

describe('the text an import takes from an item', () => {
  it('is clean in content, titles and captions alike', () => {
    const item: MiroItem = {
      id: '3458764512345678901',
      type: 'frame',
      data: { content: '<p>Cuota\u0000 de <b>\u0007apoyo</b>\u202e</p>', title: 'Grupo\u2066 Łódź &amp; 東京\u0000' },
      captions: [{ content: '<p>financia\u202e&#x202E;\u0007</p>' }],
    }
    const adjusted: MiroRejectedItem[] = []
    const content = contentText(item.data?.content, item, adjusted)
    expect(content?.plainText).toBe('Cuota de apoyo')
    for (const hidden of HIDDEN) expect(JSON.stringify(content?.richText)).not.toContain(hidden)
    expect(frameTitle(item)).toBe('Grupo Łódź & 東京')
    expect(richTextToPlainText(captionText(item))).toBe('financia')
    expect(adjusted).toEqual([])
  })
})
