import { describe, expect, it } from 'vitest'
import { isImageOnlyPaste } from './imageOnlyPaste'

describe('isImageOnlyPaste', () => {
  it('recognises web content that is only pictures', () => {
    expect(isImageOnlyPaste('<meta charset="utf-8"><img src="https://example.com/cat.jpg" alt="">', '')).toBe(true)
    expect(isImageOnlyPaste('<!--StartFragment--><p>&nbsp;<img src="a.png"> <img src="b.png"></p><!--EndFragment-->', '  ')).toBe(true)
  })

  it('leaves text, links and pictures with words around them to tldraw', () => {
    expect(isImageOnlyPaste('<p>Agenda</p><img src="a.png">', '')).toBe(false)
    expect(isImageOnlyPaste('<img src="a.png">', 'A cat')).toBe(false)
    expect(isImageOnlyPaste('<a href="https://example.com">example</a>', '')).toBe(false)
    expect(isImageOnlyPaste('', '')).toBe(false)
  })
})
