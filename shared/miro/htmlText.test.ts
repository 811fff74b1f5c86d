import { describe, expect, it } from 'vitest'
import { decodeEntities } from './htmlEntities'
import { htmlToRichText } from './htmlText'

describe('htmlToRichText', () => {
  it('keeps paragraphs, line breaks, bold and italic', () => {
    const { richText, plainText } = htmlToRichText('<p>Shared <strong>tooling</strong> <em>budget</em></p><p>line one<br>line two</p>')
    expect(richText).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Shared ' },
            { type: 'text', text: 'tooling', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' ' },
            { type: 'text', text: 'budget', marks: [{ type: 'italic' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'line one' }, { type: 'hardBreak' }, { type: 'text', text: 'line two' }] },
      ],
    })
    expect(plainText).toBe('Shared tooling budget\nline one\nline two')
  })

  it('keeps an empty paragraph between two, as Miro writes a blank line', () => {
    expect(htmlToRichText('<p>a</p><p></p><p>b</p>').richText.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
    ])
  })

  it('decodes entities and reads plain text without tags', () => {
    expect(htmlToRichText('Tom &amp; Jerry &lt;3 &#233;t&#xE9; &nbsp;&unknown; & more').plainText).toBe(
      'Tom & Jerry <3 été \u00a0&unknown; & more',
    )
  })

  it('drops scripts, styles, comments, attributes and unknown tags, keeping only text', () => {
    const { plainText, richText } = htmlToRichText(
      '<script>alert("<p>x</p>")</script><!-- <b>hidden</b> --><p onclick="evil()" title="a>b">safe <img src=x onerror=alert(1)>text</p><STYLE>p{}</STYLE><svg><text>no</text></svg>',
    )
    expect(plainText).toBe('safe text')
    expect(JSON.stringify(richText)).not.toMatch(/alert|evil|onerror|hidden|no"/)
  })

  it('handles unclosed and unbalanced markup without losing text', () => {
    expect(htmlToRichText('<p>unclosed <b>bold <i>and <a href="javascript:alert(1)">link').plainText).toBe('unclosed bold and link')
    expect(htmlToRichText('</b></i>text<b').plainText).toBe('text')
    expect(htmlToRichText('a < b and 3<4').plainText).toBe('a < b and 3<4')
    expect(htmlToRichText('<script>never closed').plainText).toBe('')
  })

  it('walks deeply nested markup in one pass (no recursion)', () => {
    const depth = 50_000
    const html = `${'<div><b>'.repeat(depth)}deep${'</b></div>'.repeat(depth)}`
    const { plainText, richText } = htmlToRichText(html)
    expect(plainText).toBe('deep')
    expect(richText.content[0]?.content?.[0]).toEqual({ type: 'text', text: 'deep', marks: [{ type: 'bold' }] })
  })

  it('cuts text at the limit and says so', () => {
    const result = htmlToRichText(`<p>${'x'.repeat(50)}</p>`, 10)
    expect(result.plainText).toBe('x'.repeat(10))
    expect(result.truncated).toBe(true)
    expect(htmlToRichText('<p>short</p>', 10).truncated).toBe(false)
  })

  it('keeps links with their exact href, query string and fragment included', () => {
    const { richText, plainText } = htmlToRichText(
      '<p>See <a href="https://example.org/a?x=1&amp;y=2#z" target="_blank">the <strong>plan</strong></a> or <a href=\'mailto:acta@coop.example\'>write</a></p>',
    )
    const link = {
      type: 'link',
      attrs: { href: 'https://example.org/a?x=1&y=2#z', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
    }
    expect(richText.content[0]?.content).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'text', text: 'the ', marks: [link] },
      { type: 'text', text: 'plan', marks: [link, { type: 'bold' }] },
      { type: 'text', text: ' or ' },
      {
        type: 'text',
        text: 'write',
        marks: [
          {
            type: 'link',
            attrs: { href: 'mailto:acta@coop.example', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
          },
        ],
      },
    ])
    expect(plainText).toBe('See the plan or write')
  })

  it('keeps the text but no link for scripts, data and relative targets', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      'data:text/html;base64,PGI+',
      '/boards/x',
      '',
    ]) {
      const { richText, plainText } = htmlToRichText(`<p><a href="${href}">click</a></p>`)
      expect(richText.content[0]?.content).toEqual([{ type: 'text', text: 'click' }])
      expect(plainText).toBe('click')
    }
  })

  it('keeps strike-through and underline from every tag Miro and editors write', () => {
    const { richText } = htmlToRichText('<p><s>old</s> <strike>older</strike> <del>oldest</del> <u>key</u> <ins>new</ins></p>')
    const strike = [{ type: 'strike' }]
    const underline = [{ type: 'underline' }]
    expect(richText.content[0]?.content).toEqual([
      { type: 'text', text: 'old', marks: strike },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'older', marks: strike },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'oldest', marks: strike },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'key', marks: underline },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'new', marks: underline },
    ])
    expect(htmlToRichText('<u><s>both</s></u>').richText.content[0]?.content).toEqual([
      { type: 'text', text: 'both', marks: [{ type: 'strike' }, { type: 'underline' }] },
    ])
  })

  it('decodes entities exactly once', () => {
    expect(htmlToRichText('&amp;lt;b&amp;gt; &#39;quoted&#39; &#x1F600; caf&eacute;&nbsp;x').plainText).toBe(
      "&lt;b&gt; 'quoted' 😀 caf&eacute;\u00a0x",
    )
  })

  it('strips control characters and bidi overrides, written or as entities, from text and links', () => {
    const { plainText, richText } = htmlToRichText(
      '<p>Pay\u0000 \u0007invoice\u202e&#x202E;fdp.exe&#x7;</p><p><a href="https://x.org/\u202e">evil</a></p>',
    )
    expect(plainText).toBe('Pay invoicefdp.exe\nevil')
    expect(JSON.stringify(richText)).not.toMatch(/\\u0000|\\u0007|\u202e|link/)
  })

  it('keeps text of every script as written', () => {
    const text = 'Łódź · 東京の協同組合 · Αθήνα · Kraków · مرحبا · 👩🏽‍💻'
    expect(htmlToRichText(`<p>${text}</p>`).plainText).toBe(text)
  })

  it('gives one empty paragraph for empty content', () => {
    expect(htmlToRichText('').richText).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(htmlToRichText('<p></p>').richText).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})

describe('decodeEntities', () => {
  it('refuses code points that would make invalid text', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd')
    expect(decodeEntities('&__proto__;&constructor;')).toBe('&__proto__;&constructor;')
  })

  it('reads a long run of "&" as written, and still decodes a reference after it', () => {
    const run = '&'.repeat(100_000)
    expect(decodeEntities(run)).toBe(run)
    expect(decodeEntities(`${run}&amp;lt; Łódź ; &#x4E2D;`)).toBe(`${run}&lt; Łódź ; 中`)
  })
})
