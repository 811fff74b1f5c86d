/**
 * Folding text for matching what people type against names: one folding for every place that
 * matches coop names (the join dialog's picker, the directory search, roster headers, file
 * names), so "spoldzielnia" finds "Spółdzielnia Kodu" wherever it is typed. Pure.
 */

/**
 * Letters that Unicode does not decompose into a base letter and a mark, so stripping marks
 * leaves them as they are; people typing without them write these instead. Lower case only:
 * folding lowers the text first (Ł, Ø, Đ, Ð, ẞ, Æ, Œ, Þ lower to the keys below).
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
}
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu')

/**
 * `text` without the accents of Latin, Greek and Cyrillic letters ("Súr" → "Sur", "Κώδικας" →
 * "Κωδικας"), compatibility forms unfolded ("ﬁ" → "fi"), in NFC. Marks in other scripts stay:
 * there a combining mark changes the word (Japanese コード "code" and コート "coat" differ by one).
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '')
    .normalize('NFC')
}

/**
 * `text` folded for matching: lower case, accents stripped ({@link stripAccents}), and the
 * letters without a decomposition spelled as people type them without (ł → l, ø → o, đ and
 * ð → d, ß → ss, æ → ae, œ → oe, ı → i, þ → th). Spaces and punctuation are kept.
 */
export function foldForMatch(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter)
}

/** Runs of letters and digits joined by single dashes, with none at either end ("" when none). */
export function dashWords(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')
}

/** The words of `text` once folded ({@link foldForMatch}): runs of letters and digits. */
export function foldedWords(text: string): string[] {
  return foldForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/**
 * One key for names that people would call the same ("Spółdzielnia Kodu", "spoldzielnia
 * kodu", "SPOLDZIELNIA-KODU"): folded, punctuation and spacing collapsed to single dashes.
 */
export function matchKey(text: string): string {
  return dashWords(foldForMatch(text))
}
