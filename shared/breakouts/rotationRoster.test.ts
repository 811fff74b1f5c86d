/** The rapporteur a new session names on a community's meeting: coops keyed by the board's roster, as the community keys earlier meetings. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rosterMap } from '../corners/applyPlan'
import { rosterOf } from '../corners/testing'
import { readRapporteurs, startSession } from './session'
import { sessionPlan } from './testing'

describe('the rapporteur named at the start of a community meeting’s session', () => {
  it('counts a renamed coop’s earlier reports, however its delegate types it', () => {
    const doc = new Y.Doc()
    // Both coops were renamed after earlier meetings: their ids stay, the community's history uses them.
    const [sur, norte] = rosterOf(['Cooperativa Sur', 'Kolektyw Norte'])
    if (!sur || !norte) throw new Error('two coops expected')
    rosterMap(doc).set(sur.id, { ...sur, name: 'Cooperativa del Sur' })
    rosterMap(doc).set(norte.id, { ...norte, name: 'Kolektyw Północ' })
    const people = [
      { id: 'p-lucia', name: 'Lucía Pérez', coop: 'cooperativa del sur' },
      { id: 'p-zofia', name: 'Zofia Wróbel', coop: 'Kolektyw Polnoc' },
    ]
    const prior = { coops: { [sur.id]: 9000, [norte.id]: 1000 }, people: {} }
    startSession(doc, sessionPlan({ groupNames: ['Vivienda'], assignment: 'random', people, prior, now: 10_000 }))
    // Sur reported at the last meeting, Północ long ago: Zofia reports now.
    expect(readRapporteurs(doc, 's1').map((rapporteur) => rapporteur.participantId)).toEqual(['p-zofia'])
  })
})
