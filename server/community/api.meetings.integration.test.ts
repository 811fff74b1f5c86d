/**
 * The community API on one node: the member list and the meetings, whose boards the community's
 * tokens open with the mapped roles over REST and the stock y-websocket client.
 * Set-up shared with the other api.*.integration.test.ts files: ../testing/communityApi.ts.
 */
import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { MEMBER_COOPS } from '../../shared/corners/testing'
import { readRoster, rosterMap } from '../../shared/corners/applyPlan'
import { CloseCode, ErrorId, Paths, Role, TOKEN_PARAM } from '../../shared/protocol'
import { LONG_DESCRIPTION, communityBoard, createCommunity, errorIdOf, memberListCsv } from '../testing/community'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { API, closeCodeOf, inDays, useCommunityApi } from '../testing/communityApi'
import { writeBoard } from './boardWrite'

describe('the community API', () => {
  const api = useCommunityApi()
  const { at, client, view, importRoster, newMeeting } = api

  describe('the member list and the meetings', () => {
    it('imports the roster once (dry run, then valid rows); every meeting board reads it', async () => {
      const community = await createCommunity(api.server.origin, 'Red de Cooperativas del Pacífico')
      const path = `${API}/${community.id}/roster`
      const dry = await at('POST', path, { token: community.tokens.coordinator, text: memberListCsv() })
      expect(dry.status).toBe(200)
      expect(dry.json).toMatchObject({ applied: false, summary: { added: 31, validRows: 31 } })
      expect((await view(community)).coops).toEqual([])

      expect((await at('POST', `${path}?apply=all`, { token: community.tokens.coordinator, text: memberListCsv() })).status).toBe(400)
      const wrongType = await at('POST', path, { token: community.tokens.coordinator, text: memberListCsv(), type: 'application/pdf' })
      expect(wrongType.status).toBe(415)
      expect(errorIdOf(wrongType)).toBe(ErrorId.unsupportedMediaType)
      const nothing = await at('POST', `${path}?apply=valid`, { token: community.tokens.coordinator, text: 'name\n\n' })
      expect(nothing.status).toBe(422)
      const notJson = await at('POST', path, { token: community.tokens.coordinator, text: '{"coops": [', type: 'application/json' })
      expect(notJson.status).toBe(400)

      expect(await importRoster(community)).toMatchObject({ applied: true, summary: { added: 31 } })
      const coops = (await view(community, community.tokens.member)).coops
      expect(coops.map((coop) => coop.name).sort()).toEqual([...MEMBER_COOPS].sort())
      expect(coops.find((coop) => coop.name === 'Spółdzielnia Kodu')?.description).toBe(LONG_DESCRIPTION)
      const rosterJson = await at('GET', `${path}.json`, { token: community.tokens.viewer })
      expect((rosterJson.json as { coops: unknown[] }).coops).toHaveLength(31)
      const rosterCsv = await at('GET', `${path}.csv`, { token: community.tokens.viewer })
      expect(rosterCsv.text.trim().split(/\r?\n/)).toHaveLength(32)
      expect(rosterCsv.text).toContain('神戸コード協同組合')

      // Importing the same list again changes nothing: nothing is imported twice.
      const again = await at('POST', `${path}?apply=valid`, { token: community.tokens.coordinator, text: memberListCsv() })
      expect(again.json).toMatchObject({ summary: { added: 0, updated: 0, unchanged: 31 } })

      // A meeting board's roster.json is the community's, with what another meeting corrected since.
      const earlier = await newMeeting(community, 'Asamblea 0 · 第零回', inDays(-3))
      const meeting = await newMeeting(community, 'Asamblea 1 · 第一回', inDays(2))
      const rosterOf = async (boardId: string) => {
        const answer = await at('GET', `/api/boards/${boardId}/roster.json`, { token: community.tokens.member })
        expect(answer.status).toBe(200)
        return (answer.json as { coops: { name: string; country: string }[] }).coops
      }
      expect((await rosterOf(earlier.id)).map((coop) => coop.name).sort()).toEqual([...MEMBER_COOPS].sort())
      const corrected = await writeBoard(api.server, meeting.id, (doc) => {
        const coop = readRoster(doc).find((item) => item.name === 'Spółdzielnia Kodu')
        if (coop) rosterMap(doc).set(coop.id, { ...coop, country: 'Rzeczpospolita Polska' })
      })
      expect(corrected.ok).toBe(true)
      // The board where it was made shows it at once; the others once a coordinator's read synced it.
      expect((await rosterOf(meeting.id)).find((coop) => coop.name === 'Spółdzielnia Kodu')?.country).toBe('Rzeczpospolita Polska')
      await view(community, community.tokens.coordinator)
      expect((await rosterOf(earlier.id)).find((coop) => coop.name === 'Spółdzielnia Kodu')?.country).toBe('Rzeczpospolita Polska')
      expect(await rosterOf(earlier.id)).toHaveLength(31)
    })

    it('creates meetings whose boards the community tokens open with the mapped roles, over REST and the WebSocket', async () => {
      const community = await createCommunity(api.server.origin, 'Ελληνικό Δίκτυο Συνεταιρισμών')
      const past = await newMeeting(community, 'Σύνελευση Νοεμβρίου', inDays(-30))
      const next = await newMeeting(community, 'Asamblea de diciembre', inDays(5))
      const later = await newMeeting(community, 'Asamblea de enero', inDays(35))
      expect(next.url).toBe(`${api.server.origin}/b/${next.id}`)

      const seen = await view(community, community.tokens.member)
      // Newest first; the next meeting is the earliest upcoming; a month-old one is past.
      expect(seen.meetings.map((meeting) => meeting.boardId)).toEqual([later.id, next.id, past.id])
      expect(seen.nextMeeting?.boardId).toBe(next.id)
      expect(seen.meetings.map((meeting) => meeting.status)).toEqual(['upcoming', 'upcoming', 'past'])
      expect(seen.meetings[1]).toMatchObject({ title: 'Asamblea de diciembre', recordingUrl: null })
      expect(seen.meetings[1]?.url).toMatch(new RegExp(`/b/${next.id}$`))

      for (const [role, boardRole] of [
        ['coordinator', Role.facilitator],
        ['member', Role.participant],
        ['viewer', Role.viewer],
      ] as const) {
        const board = await at('GET', `/api/boards/${next.id}`, { token: community.tokens[role] })
        expect(board.status).toBe(200)
        expect(board.json).toMatchObject({
          title: 'Asamblea de diciembre',
          role: boardRole,
          community: { id: community.id, name: 'Ελληνικό Δίκτυο Συνεταιρισμών', kind: 'meeting' },
        })
      }
      const stranger = await createBoard(api.server.origin)
      const elsewhere = await createCommunity(api.server.origin, 'Another network')
      for (const token of [stranger.tokens.facilitator, elsewhere.tokens.coordinator]) {
        expect((await at('GET', `/api/boards/${next.id}`, { token })).status).toBe(401)
      }

      // The sync endpoint refuses them too, for good.
      for (const token of [stranger.tokens.facilitator, elsewhere.tokens.coordinator]) {
        expect(await closeCodeOf(`${api.server.origin.replace(/^http/, 'ws')}${Paths.sync}/${next.id}?${TOKEN_PARAM}=${token}`)).toBe(
          CloseCode.unauthorized,
        )
      }

      // Stock y-websocket clients: the member writes, the coordinator sees it; the viewer cannot write.
      const board = communityBoard(next.id, community)
      const member = client(board, Role.participant)
      const coordinator = client(board, Role.facilitator)
      const viewer = client(board, Role.viewer)
      await Promise.all([waitForSync(member), waitForSync(coordinator), waitForSync(viewer)])
      recordsMap(viewer.doc).set('shape:n901', testNote(901, 0, 'Ελένη was here'))
      recordsMap(member.doc).set('shape:n902', testNote(902, 40, 'Propuesta: cuota solidaria'))
      await waitFor(() => recordsMap(coordinator.doc).has('shape:n902'), 5000, 'the member’s note')
      const stored = await api.server.registry.readDocument(next.id, (doc) => ({
        member: recordsMap(doc).has('shape:n902'),
        viewer: recordsMap(doc).has('shape:n901'),
      }))
      expect(stored).toEqual({ member: true, viewer: false })
      // The community's tokens rule a community board: rotating one of its links is refused.
      expect((await at('POST', `/api/boards/${next.id}/links/viewer/rotate`, { token: community.tokens.coordinator })).status).toBe(409)
    })
  })
})
