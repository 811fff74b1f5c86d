/** Miro's HTML → tldraw rich text → the minutes' Markdown: what a facilitator pastes into the chat. */
import { describe, expect, it } from 'vitest'
import { richTextToMarkdown, richTextToPlainText } from '../export/richText'
import { htmlToRichText } from './htmlText'

function roundTrip(html: string): string {
  return richTextToMarkdown(htmlToRichText(html).richText)
}

describe('Miro rich text in the minutes', () => {
  it('keeps a link with its exact address, query string and fragment', () => {
    expect(roundTrip('<p>See <a href="https://example.org/a?x=1&amp;y=2#z">the plan</a>.</p>')).toBe(
      'See [the plan](https://example.org/a?x=1&y=2#z).',
    )
  })

  it('writes an address that holds spaces, parentheses or entity-like text so the link cannot break', () => {
    expect(roundTrip('<a href="https://es.wikipedia.org/wiki/Cooperativa_(econom%C3%ADa) x">wiki</a>')).toBe(
      '[wiki](https://es.wikipedia.org/wiki/Cooperativa_%28econom%C3%ADa%29%20x)',
    )
    expect(roundTrip('<a href="https://x.org/?a=1&amp;copy;=2">q</a>')).toBe('[q](https://x.org/?a=1&amp;copy;=2)')
  })

  it('keeps a script link as text only', () => {
    expect(roundTrip('<p><a href="javascript:alert(1)">[click](javascript:alert(1))</a></p>')).toBe('\\[click\\](javascript:alert(1))')
  })

  it('keeps strike-through as ~~ and underline as emphasis', () => {
    expect(roundTrip('<p><s>2026 budget</s> <del>old</del> <u>agreed</u> today</p>')).toBe('~~2026 budget old~~ *agreed* today')
  })

  it('nests marks in links and keeps white space outside the markers', () => {
    expect(roundTrip('<p><a href="mailto:acta@coop.example">write <strong>to us </strong></a>now</p>')).toBe(
      '[write **to us**](mailto:acta@coop.example) now',
    )
  })

  it('decodes entities once on the way in and escapes them on the way out', () => {
    const richText = htmlToRichText('<p>&amp;lt;b&amp;gt; &lt;i&gt; Tom &amp; Jerry &#39;ok&#39; &#x1F600;</p>').richText
    expect(richTextToPlainText(richText)).toBe("&lt;b&gt; <i> Tom & Jerry 'ok' 😀")
    expect(richTextToMarkdown(richText)).toBe("\\&lt;b\\&gt; \\<i\\> Tom & Jerry 'ok' 😀")
  })

  it('passes every script through unchanged', () => {
    const text = 'Łódź · 東京の協同組合 · Αθήνα · José Núñez · 👩🏽‍💻'
    expect(roundTrip(`<p><s>${text}</s></p>`)).toBe(`~~${text}~~`)
  })
})
