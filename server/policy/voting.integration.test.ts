/**
 * Dot voting and reactions against a real server with stock clients that publish presence, as
 * browsers do: dots are bounded, in one's own name, on the vote's notes, frozen once closed;
 * only facilitators open and close votes; reactions are one's own and from the fixed set.
 */
import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { Role } from '../../shared/protocol'
import { closeVote, placeDot, startVote, takeBackDot, toggleReaction } from '../../shared/voting/actions'
import { openVote, readDots, readReactions, readVoteById } from '../../shared/voting/read'
import { voteTallies } from '../../shared/voting/tally'
import { dotKey, DOTS_MAP, reactionKey, REACTIONS_MAP, VOTES_MAP } from '../../shared/voting/types'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'

describe('dot voting on a live board', () => {
  const harness = useTestServer()

  /** A synced client whose presence claims participant `id` of `coop`, once the watcher has it. */
  async function person(board: TestBoard, role: Role, id: string, coop: string, watcher?: TestClient): Promise<TestClient> {
    const client = harness.client(board, { role })
    await waitForSync(client)
    client.provider.awareness.setLocalStateField('user', { id, name: id, coop, color: '#1d4ed8' })
    if (watcher) {
      const clientId = client.doc.clientID
      await waitFor(() => watcher.provider.awareness.getStates().has(clientId), 5000, `presence of ${id}`)
    }
    return client
  }

  /** A board with notes n1–n4, an open vote v1 on n1–n3 with `dots` each, and a watching facilitator. */
  async function boardWithVote(per: 'person' | 'coop' = 'person', dots = 2) {
    const board = await createBoard(harness.server.origin)
    const watcher = await person(board, Role.facilitator, 'watcher', '')
    const facilitator = await person(board, Role.facilitator, 'fa', 'Facilitation', watcher)
    facilitator.doc.transact(() => {
      for (let n = 1; n <= 4; n++) recordsMap(facilitator.doc).set(`shape:n${n}`, testNote(n))
      startVote(facilitator.doc, {
        id: 'v1',
        title: 'Priorities',
        noteIds: ['shape:n1', 'shape:n2', 'shape:n3'],
        dots,
        per,
        results: 'live',
        scope: { kind: 'selection' },
        now: Date.now(),
      })
    })
    await waitFor(() => readVoteById(watcher.doc, 'v1') !== null, 5000, 'the vote')
    return { board, watcher, facilitator }
  }

  const dots = (client: TestClient) => client.doc.getMap<unknown>(DOTS_MAP)

  it('counts every voter’s dots and refuses a third dot when the vote gives two', async () => {
    const { board, watcher, facilitator } = await boardWithVote()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    const luis = await person(board, Role.participant, 'luis', 'Norte', watcher)
    await waitFor(() => readVoteById(ana.doc, 'v1') !== null && readVoteById(luis.doc, 'v1') !== null, 5000, 'the vote everywhere')
    ana.doc.transact(() => placeDot(ana.doc, 'v1', { id: 'ana', coop: 'Sur' }, 'shape:n1', Date.now()))
    ana.doc.transact(() => placeDot(ana.doc, 'v1', { id: 'ana', coop: 'Sur' }, 'shape:n2', Date.now()))
    luis.doc.transact(() => placeDot(luis.doc, 'v1', { id: 'luis', coop: 'Norte' }, 'shape:n1', Date.now()))
    facilitator.doc.transact(() => placeDot(facilitator.doc, 'v1', { id: 'fa', coop: '' }, 'shape:n3', Date.now()))
    await waitFor(() => readDots(watcher.doc, 'v1').length === 4, 5000, 'four dots')

    // A forged third dot: slot 2 when the vote gives slots 0 and 1.
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'ana', 2), { voteId: 'v1', voterKey: 'ana', participantId: 'ana', noteId: 'shape:n3', at: 1 }),
    )
    luis.doc.transact(() => placeDot(luis.doc, 'v1', { id: 'luis', coop: 'Norte' }, 'shape:n2', Date.now()))
    await waitFor(() => readDots(watcher.doc, 'v1').length === 5, 5000, "luis's second dot")
    await waitFor(() => !dots(ana).has(dotKey('v1', 'ana', 2)), 5000, 'the third dot undone')
    expect(dots(watcher).has(dotKey('v1', 'ana', 2))).toBe(false)
    const vote = readVoteById(watcher.doc, 'v1')
    if (!vote) throw new Error('no vote')
    expect(voteTallies(vote, readDots(watcher.doc, 'v1'))).toEqual([
      { noteId: 'shape:n1', dots: 2 },
      { noteId: 'shape:n2', dots: 2 },
      { noteId: 'shape:n3', dots: 1 },
    ])
  })

  it('refuses a dot under another participant’s id and a dot on a note outside the vote', async () => {
    const { board, watcher } = await boardWithVote()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    await waitFor(() => readVoteById(ana.doc, 'v1') !== null, 5000, 'the vote')
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'luis', 0), { voteId: 'v1', voterKey: 'luis', participantId: 'luis', noteId: 'shape:n1', at: 1 }),
    )
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'ana', 0), { voteId: 'v1', voterKey: 'ana', participantId: 'ana', noteId: 'shape:n4', at: 1 }),
    )
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'ana', 1), { voteId: 'v1', voterKey: 'ana', participantId: 'ana', noteId: 'shape:n2', at: 1 }),
    )
    await waitFor(() => dots(watcher).has(dotKey('v1', 'ana', 1)), 5000, 'the honest dot')
    await waitFor(() => !dots(ana).has(dotKey('v1', 'luis', 0)) && !dots(ana).has(dotKey('v1', 'ana', 0)), 5000, 'forged dots undone')
    expect([...dots(watcher).keys()]).toEqual([dotKey('v1', 'ana', 1)])
  })

  it('freezes a closed vote: no dot is added or taken back', async () => {
    const { board, watcher, facilitator } = await boardWithVote()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    await waitFor(() => readVoteById(ana.doc, 'v1') !== null, 5000, 'the vote')
    ana.doc.transact(() => placeDot(ana.doc, 'v1', { id: 'ana', coop: 'Sur' }, 'shape:n1', Date.now()))
    await waitFor(() => readDots(facilitator.doc, 'v1').length === 1, 5000, 'the dot')
    facilitator.doc.transact(() => closeVote(facilitator.doc, 'v1', Date.now()))
    await waitFor(() => readVoteById(ana.doc, 'v1')?.status === 'closed', 5000, 'the close')
    // Forged past the client's own check: the vote is closed in ana's copy too.
    ana.doc.transact(() => dots(ana).delete(dotKey('v1', 'ana', 0)))
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'ana', 1), { voteId: 'v1', voterKey: 'ana', participantId: 'ana', noteId: 'shape:n2', at: 1 }),
    )
    ana.doc.transact(() => toggleReaction(ana.doc, 'shape:n1', 'ana', 'agree', Date.now()))
    await waitFor(() => readReactions(watcher.doc).length === 1, 5000, 'the reaction after')
    await waitFor(() => dots(ana).has(dotKey('v1', 'ana', 0)) && !dots(ana).has(dotKey('v1', 'ana', 1)), 5000, 'dots restored')
    expect(readDots(watcher.doc, 'v1').map((d) => d.noteId)).toEqual(['shape:n1'])
    expect(takeBackDot(ana.doc, 'v1', { id: 'ana', coop: 'Sur' }, 'shape:n1')).toBe('The vote is closed.')
  })

  it('lets a participant neither open nor close a vote', async () => {
    const { board, watcher } = await boardWithVote()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    await waitFor(() => readVoteById(ana.doc, 'v1') !== null, 5000, 'the vote')
    ana.doc.transact(() => closeVote(ana.doc, 'v1', Date.now()))
    ana.doc.transact(() =>
      ana.doc.getMap(VOTES_MAP).set('v2', { ...readVoteById(ana.doc, 'v1'), id: 'v2', status: 'open', closedAt: null }),
    )
    // A later change the server accepts: once the watcher has it, the earlier ones were reviewed.
    ana.doc.transact(() => toggleReaction(ana.doc, 'shape:n1', 'ana', 'agree', Date.now()))
    await waitFor(() => readReactions(watcher.doc).length === 1, 5000, 'the reaction after')
    await waitFor(() => openVote(ana.doc)?.id === 'v1' && readVoteById(ana.doc, 'v2') === null, 5000, 'votes restored')
    expect(readVoteById(watcher.doc, 'v1')?.status).toBe('open')
    expect(readVoteById(watcher.doc, 'v2')).toBeNull()
  })

  it('shares a coop’s dots between its delegates and refuses dots for another coop', async () => {
    const { board, watcher } = await boardWithVote('coop', 1)
    const ana = await person(board, Role.participant, 'ana', 'Cooperativa Sur', watcher)
    const luis = await person(board, Role.participant, 'luis', 'Cooperativa Sur', watcher)
    await waitFor(() => readVoteById(ana.doc, 'v1') !== null && readVoteById(luis.doc, 'v1') !== null, 5000, 'the vote')
    ana.doc.transact(() =>
      dots(ana).set(dotKey('v1', 'norte', 0), { voteId: 'v1', voterKey: 'norte', participantId: 'ana', noteId: 'shape:n1', at: 1 }),
    )
    ana.doc.transact(() => placeDot(ana.doc, 'v1', { id: 'ana', coop: 'Cooperativa Sur' }, 'shape:n2', Date.now()))
    await waitFor(() => readDots(luis.doc, 'v1').length === 1 && !dots(ana).has(dotKey('v1', 'norte', 0)), 5000, "the coop's dot")
    expect(readDots(watcher.doc, 'v1').map((d) => d.voterKey)).toEqual(['cooperativa-sur'])
    // Luis, of the same coop, takes the coop's dot back.
    luis.doc.transact(() => takeBackDot(luis.doc, 'v1', { id: 'luis', coop: 'Cooperativa Sur' }, 'shape:n2'))
    await waitFor(() => readDots(watcher.doc, 'v1').length === 0, 5000, 'the dot taken back')
  })

  it('takes reactions only in one’s own name and from the fixed set', async () => {
    const { board, watcher } = await boardWithVote()
    const ana = await person(board, Role.participant, 'ana', 'Sur', watcher)
    await waitFor(() => recordsMap(ana.doc).has('shape:n1'), 5000, 'the notes')
    const reactions = ana.doc.getMap<unknown>(REACTIONS_MAP)
    ana.doc.transact(() =>
      reactions.set(reactionKey('shape:n1', 'luis', 'agree'), { noteId: 'shape:n1', participantId: 'luis', reaction: 'agree', at: 1 }),
    )
    ana.doc.transact(() => reactions.set('shape:n1/ana/angry', { noteId: 'shape:n1', participantId: 'ana', reaction: 'angry', at: 1 }))
    ana.doc.transact(() => toggleReaction(ana.doc, 'shape:n2', 'ana', 'love', Date.now()))
    await waitFor(() => readReactions(watcher.doc).length === 1, 5000, 'the honest reaction')
    await waitFor(() => reactions.size === 1, 5000, 'forged reactions undone')
    expect(readReactions(watcher.doc)).toEqual([expect.objectContaining({ noteId: 'shape:n2', participantId: 'ana', reaction: 'love' })])
    expect([...watcher.doc.getMap(REACTIONS_MAP).keys()]).toEqual([reactionKey('shape:n2', 'ana', 'love')])
  })
})
