/**
 * HTML character references in Miro's content, decoded exactly once: "&amp;lt;" is the text
 * "&lt;", not "<". Only the entities Miro and common editors write are known; any other stays
 * as written, as does anything malformed.
 */

/** Named entities Miro and common editors write; others stay as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  deg: '°',
  times: '×',
  shy: '',
}

/** The longest reference we read after '&', ';' included: names are short, and a far-off ';' belongs to something else. */
const MAX_REFERENCE_LENGTH = 12

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X'
    const digits = hex ? name.slice(2) : name.slice(1)
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null
    const code = Number.parseInt(digits, hex ? 16 : 10)
    // No NUL, surrogates or out-of-range code points: they would make invalid text.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
    return String.fromCodePoint(code)
  }
  return Object.hasOwn(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] ?? null) : null
}

/** Decodes character references in a piece of text, in one pass; anything malformed stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const amp = text.indexOf('&', i)
    if (amp < 0) {
      out += text.slice(i)
      break
    }
    out += text.slice(i, amp)
    // Only within reach of the '&': searching to the end for each '&' is quadratic on a run of them.
    const reference = text.slice(amp + 1, amp + 1 + MAX_REFERENCE_LENGTH)
    const semi = reference.indexOf(';')
    const decoded = semi < 0 ? null : decodeEntity(reference.slice(0, semi))
    if (decoded === null) {
      out += '&'
      i = amp + 1
    } else {
      out += decoded
      i = amp + semi + 2
    }
  }
  return out
}
