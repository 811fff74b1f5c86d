/**
 * The community's decision register: every closed proposal of every meeting, with its outcome,
 * each coop's stance and the amended text; searched and filtered for the community page and
 * the API, and written as Markdown (in English, like the API's other fixed words) for a
 * download. Pure: the server reads each meeting's document and hands it here.
 */
import type * as Y from 'yjs'
import { decisionLog } from '../decisions/log'
import { DECISIONS_MINUTES_MESSAGES } from '../decisions/minutes.locales'
import { formatMinutesDate } from '../export/date'
import { bullet, escapeMarkdown, heading, joinBlocks } from '../export/markdown'
import { foldedWords, foldForMatch } from '../text/fold'
import { DECISION_OUTCOMES, type DecisionEntry } from './api'

/** One of {@link DECISION_OUTCOMES}. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]

/** The meeting a board document is: what each of its decisions says about where it was taken. */
export interface MeetingRef {
  boardId: string
  title: string
  /** ISO 8601 instant the meeting starts. */
  startsAt: string
}

/** The closed proposals of one meeting's document, in its log order, as register entries. */
export function decisionEntriesOf(doc: Y.Doc, meeting: MeetingRef): DecisionEntry[] {
  return decisionLog(doc).map((entry) => ({
    meetingBoardId: meeting.boardId,
    meetingTitle: meeting.title,
    meetingDate: meeting.startsAt,
    proposalId: entry.proposalId,
    seq: entry.seq,
    text: entry.proposedText,
    amendedText: entry.outcome === 'amended' ? entry.text : null,
    outcome: entry.outcome,
    closedAt: entry.closedAt,
    outcomeNote: entry.outcomeNote,
    // No person's name: the register speaks for coops.
    stances: entry.stances.map(({ coopId, coopName, stance, reason }) => ({ coopId, coopName, stance, reason })),
  }))
}

function timeOf(iso: string): number {
  const at = Date.parse(iso)
  return Number.isNaN(at) ? 0 : at
}

/** Newest first: the latest meeting first, and within a meeting the latest decision (highest number) first. */
export function compareDecisions(a: DecisionEntry, b: DecisionEntry): number {
  return (
    timeOf(b.meetingDate) - timeOf(a.meetingDate) ||
    (a.meetingBoardId < b.meetingBoardId ? -1 : a.meetingBoardId > b.meetingBoardId ? 1 : 0) ||
    b.seq - a.seq ||
    b.closedAt - a.closedAt
  )
}

/** What the register is narrowed to. */
export interface RegisterQuery {
  /** Words that must all appear (folded as names are: case, accents, ł…) in the text, amended text, note or meeting title; '' for all. */
  q: string
  /** Only decisions with this outcome, or null for all. */
  outcome: DecisionOutcome | null
}

/** True when `value` names an outcome of the register. */
export function isDecisionOutcome(value: string): value is DecisionOutcome {
  return (DECISION_OUTCOMES as readonly string[]).includes(value)
}

function searchedText(entry: DecisionEntry): string {
  return foldForMatch([entry.text, entry.amendedText ?? '', entry.outcomeNote ?? '', entry.meetingTitle].join('\n'))
}

/** The entries `query` keeps, in their order. */
export function filterDecisions(entries: readonly DecisionEntry[], query: RegisterQuery): DecisionEntry[] {
  const words = foldedWords(query.q)
  return entries.filter((entry) => {
    if (query.outcome !== null && entry.outcome !== query.outcome) return false
    if (words.length === 0) return true
    const text = searchedText(entry)
    return words.every((word) => text.includes(word))
  })
}

/** The English words of the minutes' decision log, so the register and the minutes say the same. */
const WORDS = DECISIONS_MINUTES_MESSAGES.en.decisions

/** What the Markdown register is about. */
export interface RegisterHeading {
  communityName: string
  query: RegisterQuery
  /** When it was written (ms), shown under the title. */
  at: number
  /** The reader's IANA zone for dates; UTC when missing or unknown. */
  timeZone?: string
}

function queryLine(query: RegisterQuery): string | null {
  const parts: string[] = []
  if (query.q.trim() !== '') parts.push(`matching “${escapeMarkdown(query.q.trim().replace(/\s+/g, ' '))}”`)
  if (query.outcome !== null) parts.push(`outcome: ${WORDS.outcome[query.outcome].toLowerCase()}`)
  return parts.length > 0 ? `*Decisions ${parts.join(', ')}.*` : null
}

/** Text for a heading: escaped, on one line. */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim())
}

function stanceWord(stance: string): string {
  return stance in WORDS.stance ? WORDS.stance[stance as keyof typeof WORDS.stance] : escapeMarkdown(stance)
}

/**
 * One decision: a heading with its number in its meeting's log and its outcome, then its text,
 * the text as proposed when amended, when it was decided, the note, and each coop's stance. A
 * heading rather than an ordered list item: a filtered register skips numbers, and Markdown
 * renumbers a list from its first item.
 */
function decisionBlock(entry: DecisionEntry, date: (at: number) => string): string {
  const blocks = [heading(3, `${entry.seq}. ${WORDS.outcome[entry.outcome]}`), escapeMarkdown(entry.amendedText ?? entry.text)]
  if (entry.amendedText !== null && entry.amendedText !== entry.text) blocks.push(`*${WORDS.asProposed}* ${escapeMarkdown(entry.text)}`)
  blocks.push(`*${WORDS.decidedAt.replace('{{date}}', date(entry.closedAt))}*`)
  if (entry.outcomeNote !== null) blocks.push(`*${WORDS.note}* ${escapeMarkdown(entry.outcomeNote)}`)
  if (entry.stances.length > 0) {
    const reason = (text: string | null) => (text !== null ? `: “${escapeMarkdown(text)}”` : '')
    blocks.push(
      entry.stances
        .map((stance) => bullet(`${escapeMarkdown(stance.coopName)} — ${stanceWord(stance.stance)}${reason(stance.reason)}`))
        .join('\n'),
    )
  }
  return blocks.join('\n\n')
}

/**
 * The register as Markdown: a title, what it was narrowed to, then one section per meeting in
 * the entries' order (newest first), each decision numbered as in its meeting's log, with its
 * outcome, the text as proposed when amended, the note and every coop's stance. Everything
 * people wrote is escaped as in the minutes.
 */
export function registerMarkdown(entries: readonly DecisionEntry[], about: RegisterHeading): string {
  const date = (at: number) => formatMinutesDate(at, about.timeZone)
  const blocks: (string | null)[] = [
    heading(1, `Decision register: ${oneLine(about.communityName)}`),
    `*${entries.length === 1 ? '1 decision' : `${entries.length} decisions`}, as of ${date(about.at)}*`,
    queryLine(about.query),
  ]
  if (entries.length === 0) blocks.push('*No decision yet.*')
  const meetings = new Map<string, DecisionEntry[]>()
  for (const entry of entries) {
    const list = meetings.get(entry.meetingBoardId)
    if (list) list.push(entry)
    else meetings.set(entry.meetingBoardId, [entry])
  }
  for (const list of meetings.values()) {
    const first = list[0]
    if (!first) continue
    const when = first.meetingDate === '' ? '' : ` (${date(timeOf(first.meetingDate))})`
    blocks.push(heading(2, `${oneLine(first.meetingTitle)}${when}`))
    // Within a meeting, in its log's order, as its minutes list them.
    for (const entry of [...list].sort((a, b) => a.seq - b.seq)) blocks.push(decisionBlock(entry, date))
  }
  return joinBlocks(blocks)
}
