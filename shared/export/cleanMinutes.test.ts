/** The minutes keep notes' links and marks, and let no hidden character through. */
import { describe, expect, it } from 'vitest'
import { asStoredRecord, recordsMap } from '../boardDoc'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { boardMinutes } from './minutes'
import { assemblyBoard, INFO, withAnonymousArea } from './testing'

const HIDDEN = ['\u0000', '\u0007', '\u202e', '\u2066', '\u0085']

function boardWithNote(richText: object, text = '') {
  const doc = assemblyBoard()
  const note = createNoteRecord({ id: 'shape:hostile', x: 5000, y: 5000, index: 'a1', text, parentId: DEFAULT_PAGE_ID })
  recordsMap(doc).set(note.id, text === '' ? { ...note, props: { ...(note.props as object), richText } } : note)
  return doc
}

describe('the minutes of notes with hidden characters and marks', () => {
  it('strip NUL, BEL, C1 controls and bidi overrides from typed or imported text', () => {
    const doc = boardWithNote({}, 'Pay\u0000 the \u0007invoice\u202efdp.exe\u2066 \u0085Łódź 東京 Αθήνα 👩🏽‍💻')
    const text = boardMinutes(doc, { ...INFO, title: 'Asamblea\u202e de diciembre\u0007' })
    for (const hidden of HIDDEN) expect(text).not.toContain(hidden)
    expect(text).toContain('- Pay the invoicefdp.exe Łódź 東京 Αθήνα 👩🏽‍💻')
    expect(text).toContain('# Asamblea de diciembre')
    // The rest of the board is as it was: the other notes in every script pass unchanged.
    expect(text).toContain('- 協同組合の連携を強める — *Kenji · Coop 02*')
  })

  it('write a note’s links, strike-through and underline as Markdown', () => {
    const link = { type: 'link', attrs: { href: 'https://example.org/a?x=1&y=2#z' } }
    const doc = boardWithNote({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Read ' },
            { type: 'text', text: 'the plan', marks: [link] },
            { type: 'text', text: ', not ' },
            { type: 'text', text: 'the draft', marks: [{ type: 'strike' }] },
            { type: 'text', text: ' — ' },
            { type: 'text', text: 'today\u202e', marks: [{ type: 'underline' }] },
          ],
        },
      ],
    })
    expect(boardMinutes(doc, INFO)).toContain('- Read [the plan](https://example.org/a?x=1&y=2#z), not ~~the draft~~ — *today*')
  })

  it('strip hidden characters before escaping, so none can hide a mention, a heading, an entity or a list', () => {
    const doc = withAnonymousArea(boardWithNote({}, 'Ping @\u0000channel'))
    const heading = createNoteRecord({
      id: 'shape:heading',
      x: 5200,
      y: 5000,
      index: 'a2',
      text: '\u0000# Heading',
      parentId: DEFAULT_PAGE_ID,
    })
    recordsMap(doc).set(heading.id, heading)
    const frame = asStoredRecord(recordsMap(doc).get('shape:anon-frame'))
    recordsMap(doc).set('shape:anon-frame', { ...frame, props: { ...(frame?.props as object), name: '1\u0000. Łódź' } })
    const text = boardMinutes(doc, { ...INFO, title: 'R&\u0007amp;D' })
    for (const hidden of HIDDEN) expect(text).not.toContain(hidden)
    expect(text).toContain('- Ping @\u2060channel')
    expect(text).toContain('- \\# Heading')
    expect(text).toContain('# R\\&amp;D')
    expect(text).toContain('### 1\\. Łódź')
  })
})
