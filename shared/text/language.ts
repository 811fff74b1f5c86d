/**
 * Choosing among the languages Plenary ships, for the browser's UI and the server's minutes
 * alike: the first preferred tag that names a shipped language exactly, or by its base
 * ("es-AR" → "es"), else English.
 */

/** The language every other falls back to. */
export const FALLBACK_LANGUAGE = 'en'

/** The best shipped language for a list of preferred language tags, most preferred first. */
export function matchLanguage(preferred: readonly string[], shipped: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.trim().toLowerCase()
    const exact = shipped.find((code) => code.toLowerCase() === lower)
    if (exact) return exact
    const base = lower.split('-')[0]
    const byBase = shipped.find((code) => code.toLowerCase() === base)
    if (byBase) return byBase
  }
  return shipped.includes(FALLBACK_LANGUAGE) ? FALLBACK_LANGUAGE : (shipped[0] ?? FALLBACK_LANGUAGE)
}

/** The tags of an `Accept-Language` header, most preferred first ("es-AR,es;q=0.9,en;q=0.5"); `*` and q=0 left out. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim())
      const q = params.find((param) => param.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag)
}
