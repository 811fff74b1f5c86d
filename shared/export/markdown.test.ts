import { describe, expect, it } from 'vitest'
import { bullet, escapeMarkdown, joinBlocks } from './markdown'
import { richTextToPlainText } from './richText'

describe('escapeMarkdown', () => {
  it('makes inline constructs inert', () => {
    expect(escapeMarkdown('use *bold* and _it_ [link](http://x) `code` <b> a|b ~~s~~')).toBe(
      'use \\*bold\\* and \\_it\\_ \\[link\\](http://x) \\`code\\` \\<b\\> a\\|b \\~\\~s\\~\\~',
    )
  })

  it('escapes headings, quotes, lists and rules only at the start of a line', () => {
    expect(escapeMarkdown('# Title\n> quote\n- item\n+ item\n1. first\n2) second\n---\nC# and 3.5 stay')).toBe(
      '\\# Title\n\\> quote\n\\- item\n\\+ item\n1\\. first\n2\\) second\n\\---\nC# and 3.5 stay',
    )
  })

  it('keeps chats from reading mentions', () => {
    expect(escapeMarkdown('ping @channel and me@example.org')).toBe('ping @\u2060channel and me@\u2060example.org')
  })

  it('keeps non-Latin text as it is', () => {
    expect(escapeMarkdown('協同組合の会議 — Кооператив')).toBe('協同組合の会議 — Кооператив')
  })
})

describe('bullet', () => {
  it('keeps a multi-line text inside one list item', () => {
    expect(bullet('first\n\nthird')).toBe('- first\n\n  third')
    expect(bullet('a\nb', 1)).toBe('  - a\n    b')
  })
})

describe('joinBlocks', () => {
  it('drops empty blocks and ends with one newline', () => {
    expect(joinBlocks(['# A', null, '  ', 'b'])).toBe('# A\n\nb\n')
  })
})

describe('richTextToPlainText', () => {
  it('turns paragraphs, hard breaks and lists into lines', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'world', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] },
          ],
        },
        { type: 'paragraph' },
      ],
    }
    expect(richTextToPlainText(doc)).toBe('Hello world\n\na\nb\n- one\n- two')
  })

  it('gives an empty string for anything else', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText('text')).toBe('')
    expect(richTextToPlainText({ type: 'doc', content: 'nope' })).toBe('')
  })
})
