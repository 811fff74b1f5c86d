/**
 * From the files a facilitator chose to what the Miro import dialog shows: read (zips
 * unpacked), merged in cursor order, planned as a preview against the board as it is once the
 * files are read. The import itself plans again against the document, in its transaction.
 */
import { planMiroImport, type MiroImportOptions, type MiroImportPlan } from '../../../shared/miro/importMiro'
import { mergeMiroFiles, type MiroWarning } from '../../../shared/miro/pages'
import { readMiroFiles, type MiroFileProblem } from './miroFile'

/** What a choice of files would import, or why it cannot. */
export type PreparedMiroImport =
  { ok: true; value: unknown; plan: MiroImportPlan; warnings: MiroWarning[] } | { ok: false; problem: MiroFileProblem }

/** Reads, merges and plans `files`; `options` is asked once the files are read, so the preview sees the board as it is then. */
export async function prepareMiroImport(files: readonly File[], options: () => MiroImportOptions): Promise<PreparedMiroImport> {
  const read = await readMiroFiles(files)
  if (!read.ok) return { ok: false, problem: read }
  const merged = mergeMiroFiles(read.files)
  if (!merged.ok) return { ok: false, problem: merged }
  const planned = planMiroImport(merged.value, options())
  if (!planned.ok) return { ok: false, problem: planned }
  return { ok: true, value: merged.value, plan: planned.plan, warnings: merged.warnings }
}

/** Numbers the choices made: `begin()` gives a check that stays true until a newer choice begins. */
export function choiceCounter(): { begin: () => () => boolean } {
  let latest = 0
  return {
    begin() {
      const mine = ++latest
      return () => mine === latest
    },
  }
}

/**
 * The file to name with a problem, or null: a problem in one of several files, or in an entry
 * of the one zip chosen, names it; a problem with the one file chosen does not need to.
 */
export function problemFileName(problem: MiroFileProblem, chosen: readonly string[]): string | null {
  if (problem.file === undefined) return null
  return chosen.length === 1 && problem.file === chosen[0] ? null : problem.file
}
