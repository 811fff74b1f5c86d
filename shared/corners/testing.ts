/** Helpers for the corners tests: coops and board records as a board would hold them. */
import type { StoredRecord } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { boxesOverlap, type Box } from '../geometry'
import { mergeRoster, type Coop } from './roster'
import { shapeBox } from '../shapeBounds'

/** A community's 31 member coops, named in many scripts (Polish, Greek, Japanese, Chinese, Korean, Danish, …). */
export const MEMBER_COOPS: readonly string[] = [
  'Cooperativa Sur',
  'Spółdzielnia Kodu',
  'Łódzka Spółdzielnia Programistów',
  'Συνεργατική Αθήνας',
  '神戸コード協同組合',
  '北京开源合作社',
  'Tech Workers Coop',
  'Coopérative Élan',
  'Kooperativa Nord',
  'Cooperativa Pequeña',
  'La Pirámide',
  'Dansk Kodekooperativ',
  'Ñandú Software',
  'Zürcher Genossenschaft',
  'Kobe Code',
  'São Paulo Dev',
  'Øresund Coop',
  'Đà Nẵng Tech',
  'Straße Kollektiv',
  'Ærø Data',
  'Κώδικας Θεσσαλονίκης',
  'Μέλισσα',
  'Sendai Systems',
  '서울 협동조합',
  'Cooperativa Andina',
  'Worker Owned Web',
  'Colectivo Maíz',
  'Hackney Co-op',
  'Agência Livre',
  'Kooperatywa Wrocław',
  'Coop Montréal',
]

/** `count` coop names: "Coop 01", "Coop 02", … */
export function coopNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Coop ${String(i + 1).padStart(2, '0')}`)
}

/** Coops as the roster would hold them after importing `names`, without corners. */
export function rosterOf(names: readonly string[]): Coop[] {
  return mergeRoster(
    [],
    names.map((name) => ({ name })),
  ).added
}

/** A note on `parentId` at (x, y); valid index keys for any n. */
export function noteAt(n: number, x: number, y: number, parentId = 'page:page'): StoredRecord {
  return createNoteRecord({ id: `shape:note${n}`, x, y, index: `a1${n.toString(36)}V`, text: `note ${n}`, parentId })
}

/** Pairs of records among `records` whose boxes overlap (ids), for "nothing covers anything". */
export function overlappingPairs(records: readonly StoredRecord[]): [string, string][] {
  const boxes = records.map((record) => [record.id, shapeBox(record)] as [string, Box | null])
  const pairs: [string, string][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [idA, a] = boxes[i]!
      const [idB, b] = boxes[j]!
      if (a && b && boxesOverlap(a, b)) pairs.push([idA, idB])
    }
  }
  return pairs
}
