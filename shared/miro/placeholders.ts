/**
 * Images, documents and embeds need content from another host, which Plenary never fetches.
 * Each becomes a visible placeholder where it was, at its size: a dashed grey rectangle that
 * says what was there and what to do ("Image “Survey results.png” — upload it to the board").
 * Those words are written into the board, so they come from the person importing, in their
 * language (`MiroImportWords`, the client passes its translations); this module stays
 * language-free but for an English default for tests and the server. No URL is ever read: a
 * title that holds one is left out.
 */
import { plainTextToRichText } from '../notes'
import { stripUnseen } from '../text/clean'
import type { HtmlTextResult } from './htmlText'
import type { MiroItem } from './input'
import { frameTitle } from './itemText'

/** Miro types that become placeholders. */
export const PLACEHOLDER_TYPES = ['image', 'document', 'embed'] as const

/** One of {@link PLACEHOLDER_TYPES}. */
export type PlaceholderKind = (typeof PLACEHOLDER_TYPES)[number]

/** Whether Miro items of `type` become placeholders. */
export function isPlaceholderType(type: string): type is PlaceholderKind {
  return (PLACEHOLDER_TYPES as readonly string[]).includes(type)
}

/** The words an import writes into the board, in the importer's language. */
export interface MiroImportWords {
  /** The label of a placeholder for an item of `kind` titled `title` ('' when it has none). */
  placeholder(kind: PlaceholderKind, title: string): string
}

/** English words, for the server and tests; the client passes its own translations. */
export const ENGLISH_WORDS: MiroImportWords = {
  placeholder(kind, title) {
    const named = title === '' ? '' : ` “${title}”`
    switch (kind) {
      case 'image':
        return `Image${named} — upload it to the board`
      case 'document':
        return `Document${named} — share it with the assembly another way`
      case 'embed':
        return `Embedded content${named} — not shown: Plenary loads nothing from other sites`
    }
  },
}

/** Anything that could be read as an address: such a title is left out, never written. */
const LOOKS_LIKE_URL = /:\/\/|^\s*(?:data|javascript|blob|file):|url\(|^\s*\/\/|\bwww\./i

/** The item's title as one clean line, or '' when it has none or it looks like a URL. */
export function placeholderTitle(item: MiroItem): string {
  const title = stripUnseen(frameTitle(item)).trim()
  return LOOKS_LIKE_URL.test(title) ? '' : title
}

/** The placeholder's label for `item`, in `words`. */
export function placeholderText(item: MiroItem & { type: PlaceholderKind }, words: MiroImportWords): HtmlTextResult {
  const plainText = stripUnseen(words.placeholder(item.type, placeholderTitle(item)))
  return { richText: plainTextToRichText(plainText), plainText, truncated: false }
}
