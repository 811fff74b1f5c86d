/**
 * The shared set-up of the community API's integration tests (server/community/api.*.integration.test.ts):
 * one server per test file, with helpers to call a route, open a stock client on a board, read
 * the community's view, import the 31-coop member list and create a meeting.
 */
import { afterAll, beforeAll, expect } from 'vitest'
import { WebSocket } from 'ws'
import { communityViewSchema, createdMeetingSchema, type CommunityView } from '../../shared/community/api'
import type { Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { call, memberListCsv, type CallOptions, type TestCommunity } from './community'
import { connectClient, type TestBoard, type TestClient } from './syncClient'
import { startTestServer } from './testServer'

/** The community routes' prefix. */
export const API = '/api/communities'
/** A well-formed id no community has. */
export const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA'
/** Ids no community can have. */
export const MALFORMED_IDS = ['not-an-id', '..%2F..', 'AAAA']
const DAY = 24 * 3600_000

/** The code the server closes a WebSocket to `url` with. */
export function closeCodeOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.on('close', (code) => resolve(code))
    ws.on('error', reject)
  })
}

/** An ISO instant `days` from now. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString()
}

/** The running server and the helpers every community API test uses. */
export interface CommunityApi {
  readonly server: RunningServer
  at: (method: string, path: string, options?: CallOptions) => ReturnType<typeof call>
  /** A stock y-websocket client on `board` with `role`'s token, destroyed after the file. */
  client: (board: TestBoard, role: Role) => TestClient
  view: (community: TestCommunity, token?: string) => Promise<CommunityView>
  importRoster: (community: TestCommunity) => Promise<{ applied: boolean; summary: { added: number } }>
  newMeeting: (community: TestCommunity, title: string, startsAt: string) => Promise<{ id: string; url: string }>
}

/** Starts a server for the file (closed after it) and returns the helpers. */
export function useCommunityApi(): CommunityApi {
  let running: RunningServer | null = null
  const clients: TestClient[] = []
  beforeAll(async () => {
    running = await startTestServer({ idleUnloadMs: 60_000 })
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await running?.close()
  })
  const server = (): RunningServer => {
    if (!running) throw new Error('the server starts in beforeAll')
    return running
  }
  const at = (method: string, path: string, options?: CallOptions) => call(server().origin, method, path, options)
  return {
    get server() {
      return server()
    },
    at,
    client: (board, role) => {
      const opened = connectClient(server().origin, board, { role })
      clients.push(opened)
      return opened
    },
    view: async (community, token = community.tokens.viewer) => {
      const answer = await at('GET', `${API}/${community.id}`, { token })
      expect(answer.status).toBe(200)
      return communityViewSchema.parse(answer.json)
    },
    importRoster: async (community) => {
      const answer = await at('POST', `${API}/${community.id}/roster?apply=valid`, {
        token: community.tokens.coordinator,
        text: memberListCsv(),
      })
      expect(answer.status).toBe(200)
      return answer.json as { applied: boolean; summary: { added: number } }
    },
    newMeeting: async (community, title, startsAt) => {
      const answer = await at('POST', `${API}/${community.id}/meetings`, { token: community.tokens.coordinator, json: { title, startsAt } })
      expect(answer.status).toBe(201)
      return createdMeetingSchema.parse(answer.json).board
    },
  }
}
