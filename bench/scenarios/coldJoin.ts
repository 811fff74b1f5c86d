/**
 * Scenario (c), cold join, with (d)'s memory per loaded room: a board of 5,000 sticky notes;
 * a new client joins and we count the bytes its socket reads until it is synced, and the time
 * that takes on loopback. For Plenary the room is also joined truly cold (unloaded, read back
 * from SQLite), and with permessage-deflate on, which a browser negotiates by itself.
 */
import { gzipSync } from 'node:zlib'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { testNote } from '../../server/testing/testNotes'
import { createRng, type Rng } from '../lib/prng'
import { processRssBytes } from '../lib/procstat'
import { startBenchServer, type ServerKind } from '../lib/servers'
import type { Target } from '../lib/protocol'
import { connectCountingClient, type CountingClient } from '../lib/singleClient'

/** What one cold join measured. */
export interface ColdJoinResult {
  scenario: 'coldjoin'
  server: ServerKind
  variant: string
  notes: number
  /** Bytes the joining client's socket read until synced (as they travelled). */
  wireBytes: number
  /** Whether those bytes travelled permessage-deflate compressed. */
  deflate: boolean
  /** gzip size of the synced document's state, what compression could reach. */
  stateGzipBytes: number
  syncedMs: number
  /** Server resident memory the loaded room added (RSS delta, one connection included). */
  roomMB: number | null
}

/** How many notes a cold-join board holds (also the render scenario's board). */
export const NOTES = 5000
const SEED_BATCH = 1000
const WORDS = [
  'we',
  'should',
  'rotate',
  'facilitation',
  'every',
  'month',
  'between',
  'coops',
  'propuesta',
  'asamblea',
  'budget',
  'for',
  'the',
  'shared',
  'hosting',
  'cooperación',
  'onboarding',
  'new',
  'members',
  'time',
  'zones',
  'vote',
  'on',
  'decisión',
  'travel',
  'fund',
  'mentoring',
  'open',
  'source',
  'licence',
  'revisar',
  'estatutos',
  'next',
  'meeting',
  'working',
  'group',
]

/** 40–80 characters of meeting words, so compression sees text like a real board's. */
function sentence(rng: Rng): string {
  const target = rng.int(40, 80)
  let text = ''
  while (text.length < target) text += `${text ? ' ' : ''}${WORDS[rng.int(0, WORDS.length - 1)] ?? 'x'}`
  return text
}

/**
 * Fills the room behind `target` with the benchmark's 5,000 notes (the same ones every run)
 * and resolves once a second client, synced from the server, holds them all. Returns the
 * seeder, still connected; the caller destroys it.
 */
export async function seedNotes(target: Target): Promise<CountingClient> {
  const seeder = connectCountingClient(target, { deflate: false })
  if (!(await seeder.synced)) throw new Error('seeder did not sync')
  const records = recordsMap(seeder.doc)
  const rng = createRng(5000)
  // Plenary's policy takes at most 2,000 changed records per update (server/policy/limits.ts).
  for (let from = 1; from <= NOTES; from += SEED_BATCH) {
    seeder.doc.transact(() => {
      for (let n = from; n < from + SEED_BATCH && n <= NOTES; n++) {
        records.set(`shape:n${n}`, testNote(n, rng.int(0, 40_000), sentence(rng)))
      }
    })
  }
  // A second client syncing proves the server holds all of it.
  const check = connectCountingClient(target, { deflate: false })
  await check.synced
  const deadline = Date.now() + 60_000
  while (recordsMap(check.doc).size < NOTES && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  check.destroy()
  return seeder
}

async function seed(kind: ServerKind, env: Record<string, string>, variant: { cold: boolean; deflate: boolean }): Promise<ColdJoinResult> {
  const server = await startBenchServer(kind, env)
  try {
    const target = await server.newRoom('cold join')
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rssBefore = processRssBytes(server.pid)
    const seeder = await seedNotes(target)
    if (variant.cold) {
      seeder.destroy()
      // Plenary unloads the empty room (ROOM_IDLE_UNLOAD_MS) and reads it back from SQLite on join.
      await new Promise((resolve) => setTimeout(resolve, 2500))
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    const started = performance.now()
    const joiner = connectCountingClient(target, { deflate: variant.deflate })
    const ok = await joiner.synced
    const syncedMs = performance.now() - started
    if (!ok || recordsMap(joiner.doc).size < NOTES) throw new Error(`joiner holds ${recordsMap(joiner.doc).size} notes`)
    const wireBytes = joiner.bytesRead()
    const deflate = joiner.compressed()
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rssLoaded = processRssBytes(server.pid)
    const stateGzipBytes = gzipSync(Y.encodeStateAsUpdate(joiner.doc)).byteLength
    joiner.destroy()
    if (!variant.cold) seeder.destroy()
    return {
      scenario: 'coldjoin',
      server: kind,
      variant: `${variant.cold ? 'room unloaded' : 'room loaded'}${variant.deflate ? ', PER_MESSAGE_DEFLATE_BYTES=65536' : ''}`,
      notes: NOTES,
      wireBytes,
      deflate,
      stateGzipBytes,
      syncedMs: Math.round(syncedMs),
      roomMB: rssBefore === null || rssLoaded === null ? null : Math.round(((rssLoaded - rssBefore) / 2 ** 20) * 10) / 10,
    }
  } finally {
    await server.stop()
  }
}

/** Runs the cold join against `kinds`; Plenary also cold from storage and with deflate offered. */
export async function runColdJoin(kinds: readonly ServerKind[]): Promise<ColdJoinResult[]> {
  const results: ColdJoinResult[] = []
  for (const kind of kinds) {
    results.push(await seed(kind, {}, { cold: false, deflate: false }))
    if (kind === 'plenary') {
      results.push(await seed(kind, { ROOM_IDLE_UNLOAD_MS: '1000' }, { cold: true, deflate: false }))
      // permessage-deflate on for frames of 64 KiB and more: only a join's sync step 2 is that big.
      results.push(await seed(kind, { ROOM_IDLE_UNLOAD_MS: '1000', PER_MESSAGE_DEFLATE_BYTES: '65536' }, { cold: true, deflate: true }))
    }
  }
  return results
}
