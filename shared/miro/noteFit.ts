/**
 * How small a note's text must be drawn to fit its square, as Miro draws a sticky's text.
 * tldraw fits a note's text when it is typed (it shrinks the font to fit the width, then grows
 * the note downwards), but not when a note arrives written by someone else, as an import does:
 * a long Miro sticky would spill its text over its neighbours. So the import estimates the
 * font size at which the text fills the square, from its length per paragraph, and stores it
 * as tldraw's `fontSizeAdjustment`; tldraw fits the note again when someone edits it.
 */

/** tldraw 5.4.2's note: 200 px square, text 22 px (size "m": 1.375 × 16), 16 px padding. */
const NOTE_SIDE = 200
const LABEL_FONT_SIZE = 22
const PADDING = 16

/** Shantell Sans, tldraw's note font: its average character is about 0.6 em wide, its lines 1.35 em. */
const CHAR_WIDTH_EM = 0.6
const LINE_HEIGHT_EM = 1.35

/** Han, kana and Hangul are drawn (by the fallback font) about 1 em wide. */
const WIDE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const WIDE_CHAR_WIDTH_EM = 1

/** The width of `paragraph` on one line, in em. */
function emWidth(paragraph: string): number {
  let em = 0
  for (const char of paragraph) em += WIDE_CHAR.test(char) ? WIDE_CHAR_WIDTH_EM : CHAR_WIDTH_EM
  return em
}

/** Below this the text is not readable at 100 % zoom anyway; the note's text then runs past it. */
const MIN_FONT_SIZE = 6

/** The lines paragraphs `ems` wide take at `fontSize` in the note's text box. */
function linesAt(ems: readonly number[], fontSize: number, width: number): number {
  return ems.reduce((lines, em) => lines + Math.max(1, Math.ceil((em * fontSize) / width)), 0)
}

/** tldraw's `fontSizeAdjustment` for a note holding `plainText` (paragraphs split by "\n"): 1 when it fits as it is. */
export function noteFontAdjustment(plainText: string): number {
  const box = NOTE_SIDE - 2 * PADDING
  const ems = plainText.split('\n').map(emWidth)
  for (let size = LABEL_FONT_SIZE; size > MIN_FONT_SIZE; size -= 0.5) {
    if (linesAt(ems, size, box) * LINE_HEIGHT_EM * size <= box) return size / LABEL_FONT_SIZE
  }
  return MIN_FONT_SIZE / LABEL_FONT_SIZE
}
