/**
 * Reading the Miro export a facilitator chose: one or several JSON files (Miro's pages), or
 * zips of them. Everything here is untrusted, so sizes are checked before anything is read:
 * the number of files and their size as chosen, then one budget for the whole choice (JSON
 * files plus zip entries, and their unpacked bytes), spent from each zip's directory before
 * any entry is inflated: a small zip can unpack to gigabytes, and so can 250 of them together.
 * A zip inside the zip is refused.
 */
import { unzipSync } from 'fflate'
import { MAX_MIRO_FILE_BYTES, parseMiroJson } from '../../../shared/miro/input'
import type { MiroErrorCode, MiroMessageParams } from '../../../shared/miro/messages'
import type { MiroFileValue } from '../../../shared/miro/pages'

/** At most this many JSON files in the whole choice, zips' entries included: 10,000 items are 200 pages of 50, plus connectors. */
export const MAX_MIRO_FILES = 250

/** All chosen files together, zips unpacked, stay under this. */
export const MAX_MIRO_TOTAL_BYTES = 32 * 1024 * 1024

/** What the rest of a choice may still read: JSON files and unpacked bytes. Spent as files are read. */
export interface MiroReadBudget {
  entries: number
  bytes: number
}

/** The budget of one whole choice. */
export function choiceBudget(): MiroReadBudget {
  return { entries: MAX_MIRO_FILES, bytes: MAX_MIRO_TOTAL_BYTES }
}

const MB = 1024 * 1024

/** Why a chosen file cannot be used: a code the dialog says as "miro.errors.<code>". */
export interface MiroFileProblem {
  code: MiroErrorCode | 'unreadable' | 'viewOnly' | 'tooManyEntries'
  params?: MiroMessageParams
  /** The file it concerns, when several were chosen. */
  file?: string
}

/** What was read, or why nothing can be. */
export type MiroFilesResult = { ok: true; files: MiroFileValue[] } | ({ ok: false } & MiroFileProblem)

/** A refusal thrown from inside fflate's entry filter, which stops the unzipping. */
class ZipRefused extends Error {
  constructor(readonly problem: MiroFileProblem) {
    super(problem.code)
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
}

function isZipName(name: string): boolean {
  return /\.zip$/i.test(name)
}

/** Refusals once the choice's budget is spent, though each file alone may fit. */
const OVER_BUDGET = {
  entries: { code: 'tooManyEntries', params: { max: MAX_MIRO_FILES } },
  bytes: { code: 'filesTooLarge', params: { max: MAX_MIRO_TOTAL_BYTES / MB } },
} as const satisfies Record<string, MiroFileProblem>

/** Spends one JSON file of `bytes` from `budget`; why not, when the choice is over it. */
function spend(budget: MiroReadBudget, bytes: number): MiroFileProblem | null {
  budget.entries--
  budget.bytes -= bytes
  if (budget.entries < 0) return OVER_BUDGET.entries
  return budget.bytes < 0 ? OVER_BUDGET.bytes : null
}

/**
 * The JSON entries of a zip, as text; limits checked from the zip's directory before inflating,
 * for the zip and for `budget`, what the rest of the choice may still read (spent here).
 */
export function readZipEntries(
  bytes: Uint8Array,
  zipName: string,
  budget: MiroReadBudget = choiceBudget(),
): { ok: true; entries: { name: string; text: string }[] } | ({ ok: false } & MiroFileProblem) {
  let count = 0
  let unpacked = 0
  let unpackedEntries: Record<string, Uint8Array>
  try {
    unpackedEntries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/')) return false
        if (isZipName(entry.name)) throw new ZipRefused({ code: 'zipNested', params: { file: entry.name }, file: zipName })
        if (!/\.json$/i.test(entry.name)) return false
        count++
        unpacked += entry.originalSize
        if (count > MAX_MIRO_FILES) throw new ZipRefused({ code: 'zipTooManyEntries', params: { max: MAX_MIRO_FILES }, file: zipName })
        if (entry.originalSize > MAX_MIRO_FILE_BYTES) throw new ZipRefused({ code: 'fileTooLarge', file: entry.name })
        if (unpacked > MAX_MIRO_TOTAL_BYTES)
          throw new ZipRefused({ code: 'zipTooLarge', params: { max: MAX_MIRO_TOTAL_BYTES / MB }, file: zipName })
        const over = spend(budget, entry.originalSize)
        if (over) throw new ZipRefused(over)
        return true
      },
    })
  } catch (error) {
    if (error instanceof ZipRefused) return { ok: false, ...error.problem }
    return { ok: false, code: 'notZip', file: zipName }
  }
  const decoder = new TextDecoder()
  const entries: { name: string; text: string }[] = []
  for (const [name, content] of Object.entries(unpackedEntries)) {
    // A zip named .json is still a zip inside the zip.
    if (startsWithZipMagic(content)) return { ok: false, code: 'zipNested', params: { file: name }, file: zipName }
    entries.push({ name, text: decoder.decode(content) })
  }
  return { ok: true, entries }
}

/** The text of each JSON file among `files`, zips unpacked, with their names; all read within `budget`. */
async function readTexts(
  files: readonly File[],
  budget: MiroReadBudget,
): Promise<{ ok: true; texts: { name: string; text: string }[] } | ({ ok: false } & MiroFileProblem)> {
  const texts: { name: string; text: string }[] = []
  for (const file of files) {
    if (!isZipName(file.name) && file.size > MAX_MIRO_FILE_BYTES) return { ok: false, code: 'fileTooLarge', file: file.name }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      return { ok: false, code: 'unreadable', file: file.name }
    }
    if (isZipName(file.name) || startsWithZipMagic(bytes)) {
      const zip = readZipEntries(bytes, file.name, budget)
      if (!zip.ok) return zip
      texts.push(...zip.entries)
    } else {
      const over = spend(budget, bytes.length)
      if (over) return { ok: false, ...over }
      texts.push({ name: file.name, text: new TextDecoder().decode(bytes) })
    }
  }
  return { ok: true, texts }
}

/**
 * The parsed JSON of every chosen file (zips unpacked), or why the choice cannot be used,
 * naming the file when there are several.
 */
export async function readMiroFiles(files: readonly File[]): Promise<MiroFilesResult> {
  if (files.length > MAX_MIRO_FILES) return { ok: false, code: 'tooManyFiles', params: { count: files.length, max: MAX_MIRO_FILES } }
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total > MAX_MIRO_TOTAL_BYTES) return { ok: false, code: 'filesTooLarge', params: { max: MAX_MIRO_TOTAL_BYTES / MB } }
  const read = await readTexts(files, choiceBudget())
  if (!read.ok) return read
  const values: MiroFileValue[] = []
  for (const { name, text } of read.texts) {
    const parsed = parseMiroJson(text)
    if (!parsed.ok) return { ok: false, code: parsed.code, ...(parsed.params ? { params: parsed.params } : {}), file: name }
    values.push({ name, value: parsed.value })
  }
  return { ok: true, files: values }
}
