/** What a coordinator types one item per line (people, relation labels), read as a list. */
import { stripUnseen } from '../../shared/text/clean'

/** Limits of {@link linesFromText}. */
export interface LineLimits {
  /** Most items kept. */
  max?: number
  /** Longest item kept, in `String.length` units; longer ones are cut. */
  maxLength?: number
}

/** The lines of `text`: hidden characters removed, runs of blanks made one space, trimmed, blank lines and repeats dropped. */
export function linesFromText(text: string, { max = Infinity, maxLength = Infinity }: LineLimits = {}): string[] {
  const lines = stripUnseen(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim().slice(0, maxLength).trimEnd())
    .filter((line) => line !== '')
  return [...new Set(lines)].slice(0, max)
}
