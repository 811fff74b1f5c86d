/**
 * Sticky-note records as plain JSON, for code that has no tldraw editor: bots, the server,
 * tests and importers. The records match tldraw 5.4's note schema (see notes.test.ts).
 */
import type { NoteAuthor } from './participant'

/** tldraw's default page id, where notes go unless told otherwise. */
export const DEFAULT_PAGE_ID = 'page:page'

/** The tldraw note colours. */
export const NOTE_COLORS = [
  'black',
  'grey',
  'light-violet',
  'violet',
  'blue',
  'light-blue',
  'yellow',
  'orange',
  'green',
  'light-green',
  'light-red',
  'red',
  'white',
] as const
export type NoteColor = (typeof NOTE_COLORS)[number]

/** TipTap rich text as tldraw stores it. */
export interface RichTextDoc {
  type: 'doc'
  content: { type: 'paragraph'; content?: { type: 'text'; text: string }[] }[]
}

/** Plain text → tldraw rich text, one paragraph per line. */
export function plainTextToRichText(text: string): RichTextDoc {
  return {
    type: 'doc',
    content: text
      .split('\n')
      .map((line) =>
        line === '' ? { type: 'paragraph' as const } : { type: 'paragraph' as const, content: [{ type: 'text' as const, text: line }] },
      ),
  }
}

/** What a new note needs; everything else gets tldraw's defaults. */
export interface NewNote {
  /** A tldraw shape id: "shape:" followed by a unique string. */
  id: string
  x: number
  y: number
  text: string
  /** A fractional index key ordering the note among its siblings, e.g. "a1". */
  index: string
  color?: NoteColor
  author?: NoteAuthor
  parentId?: string
}

/** The props of a tldraw 5.4 note: `richText` is the label, `scale` 1 is the 200 × 200 note. */
export function noteProps<Text>(note: { color: NoteColor; richText: Text; scale: number }) {
  return {
    color: note.color,
    labelColor: 'black',
    size: 'm',
    font: 'draw',
    // A multiplier of the label size in tldraw 5 (0 draws no text); tldraw refits it when the text is edited.
    fontSizeAdjustment: 1,
    align: 'middle',
    verticalAlign: 'middle',
    growY: 0,
    url: '',
    richText: note.richText,
    scale: note.scale,
    textLastEditedBy: null,
  }
}

/** A complete tldraw note shape record as plain JSON. */
export function createNoteRecord(note: NewNote): Record<string, unknown> & { id: string; typeName: 'shape' } {
  return {
    id: note.id,
    typeName: 'shape',
    type: 'note',
    x: note.x,
    y: note.y,
    rotation: 0,
    index: note.index,
    parentId: note.parentId ?? DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: note.author ? { author: { ...note.author } } : {},
    props: noteProps({ color: note.color ?? 'yellow', richText: plainTextToRichText(note.text), scale: 1 }),
  }
}
