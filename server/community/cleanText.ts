/** How the community's routes store text from outside: hidden characters stripped (shared/text/clean.ts). */
import { stripUnseen } from '../../shared/text/clean'

/** A name or title as stored: hidden characters stripped, white space collapsed. */
export function cleanLine(text: string): string {
  return stripUnseen(text).replace(/\s+/g, ' ').trim()
}

/** A description as stored: hidden characters stripped, lines kept. */
export function cleanText(text: string): string {
  return stripUnseen(text).trim()
}
