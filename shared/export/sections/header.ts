/**
 * The top of the minutes: the board's title and when they were taken, then what the features
 * add under it (the next meeting, who came, by coop), each as its own block.
 */
import type { MinutesContext } from '../context'
import { escapeMarkdown, heading } from '../markdown'
import type { MinutesHeaderPart, MinutesSection } from '../parts'

/** Title and date, then the features' `parts` that have something to say, in this order. */
export function headerSection(parts: readonly MinutesHeaderPart[]): MinutesSection {
  return (context: MinutesContext) => {
    const { info } = context
    const title = `${heading(1, escapeMarkdown(info.title.trim() || context.t('minutes.untitledBoard')))}\n\n*${context.t('minutes.takenAt', { date: context.date(info.at) })}*`
    const blocks = parts.map((part) => part(context)).filter((block): block is string => block !== null)
    return [title, ...blocks].join('\n\n')
  }
}
