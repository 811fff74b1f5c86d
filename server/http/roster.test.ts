import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asStoredRecord, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster } from '../../shared/corners/applyPlan'
import { planCreateCorner, planRosterImport } from '../../shared/corners/importPlan'
import { parseRosterText } from '../../shared/corners/parseRoster'
import { Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { fileDate } from '../../shared/export/fileName'

const CSV = [
  'Nombre;País;Web;Descripción;Delegados',
  'Cooperativa Sur;Argentina;sur.coop;Software, diseño;"Ana Pérez; Luis Gómez"',
  'Tech Workers Coop;USA;https://techworkers.coop;;',
  '神戸コード;日本;;;Kenji',
].join('\r\n')

function recordsOf(client: TestClient): StoredRecord[] {
  return [...recordsMap(client.doc).values()].map(asStoredRecord).filter((r): r is StoredRecord => r !== null)
}

describe('roster downloads', () => {
  let server: RunningServer
  let board: TestBoard
  const url = (format: string) => `${server.origin}/api/boards/${board.id}/roster.${format}`
  const get = (format: string, token: string | null) =>
    fetch(url(format), { headers: token === null ? {} : { authorization: `Bearer ${token}` } })

  beforeAll(async () => {
    server = await startTestServer()
    board = await createBoard(server.origin, 'Asamblea de junio / 2026')
    // A facilitator's bot imports the roster through a stock client.
    const facilitator = connectClient(server.origin, board, { role: Role.facilitator })
    await waitForSync(facilitator)
    const parsed = parseRosterText(CSV)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const plan = planRosterImport({
      coops: readRoster(facilitator.doc),
      records: recordsOf(facilitator),
      rows: parsed.rows,
      pageId: 'page:page',
    })
    applyRosterPlan(facilitator.doc, plan, 'import bot')
    // A participant joins with a coop that is not on the roster yet.
    const participant = connectClient(server.origin, board, { role: Role.participant })
    await waitForSync(participant)
    await waitFor(() => readRoster(participant.doc).length === 3, 5000, 'the import to reach the participant')
    const own = planCreateCorner({
      coops: readRoster(participant.doc),
      records: recordsOf(participant),
      details: { name: 'Kooperativa Nord' },
      pageId: 'page:page',
    })
    applyRosterPlan(participant.doc, own, 'join')
    await waitFor(() => server.registry.peek(board.id)?.doc.getMap('plenary:coops').size === 4, 5000, 'the server to hold four coops')
    facilitator.destroy()
    participant.destroy()
  })
  afterAll(() => server.close())

  it('serves the roster as JSON to any role, from the live room', async () => {
    const response = await get('json', board.tokens.viewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''asamblea-de-junio-2026-coops-${fileDate(Date.now())}.json`,
    )
    const body = (await response.json()) as {
      version: number
      coops: { id: string; name: string; color: string; delegates: string[] }[]
      participantsAddCoops: boolean
    }
    expect(body.version).toBe(1)
    // The join dialog's cue: new coops from participants are on until a facilitator turns them off.
    expect(body.participantsAddCoops).toBe(true)
    expect(body.coops.map((c) => c.name)).toEqual(['Cooperativa Sur', 'Kooperativa Nord', 'Tech Workers Coop', '神戸コード'])
    expect(body.coops[0]).toMatchObject({
      id: 'cooperativa-sur',
      website: 'https://sur.coop',
      delegates: ['Ana Pérez', 'Luis Gómez'],
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    })
    expect(JSON.stringify(body)).not.toContain('cornerId')
  })

  it('serves the roster as CSV that imports again, from storage once the room is gone', async () => {
    await waitFor(() => server.registry.loadedCount === 0, 5000, 'the room to unload')
    const response = await get('csv', board.tokens.participant)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="asamblea-de-junio-2026-coops-${fileDate(Date.now())}.csv"; filename*=UTF-8''asamblea-de-junio-2026-coops-${fileDate(Date.now())}.csv`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[1]).toBe('Cooperativa Sur,Argentina,https://sur.coop,"Software, diseño",Ana Pérez; Luis Gómez,')
    const parsed = parseRosterText(text)
    expect(parsed.ok && parsed.rows.map((r) => r.name)).toEqual(['Cooperativa Sur', 'Kooperativa Nord', 'Tech Workers Coop', '神戸コード'])
    expect(server.registry.loadedCount).toBe(0)
  })

  it('answers like GET /api/boards/:id without a valid token or for an unknown board', async () => {
    for (const format of ['json', 'csv']) {
      const missing = await get(format, null)
      expect(missing.status).toBe(401)
      expect(await missing.json()).toEqual({ error: { id: 'unauthorized', message: expect.any(String) } })
      expect((await get(format, 'A'.repeat(32))).status).toBe(401)
      // A token in the query string is not read: it would end up in access logs.
      expect((await fetch(`${url(format)}?token=${board.tokens.viewer}`)).status).toBe(401)
      const unknown = await fetch(`${server.origin}/api/boards/AAAAAAAAAAAAAAAAAAAAAA/roster.${format}`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      })
      expect(unknown.status).toBe(404)
    }
    expect((await fetch(url('json'), { method: 'POST' })).status).toBe(405)
    expect((await get('xml', board.tokens.viewer)).status).toBe(404)
  })
})
