/**
 * Consent decisions against a real server with stock clients that publish presence, as
 * browsers do: who may open and close proposals, and whose stances the server takes.
 */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { cardIdFor } from '../../shared/decisions/card'
import { proposalsMap, readProposalIn, readStances, stancesMap } from '../../shared/decisions/read'
import { stanceKey, type StanceKind } from '../../shared/decisions/types'
import { closeProposal, openProposal, setStance } from '../../shared/decisions/write'
import { Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'

describe('consent decisions on a live board', () => {
  const harness = useTestServer()

  /** A synced client whose presence claims participant `id` of `coop`, once the server has it. */
  async function person(board: TestBoard, role: Role, id: string, coop: string, observer?: TestClient): Promise<TestClient> {
    const client = harness.client(board, { role })
    await waitForSync(client)
    client.provider.awareness.setLocalStateField('user', { id, name: id, coop, color: '#1d4ed8' })
    if (observer) {
      const clientId = client.doc.clientID
      await waitFor(() => observer.provider.awareness.getStates().has(clientId), 5000, `presence of ${id}`)
    }
    return client
  }

  function open(doc: Y.Doc, id: string): void {
    const result = openProposal(doc, { id, text: `Proposal ${id}`, openedBy: 'Fa', at: Date.now(), x: 0, y: 0 })
    if (typeof result === 'string') throw new Error(result)
  }

  function stance(client: TestClient, proposalId: string, coopName: string, kind: StanceKind, participantId: string): void {
    client.doc.transact(() => {
      const result = setStance(client.doc, { proposalId, coopName, stance: kind, participantId, name: participantId, at: Date.now() })
      if (typeof result === 'string') throw new Error(result)
    })
  }

  /** A board with an open proposal `p`, a facilitator and a watching facilitator. */
  async function boardWithProposal() {
    const board = await createBoard(harness.server.origin)
    const watcher = await person(board, Role.facilitator, 'watcher', '')
    const facilitator = await person(board, Role.facilitator, 'fa', 'Facilitation', watcher)
    facilitator.doc.transact(() => open(facilitator.doc, 'p'))
    await waitFor(() => readProposalIn(watcher.doc, 'p') !== null, 5000, 'the proposal')
    return { board, watcher, facilitator }
  }

  it('lets a participant neither open nor close a proposal, nor write its card', async () => {
    const { board, watcher } = await boardWithProposal()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    ana.doc.transact(() => closeProposal(ana.doc, 'p', { outcome: 'agreed', at: Date.now() }))
    expect(readProposalIn(ana.doc, 'p')?.status).toBe('agreed')
    // The server sends its compensation back: ana's copy is open again.
    await waitFor(() => readProposalIn(ana.doc, 'p')?.status === 'open', 5000, 'the close undone')
    ana.doc.transact(() => open(ana.doc, 'mine'))
    // A later change the server accepts: once the watcher has it, the earlier ones were reviewed.
    stance(ana, 'p', 'Sur', 'consent', 'ana')
    await waitFor(() => stancesMap(watcher.doc).has(stanceKey('p', 'sur')), 5000, "ana's stance")
    expect(proposalsMap(watcher.doc).has('mine')).toBe(false)
    expect(recordsMap(watcher.doc).has(cardIdFor('mine'))).toBe(false)
    expect(readProposalIn(watcher.doc, 'p')?.status).toBe('open')
    expect(recordsMap(watcher.doc).has(cardIdFor('p'))).toBe(true)
    expect(readProposalIn(watcher.doc, 'p')?.status).toBe('open')
    await waitFor(() => !proposalsMap(ana.doc).has('mine') && !recordsMap(ana.doc).has(cardIdFor('mine')), 5000, 'ana converges')
  })

  it("refuses a stance taken in another participant's name", async () => {
    const { board, watcher } = await boardWithProposal()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    stance(ana, 'p', 'Sur', 'block', 'luis')
    stance(ana, 'p', 'Norte', 'consent', 'ana')
    await waitFor(() => stancesMap(watcher.doc).has(stanceKey('p', 'norte')), 5000, 'the accepted stance')
    expect(stancesMap(watcher.doc).has(stanceKey('p', 'sur'))).toBe(false)
    await waitFor(() => !stancesMap(ana.doc).has(stanceKey('p', 'sur')), 5000, 'ana converges')
  })

  it('refuses a stance on a closed proposal', async () => {
    const { board, watcher, facilitator } = await boardWithProposal()
    facilitator.doc.transact(() => open(facilitator.doc, 'q'))
    facilitator.doc.transact(() => closeProposal(facilitator.doc, 'p', { outcome: 'not_agreed', at: Date.now() }))
    await waitFor(() => readProposalIn(watcher.doc, 'p')?.status === 'not_agreed', 5000, 'the closed proposal')
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    await waitFor(() => readProposalIn(ana.doc, 'p')?.status === 'not_agreed', 5000, 'ana sees it closed')
    // Written around setStance's own check, as a hostile client would.
    ana.doc.transact(() => {
      stancesMap(ana.doc).set(stanceKey('p', 'sur'), {
        proposalId: 'p',
        coopId: 'sur',
        coopName: 'Sur',
        stance: 'block',
        reason: null,
        participantId: 'ana',
        name: 'ana',
        at: 1,
      })
    })
    stance(ana, 'q', 'Sur', 'consent', 'ana')
    await waitFor(() => stancesMap(watcher.doc).has(stanceKey('q', 'sur')), 5000, 'the stance on q')
    expect(readStances(watcher.doc, 'p')).toEqual([])
    await waitFor(() => readStances(ana.doc, 'p').length === 0, 5000, 'ana converges')
  })

  it('keeps exactly one stance entry per coop, the latest of its delegates', async () => {
    const { board, watcher } = await boardWithProposal()
    const ana = await person(board, Role.participant, 'ana', 'Cooperativa Sur', watcher)
    const luis = await person(board, Role.participant, 'luis', 'cooperativa  súr', watcher)
    stance(ana, 'p', 'Cooperativa Sur', 'consent', 'ana')
    await waitFor(() => readStances(watcher.doc, 'p').length === 1, 5000, "ana's stance")
    await waitFor(() => readStances(luis.doc, 'p').length === 1, 5000, "luis sees ana's stance")
    stance(luis, 'p', 'cooperativa  súr', 'concern', 'luis')
    await waitFor(() => readStances(watcher.doc, 'p')[0]?.participantId === 'luis', 5000, "luis's stance")
    const stances = readStances(watcher.doc, 'p')
    expect(stances).toHaveLength(1)
    expect(stances[0]).toMatchObject({ coopId: 'cooperativa-sur', stance: 'concern' })
    const keys = [...stancesMap(watcher.doc).keys()]
    expect(keys).toEqual([stanceKey('p', 'cooperativa-sur')])
  })
})
