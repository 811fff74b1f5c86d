/**
 * The boards REST API: create a board, read its facts and counts.
 * See docs/PROTOCOL.md for the request and response shapes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { z } from 'zod'
import { countBoardRecords, type BoardCounts } from '../../shared/boardDoc'
import { ErrorId, MAX_TITLE_LENGTH, Paths, isBoardId } from '../../shared/protocol'
import { newBoardId } from '../ids'
import { applyStoredDocument } from '../persistence/storedDocument'
import type { BoardStore } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { BodyError, readJsonBody, sendError, sendJson } from './json'
import { publicOrigin } from './origin'

const MAX_BODY_BYTES = 16 * 1024
const DEFAULT_TITLE = 'Untitled board'

const createBoardBody = z.object({
  title: z
    .string({ error: 'title must be a string' })
    .max(MAX_TITLE_LENGTH, { error: `title must be at most ${MAX_TITLE_LENGTH} characters` })
    .optional(),
})

/** What the board routes need. */
export interface BoardRoutesDeps {
  store: BoardStore
  registry: RoomRegistry
  publicUrl: string | null
}

/** POST /api/boards → 201 { id, url }. */
export async function createBoard(req: IncomingMessage, res: ServerResponse, deps: BoardRoutesDeps): Promise<void> {
  let body: unknown
  try {
    body = await readJsonBody(req, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyError) return sendError(res, error.status, error.errorId, error.message)
    throw error
  }
  const parsed = createBoardBody.safeParse(body)
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join('; ')
    return sendError(res, 400, ErrorId.badRequest, message)
  }
  const title = parsed.data.title?.replace(/\s+/g, ' ').trim() || DEFAULT_TITLE
  const id = newBoardId()
  await deps.store.createBoard({ id, title, createdAt: new Date().toISOString() })
  const url = `${publicOrigin(req, deps.publicUrl)}${Paths.boardPage}${id}`
  sendJson(res, 201, { id, url })
}

/** GET /api/boards/:id → { id, title, createdAt, counts }. */
export async function getBoard(res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  const board = isBoardId(id) ? await deps.store.getBoard(id) : null
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const counts = await countsOf(id, deps)
  sendJson(res, 200, { ...board, counts })
}

async function countsOf(boardId: string, deps: BoardRoutesDeps): Promise<BoardCounts> {
  const live = deps.registry.peek(boardId)
  if (live) return countBoardRecords(live.doc)
  // Not loaded: read the stored document without keeping a room in memory.
  const stored = await deps.store.loadDocument(boardId)
  const doc = new Y.Doc()
  try {
    applyStoredDocument(doc, stored, () => undefined)
    return countBoardRecords(doc)
  } finally {
    doc.destroy()
  }
}
