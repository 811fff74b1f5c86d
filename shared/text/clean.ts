/**
 * Text that came from outside (a Miro export, a bot, a paste) can hold characters that no
 * reader sees but that change what they read: control characters (NUL, BEL, escape sequences
 * that a terminal or a chat client acts on) and the bidirectional overrides, embeddings and
 * isolates that make text display in another order than it is stored ("Trojan Source").
 * Plenary strips them where text enters (imports) and again where it leaves (every export),
 * so a board made before this rule still exports clean text.
 */

/**
 * Control characters (Unicode's Cc: C0, DEL and C1) but tab and line feed, and the bidirectional embeddings,
 * overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The marks LRM/RLM/ALM stay: they
 * are ordinary punctuation of Arabic and Hebrew writing and reorder nothing around them.
 */
const UNSEEN = /(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu

/** A carriage return is a line break written the Windows way; a lone one is a line break too. */
const CARRIAGE_RETURN = /\r\n?/g

/** `text` without {@link UNSEEN} characters, line breaks written as "\n". Tabs and line feeds stay. */
export function stripUnseen(text: string): string {
  return text.replace(CARRIAGE_RETURN, '\n').replace(UNSEEN, '')
}

/** Whether `text` holds a character that {@link stripUnseen} would remove. */
export function hasUnseen(text: string): boolean {
  UNSEEN.lastIndex = 0
  const found = UNSEEN.test(text) || text.includes('\r')
  UNSEEN.lastIndex = 0
  return found
}
