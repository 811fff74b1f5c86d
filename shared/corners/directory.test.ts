import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import type { Participant } from '../participant'
import { cornerIdFor } from './cornerRecord'
import { closestEntries, directoryEntries, filterDirectory } from './directory'
import { planRosterImport } from './importPlan'
import { noteAt } from './testing'

const plan = planRosterImport({
  coops: [],
  records: [],
  rows: [
    { name: 'Cooperativa Sur', country: 'Argentina' },
    { name: 'Tech Workers Coop', country: 'USA' },
    { name: 'Kobe Code', country: 'Japón' },
  ],
  pageId: 'page:page',
})
const sur = cornerIdFor('cooperativa-sur')
const kobe = cornerIdFor('kobe-code')
const group: StoredRecord = {
  id: 'shape:group',
  typeName: 'shape',
  type: 'group',
  x: 10,
  y: 10,
  rotation: 0,
  parentId: sur,
  index: 'a1',
  props: {},
}
const innerGroup: StoredRecord = { ...group, id: 'shape:inner', parentId: 'shape:group' }
const records: StoredRecord[] = [
  ...plan.corners,
  noteAt(1, 10, 10, sur),
  noteAt(2, 300, 10, sur),
  noteAt(3, 10, 10, 'shape:group'), // in a group inside Sur's corner: counts
  noteAt(4, 10, 10, 'shape:inner'), // two levels down: does not
  noteAt(5, 10, 10, kobe),
  noteAt(6, 5000, 5000), // on the page
  group,
  innerGroup,
  { ...noteAt(7, 0, 0, sur), type: 'geo' }, // not a note
]
const person = (id: string, name: string, coop: string): Participant => ({ id, name, coop, color: '#1d4ed8' })

describe('directoryEntries', () => {
  it('lists every coop by name with its notes, corner and the people online from it', () => {
    const peers = [
      person('p1', 'Luis', 'cooperativa sur'),
      person('p2', 'Ana', 'Cooperativa Súr'),
      person('p2', 'Ana', 'Cooperativa Súr'), // a second tab of the same person
      person('p3', 'Kenji', 'Kobe Code'),
      person('p4', 'Mia', ''),
      person('p5', 'Zoe', 'Not On The Roster'),
    ]
    const entries = directoryEntries(plan.coops, records, peers)
    expect(entries.map((e) => [e.coop.name, e.noteCount, e.online.map((p) => p.name), e.cornerId])).toEqual([
      ['Cooperativa Sur', 3, ['Ana', 'Luis'], sur],
      ['Kobe Code', 1, ['Kenji'], kobe],
      ['Tech Workers Coop', 0, [], cornerIdFor('tech-workers-coop')],
    ])
  })

  it('gives a coop without a corner no notes and no corner', () => {
    const entries = directoryEntries(
      plan.coops,
      records.filter((r) => r.id !== kobe),
      [],
    )
    expect(entries.find((e) => e.coop.id === 'kobe-code')).toMatchObject({ noteCount: 0, cornerId: null })
  })
})

describe('filterDirectory', () => {
  const entries = directoryEntries(plan.coops, records, [])
  const names = (query: string) => filterDirectory(entries, query).map((e) => e.coop.name)

  it('matches names and countries ignoring case and accents', () => {
    expect(names('SUR')).toEqual(['Cooperativa Sur'])
    expect(names('japon')).toEqual(['Kobe Code'])
    expect(names('coop')).toEqual(['Cooperativa Sur', 'Tech Workers Coop'])
    expect(names('coop usa')).toEqual(['Tech Workers Coop'])
    expect(names('nowhere')).toEqual([])
  })

  it('keeps everything for a blank query', () => {
    expect(names('   ')).toHaveLength(3)
  })
})

describe('directory search with letters people type without', () => {
  const many = planRosterImport({
    coops: [],
    records: [],
    rows: [
      { name: 'Spółdzielnia Kodu', country: 'Polska' },
      { name: 'Øresund Data', country: 'Danmark' },
      { name: 'Straße Kollektiv', country: 'Deutschland' },
      { name: 'Tecnologías Libres', country: 'España' },
      { name: 'Συνεταιρισμός Κώδικα', country: 'Ελλάδα' },
      { name: '東京テック協同組合', country: '日本' },
      ...Array.from({ length: 25 }, (_, i) => ({ name: `Cooperativa ${i + 1}`, country: 'Argentina' })),
    ],
    pageId: 'page:page',
  })
  const entries = directoryEntries(many.coops, many.corners, [])
  const names = (list: ReturnType<typeof filterDirectory>) => list.map((entry) => entry.coop.name)

  it('finds ł, ø and ß typed as l, o and ss, and other scripts by their own letters', () => {
    expect(entries).toHaveLength(31)
    expect(names(filterDirectory(entries, 'spoldzielnia'))).toEqual(['Spółdzielnia Kodu'])
    expect(names(filterDirectory(entries, 'oresund'))).toEqual(['Øresund Data'])
    expect(names(filterDirectory(entries, 'strasse'))).toEqual(['Straße Kollektiv'])
    expect(names(filterDirectory(entries, 'κωδικα'))).toEqual(['Συνεταιρισμός Κώδικα'])
    expect(names(filterDirectory(entries, '東京'))).toEqual(['東京テック協同組合'])
  })

  it('suggests the closest coops when a search matches nothing', () => {
    expect(filterDirectory(entries, 'Spoldzelnia')).toEqual([])
    expect(names(closestEntries(entries, 'Spoldzelnia'))).toEqual(['Spółdzielnia Kodu'])
    expect(names(closestEntries(entries, 'Tecnologia Libre'))).toEqual(['Tecnologías Libres'])
    expect(closestEntries(entries, 'Zebra Holdings')).toEqual([])
  })
})
