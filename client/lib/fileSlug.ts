/**
 * The readable part of a download name, made from a title: "Asamblea de Octubre — 2025"
 * becomes "asamblea-de-octubre-2025". Accents are dropped rather than the letters they sit on,
 * and letters with no accent to drop spelled as people type them without (ł → l, ß → ss), so names stay
 * legible in every language our coops use.
 */
import { foldForMatch } from '../../shared/text/fold'

/** Lower-case ASCII words joined by dashes, at most `maxLength` characters; "board" when nothing is left. */
export function fileSlug(title: string, maxLength = 60): string {
  const slug = foldForMatch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
  return slug || 'board'
}
