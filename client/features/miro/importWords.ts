/**
 * What a Miro import writes into the board and what it says was not carried over, in the
 * reader's language: the placeholders' labels (written into the board, so in the words of
 * the person importing) and the report's "Not carried over" list.
 */
import type { TFunction } from 'i18next'
import type { MiroImportReport } from '../../../shared/miro/importMiro'
import type { MiroImportWords } from '../../../shared/miro/placeholders'

/** The import's words in `t`'s language, for `planMiroImport` and `importMiroIntoDoc`. */
export function miroImportWords(t: TFunction): MiroImportWords {
  return {
    placeholder: (kind, title) => (title === '' ? t(`miro.placeholder.${kind}Untitled`) : t(`miro.placeholder.${kind}`, { title })),
  }
}

/** "authors of 212 items", … : one line per kind of thing not carried over, in the report's order. */
export function lostLines(report: Pick<MiroImportReport, 'lost'>, t: TFunction): string[] {
  return report.lost.map((lost) => t(`miro.lost.${lost.code}`, { count: lost.count }))
}
