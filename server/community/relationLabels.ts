/**
 * `PUT /api/communities/:id/relation-labels` (coordinator) `{ labels }` → 200 `{ labels }`: the
 * labels an arrow between two coops' corners may carry to count as a relation. Stored with the
 * community, then written into its standing board and every upcoming meeting, whose label
 * pickers read them from the board; a past meeting keeps the labels it was held with (its
 * arrows still count when their label is one of the community's).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { relationLabelsBody } from '../../shared/community/api'
import { cleanRelationLabels, writeRelationLabels } from '../../shared/community/relationLabels'
import { ErrorId } from '../../shared/protocol'
import { readValidBody } from '../http/body'
import { sendError, sendJson } from '../http/json'
import { authorizeCommunity, requireCoordinator } from './access'
import { writeBoard } from './boardWrite'
import type { CommunityDeps } from './deps'
import { forgetPublicAnswers } from './publicCache'
import { isUpcoming } from './meetingStatus'

const MAX_BODY_BYTES = 8 * 1024

/** PUT /api/communities/:id/relation-labels (coordinator). */
export async function putRelationLabels(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access)) return
  const body = await readValidBody(req, res, relationLabelsBody, MAX_BODY_BYTES)
  if (!body) return
  const labels = cleanRelationLabels(body.labels)
  if (labels.length === 0) return sendError(res, 400, ErrorId.badRequest, 'Give at least one label.')
  await deps.store.updateCommunity(access.community.id, { relationLabels: labels })
  forgetPublicAnswers(deps, access.community.id)
  const now = Date.now()
  const boards = (await deps.store.listCommunityBoards(access.community.id)).filter(
    (board) => board.kind === 'standing' || isUpcoming(board, now),
  )
  let written = true
  for (const board of boards) written = (await writeBoard(deps, board.boardId, (doc) => writeRelationLabels(doc, labels))).ok && written
  // Stored with the community either way; the same request again writes the boards it missed.
  if (!written) return sendError(res, 503, ErrorId.storageUnavailable, 'The labels were saved, but not every board took them. Try again.')
  sendJson(res, 200, { labels })
}
