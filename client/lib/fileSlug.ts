/**
 * The readable part of a download name, made from a title: "Asamblea de Octubre — 2025"
 * becomes "asamblea-de-octubre-2025". Accents are dropped rather than the letters they sit on,
 * so names stay legible in every language our coops use.
 */

/** Lower-case ASCII words joined by dashes, at most `maxLength` characters; "board" when nothing is left. */
export function fileSlug(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
  return slug || 'board'
}
