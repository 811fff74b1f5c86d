import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Role } from '../../shared/protocol'
import { usePostgresStores } from '../testing/postgresStores'
import { tempDir } from '../testing/testServer'
import { openSqliteStore } from './sqlite'
import type { BoardInfo, BoardStore, CommunityBoard, CommunityInfo } from './types'

const CREATED = '2026-03-01T09:00:00.000Z'
let count = 0

/** A new community's facts, its tokens and its standing board, with ids unique in the test run. */
function newCommunity(): { info: CommunityInfo; standing: BoardInfo } {
  const n = ++count
  const standing = { id: `standing${n}`, title: 'Spółdzielnie Śląska · 協同組合', createdAt: CREATED }
  return {
    info: {
      id: `community${n}`,
      name: 'Spółdzielnie Śląska · 協同組合',
      description: 'Ένωση συνεταιρισμών — réseau de coopératives d’habitat et d’énergie.\nSecond line.',
      createdAt: CREATED,
      standingBoardId: standing.id,
      published: false,
      relationLabels: ['works with', 'mentors', 'comparte infraestructura'],
    },
    standing,
  }
}

function tokensOf(communityId: string) {
  return [
    { hash: `${communityId}-c`, role: Role.facilitator, generation: 1 },
    { hash: `${communityId}-m`, role: Role.participant, generation: 1 },
    { hash: `${communityId}-v`, role: Role.viewer, generation: 1 },
  ]
}

function meeting(communityId: string, boardId: string, startsAt: string, title = `Asamblea ${boardId}`): CommunityBoard {
  return { boardId, communityId, kind: 'meeting', title, startsAt, recordingUrl: null, createdAt: CREATED }
}

async function created(store: BoardStore): Promise<CommunityInfo> {
  const { info, standing } = newCommunity()
  await store.createCommunity(info, tokensOf(info.id), standing)
  return info
}

/** What every BoardStore must do with communities. */
function behavesLikeACommunityStore(open: () => Promise<BoardStore>): void {
  it('creates a community with its tokens and standing board, and reads its facts back', async () => {
    const store = await open()
    const info = await created(store)
    expect(await store.getCommunity(info.id)).toEqual(info)
    expect(await store.getCommunity('nobody')).toBeNull()
    expect(await store.getBoard(info.standingBoardId)).toEqual({ id: info.standingBoardId, title: info.name, createdAt: CREATED })
    // The standing board has no tokens of its own; the community's open it.
    expect(await store.currentGenerations(info.standingBoardId)).toEqual({})
    expect(await store.findCommunityToken(info.id, `${info.id}-m`)).toEqual({ role: Role.participant, generation: 1, revoked: false })
    expect(await store.findCommunityToken('other', `${info.id}-m`)).toBeNull()
    expect(await store.currentCommunityGenerations(info.id)).toEqual({ facilitator: 1, participant: 1, viewer: 1 })
    expect(await store.communityOfBoard(info.standingBoardId)).toEqual({
      boardId: info.standingBoardId,
      communityId: info.id,
      kind: 'standing',
      title: info.name,
      startsAt: null,
      recordingUrl: null,
      createdAt: CREATED,
    })
  })

  it('creates nothing when a part of the community cannot be stored', async () => {
    const store = await open()
    const first = await created(store)
    const { info, standing } = newCommunity()
    // A token hash already stored fails the last inserts: the board and community rows written before must not remain.
    await expect(store.createCommunity(info, tokensOf(first.id), standing)).rejects.toThrow()
    expect(await store.getCommunity(info.id)).toBeNull()
    expect(await store.getBoard(standing.id)).toBeNull()
    expect(await store.communityOfBoard(standing.id)).toBeNull()
  })

  it('changes only the facts a patch names', async () => {
    const store = await open()
    const info = await created(store)
    await store.updateCommunity(info.id, { published: true })
    expect(await store.getCommunity(info.id)).toEqual({ ...info, published: true })
    await store.updateCommunity(info.id, { name: 'Ørestad Kooperativ', description: '', relationLabels: ['mentors'] })
    expect(await store.getCommunity(info.id)).toEqual({
      ...info,
      published: true,
      name: 'Ørestad Kooperativ',
      description: '',
      relationLabels: ['mentors'],
    })
    await store.updateCommunity(info.id, { published: false })
    await store.updateCommunity(info.id, {})
    expect(await store.getCommunity(info.id)).toMatchObject({ published: false, name: 'Ørestad Kooperativ' })
  })

  it('lists the standing board first, then meetings newest start first, whatever the offset they were written with', async () => {
    const store = await open()
    const info = await created(store)
    const ids = ['m-jan', 'm-mar', 'm-feb'].map((suffix) => `${info.id}-${suffix}`)
    const [jan, mar, feb] = ids
    if (!jan || !mar || !feb) throw new Error('three ids expected')
    await store.addCommunityBoard(meeting(info.id, jan, '2026-01-15T18:00:00.000Z'), { id: jan, title: 'Enero', createdAt: CREATED })
    await store.addCommunityBoard(meeting(info.id, mar, '2026-03-15T20:00:00+02:00'), { id: mar, title: 'Marzo', createdAt: CREATED })
    // An existing board joins without a new row; 10:00 -08:00 is later than Jan, earlier than Mar.
    await store.createBoard({ id: feb, title: 'Luty', createdAt: CREATED }, [{ hash: `${feb}-own`, role: Role.facilitator, generation: 1 }])
    await store.addCommunityBoard(meeting(info.id, feb, '2026-02-15T10:00:00-08:00'), null)
    const listed = await store.listCommunityBoards(info.id)
    expect(listed.map((board) => board.boardId)).toEqual([info.standingBoardId, mar, feb, jan])
    expect(await store.getBoard(mar)).toMatchObject({ title: 'Marzo' })
    expect(await store.communityOfBoard(feb)).toMatchObject({
      communityId: info.id,
      kind: 'meeting',
      startsAt: '2026-02-15T10:00:00-08:00',
    })
    expect(await store.findToken(feb, `${feb}-own`)).toMatchObject({ role: Role.facilitator })
    expect(await store.communityOfBoard('elsewhere')).toBeNull()
    // A board belongs to one community at most.
    const other = await created(store)
    await expect(store.addCommunityBoard(meeting(other.id, feb, '2026-04-01T10:00:00Z'), null)).rejects.toThrow()
    expect(await store.listCommunityBoards(other.id)).toHaveLength(1)
  })

  it('sets a recording link on its own meetings only', async () => {
    const store = await open()
    const info = await created(store)
    const other = await created(store)
    const boardId = `${info.id}-rec`
    await store.addCommunityBoard(meeting(info.id, boardId, '2026-01-15T18:00:00.000Z'), { id: boardId, title: 'Rec', createdAt: CREATED })
    const url = 'https://video.example.coop/asamblea?t=1&lang=es#start'
    expect(await store.setRecordingUrl(other.id, boardId, url)).toBe(false)
    expect(await store.setRecordingUrl(info.id, info.standingBoardId, url)).toBe(false)
    expect(await store.setRecordingUrl(info.id, boardId, url)).toBe(true)
    expect(await store.communityOfBoard(boardId)).toMatchObject({ recordingUrl: url })
    expect(await store.setRecordingUrl(info.id, boardId, null)).toBe(true)
    expect(await store.communityOfBoard(boardId)).toMatchObject({ recordingUrl: null })
  })
}

/** The rotation and removal a community store must do. */
function rotatesAndRemoves(open: () => Promise<BoardStore>): void {
  it('rotates one role’s community token, revoking the old one in the same step', async () => {
    const store = await open()
    const info = await created(store)
    const revoked = await store.rotateCommunityToken(info.id, { hash: `${info.id}-m2`, role: Role.participant, generation: 2 })
    expect(revoked).toEqual([`${info.id}-m`])
    expect(await store.findCommunityToken(info.id, `${info.id}-m`)).toEqual({ role: Role.participant, generation: 1, revoked: true })
    expect(await store.findCommunityToken(info.id, `${info.id}-m2`)).toEqual({ role: Role.participant, generation: 2, revoked: false })
    expect(await store.currentCommunityGenerations(info.id)).toEqual({ facilitator: 1, participant: 2, viewer: 1 })
    // A hash already stored fails the insert: the revocation before it must not remain.
    await expect(store.rotateCommunityToken(info.id, { hash: `${info.id}-v`, role: Role.viewer, generation: 2 })).rejects.toThrow()
    expect(await store.findCommunityToken(info.id, `${info.id}-v`)).toMatchObject({ revoked: false })
  })

  it('removes a meeting, with its board when asked, and nothing of another community or a standing board', async () => {
    const store = await open()
    const info = await created(store)
    const other = await created(store)
    const failed = `${info.id}-failed`
    const kept = `${info.id}-kept`
    await store.addCommunityBoard(meeting(info.id, failed, '2026-04-01T18:00:00.000Z'), {
      id: failed,
      title: 'Kwiecień',
      createdAt: CREATED,
    })
    await store.appendUpdate(failed, new Uint8Array([0, 0]))
    await store.createBoard({ id: kept, title: 'Attached', createdAt: CREATED }, [
      { hash: `${kept}-own`, role: Role.facilitator, generation: 1 },
    ])
    await store.addCommunityBoard(meeting(info.id, kept, '2026-05-01T18:00:00.000Z'), null)

    await store.removeCommunityBoard(other.id, failed, true)
    await store.removeCommunityBoard(info.id, info.standingBoardId, true)
    expect((await store.listCommunityBoards(info.id)).map((board) => board.boardId)).toEqual([info.standingBoardId, kept, failed])
    expect(await store.getBoard(info.standingBoardId)).not.toBeNull()

    await store.removeCommunityBoard(info.id, failed, true)
    expect(await store.communityOfBoard(failed)).toBeNull()
    expect(await store.getBoard(failed)).toBeNull()
    expect((await store.loadDocument(failed)).updates).toEqual([])
    await store.removeCommunityBoard(info.id, kept, false)
    expect(await store.communityOfBoard(kept)).toBeNull()
    expect(await store.findToken(kept, `${kept}-own`)).toMatchObject({ role: Role.facilitator })
    expect((await store.listCommunityBoards(info.id)).map((board) => board.boardId)).toEqual([info.standingBoardId])
  })
}

describe('SQLite communities', () => {
  const stores: BoardStore[] = []
  afterAll(async () => {
    for (const store of stores) await store.close()
  })
  const file = join(tempDir(), 'plenary.sqlite')
  const openStore = async () => {
    const store = openSqliteStore(file)
    stores.push(store)
    return store
  }
  behavesLikeACommunityStore(openStore)
  rotatesAndRemoves(openStore)

  it('keeps communities across a reopen of the same file', async () => {
    const first = openSqliteStore(file)
    const info = await created(first)
    await first.updateCommunity(info.id, { published: true })
    await first.close()
    const again = openSqliteStore(file)
    stores.push(again)
    expect(await again.getCommunity(info.id)).toEqual({ ...info, published: true })
    expect(await again.findCommunityToken(info.id, `${info.id}-v`)).toMatchObject({ role: Role.viewer })
  })
})

describe('SQLite communities in an older data folder', () => {
  it('adds the community tables to a database made before communities, keeping its boards', async () => {
    const file = join(tempDir(), 'plenary.sqlite')
    const old = new Database(file)
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO boards VALUES ('oldboard', 'Asamblea 2025', '2025-01-01T00:00:00.000Z');`)
    old.close()
    const store = openSqliteStore(file)
    try {
      const info = await created(store)
      await store.addCommunityBoard(meeting(info.id, 'oldboard', '2025-01-10T18:00:00.000Z'), null)
      expect((await store.listCommunityBoards(info.id)).map((board) => board.boardId)).toEqual([info.standingBoardId, 'oldboard'])
      expect(await store.getBoard('oldboard')).toMatchObject({ title: 'Asamblea 2025' })
    } finally {
      await store.close()
    }
  })
})

describe('PostgreSQL communities', () => {
  const { open } = usePostgresStores()
  behavesLikeACommunityStore(open)
  rotatesAndRemoves(open)
})
