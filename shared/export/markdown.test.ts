import { describe, expect, it } from 'vitest'
import { bullet, escapeMarkdown, joinBlocks, markdownLinkTarget } from './markdown'
import { richTextToMarkdown, richTextToPlainText } from './richText'

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

  it('keeps text that looks like an entity literal, and leaves a lone "&" alone', () => {
    expect(escapeMarkdown('&lt;b&gt; &#39; &copy; Tom & Jerry')).toBe('\\&lt;b\\&gt; \\&#39; \\&copy; Tom & Jerry')
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
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hello ' },
            { type: 'text', text: 'world', marks: [{ type: 'bold' }] },
          ],
        },
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

/** A text node with marks, as tldraw stores it. */
function run(text: string, ...marks: object[]): object {
  return { type: 'text', text, marks }
}

function doc(...paragraphs: object[][]): object {
  return { type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) }
}

describe('richTextToMarkdown', () => {
  it('writes bold, italic, strike-through and links, and escapes the text inside them', () => {
    const link = { type: 'link', attrs: { href: 'https://coop.example/acta?id=7&lang=es' } }
    expect(
      richTextToMarkdown(
        doc([
          run('Vote '),
          run('*now*', { type: 'bold' }),
          run(' on '),
          run('[this]', link),
          run(' '),
          run('old', { type: 'strike' }),
          run('_x_', { type: 'italic' }),
        ]),
      ),
    ).toBe('Vote **\\*now\\*** on [\\[this\\]](https://coop.example/acta?id=7&lang=es) ~~old~~*\\_x\\_*')
  })

  it('escapes a heading or list marker at the start of a line, marked or not', () => {
    expect(richTextToMarkdown(doc([run('# not a heading')], [run('- ', { type: 'bold' }), run('x')]))).toBe('\\# not a heading\n**-** x')
    expect(richTextToMarkdown(doc([run('1. first')]))).toBe('1\\. first')
    expect(richTextToMarkdown(doc([run('a\n# b', { type: 'strike' })]))).toBe('~~a~~\n~~# b~~')
    expect(richTextToMarkdown(doc([run('a\n# b')]))).toBe('a\n\\# b')
  })

  it('keeps text but makes no link of a stored script, data or relative target', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/b/other', 42]) {
      expect(richTextToMarkdown(doc([run('open', { type: 'link', attrs: { href } })]))).toBe('open')
    }
  })

  it('writes lists and hard breaks as lines, like the plain text', () => {
    const value = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [run('a', { type: 'bold' }), { type: 'hardBreak' }, run('b')] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [run('one', { type: 'strike' })] }] }],
        },
      ],
    }
    expect(richTextToMarkdown(value)).toBe('**a**\nb\n\\- ~~one~~')
    expect(richTextToPlainText(value)).toBe('a\nb\n- one')
  })

  it('gives an empty string for anything else', () => {
    expect(richTextToMarkdown(null)).toBe('')
    expect(richTextToMarkdown({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('')
  })
})

describe('markdownLinkTarget', () => {
  it('leaves ordinary addresses as they are and encodes what would end the link', () => {
    expect(markdownLinkTarget('https://example.org/a?x=1&y=2#z')).toBe('https://example.org/a?x=1&y=2#z')
    expect(markdownLinkTarget('https://x.org/a b(c)<d>`e\\f\ng')).toBe('https://x.org/a%20b%28c%29%3Cd%3E%60e%5Cf%0Ag')
    expect(markdownLinkTarget('https://x.org/?q=&lt;&#39;')).toBe('https://x.org/?q=&amp;lt;&amp;#39;')
  })
})

describe('richTextToMarkdown on long text', () => {
  // A backtracking regular expression over white space took minutes on these (the test's
  // own time limit fails it); linear work takes milliseconds.
  it('writes long runs of spaces inside marks and lines', () => {
    const text = `a${' '.repeat(200_000)}b`
    expect(richTextToMarkdown(doc([run(text, { type: 'bold' })]))).toBe(`**${text}**`)
    expect(escapeMarkdown(`${text}\n`)).toBe(`${text}\n`)
  })
})
