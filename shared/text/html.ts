/** Text put into HTML that is built as a string (a paste for tldraw, a drawing page). */

/** `text` safe inside HTML text and in a quoted attribute: the five characters that could end either, as numeric references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
