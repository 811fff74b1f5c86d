import { describe, expect, it } from 'vitest'
import { classifyPastedUrl, linkHtml, looksLikeImageUrl, parseHttpUrl } from './pastedLinks'

describe('looksLikeImageUrl', () => {
  it('recognises image files by their path, whatever the case or query', () => {
    for (const url of [
      'https://example.com/photo.png',
      'https://example.com/a/b/photo.JPG?w=300',
      'http://cdn.example.org/x.jpeg#frag',
      'https://example.com/anim.gif',
      'https://example.com/pic.webp',
      'https://example.com/logo.svg',
      'https://example.com/pic.avif',
      'https://example.com/my%20pic.png',
      'data:image/png;base64,AAAA',
    ]) {
      expect(looksLikeImageUrl(url), url).toBe(true)
    }
  })

  it('does not take pages, or a query mentioning an image, for one', () => {
    for (const url of [
      'https://example.com/',
      'https://example.com/png',
      'https://example.com/page?img=a.png',
      'https://www.youtube.com/watch?v=abc',
      'https://example.com/report.pdf',
      'not a url.png',
    ]) {
      expect(looksLikeImageUrl(url), url).toBe(false)
    }
  })
})

describe('linkHtml', () => {
  it('makes one link opened in a new tab, its text the URL', () => {
    expect(linkHtml('https://coop.example/agenda')).toBe(
      '<p><a href="https://coop.example/agenda" target="_blank" rel="noopener noreferrer nofollow">https://coop.example/agenda</a></p>',
    )
  })

  it('escapes what could break out of the attribute or the text', () => {
    const html = linkHtml('https://example.com/?q="><img src=x onerror=alert(1)>')
    expect(html).not.toContain('<img')
    // Only the paragraph and the link open or close tags, and only three attributes are set.
    expect(html?.match(/</g)).toHaveLength(4)
    expect(html?.match(/="/g)).toHaveLength(3)
  })

  it('refuses anything but http and https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'hello']) {
      expect(linkHtml(url), url).toBeNull()
      expect(parseHttpUrl(url), url).toBeNull()
    }
  })
})

describe('classifyPastedUrl', () => {
  it('turns a page URL into a link, an image URL into a refusal', () => {
    expect(classifyPastedUrl(' https://www.youtube.com/watch?v=abc ')).toMatchObject({
      kind: 'link',
      url: 'https://www.youtube.com/watch?v=abc',
    })
    expect(classifyPastedUrl('https://example.com/cat.png')).toEqual({ kind: 'image-url' })
    expect(classifyPastedUrl('about:blank#blocked')).toEqual({ kind: 'invalid' })
  })
})
