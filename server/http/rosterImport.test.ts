import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRecords } from '../../shared/boardDoc'
import { readRoster } from '../../shared/corners/applyPlan'
import { isCornerRecord } from '../../shared/corners/cornerRecord'
import { Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { MEMBER_COOPS as NAMES } from '../../shared/corners/testing'

const DESCRIPTION = 'Desarrollamos software libre para cooperativas de vivienda y consumo. '.repeat(43).slice(0, 3000)

function csvOf(names: readonly string[]): string {
  const rows = names.map((name, i) => `"${name}",Country ${i},"${i === 3 ? DESCRIPTION : `Coop number ${i}`}",${(i % 3) + 1}`)
  return ['name,country,description,delegates', ...rows].join('\n')
}

interface ImportAnswer {
  applied: boolean
  format: string
  summary: { added: number; updated: number; unchanged: number; corners: number; validRows: number; skippedRows: number }
  coops: { id: string; name: string; status: string; delegateCount?: number }[]
  problems: { line: number | null; code: string; message: string }[]
  warnings: { line: number | null; code: string; message: string }[]
}

describe('POST /api/boards/:id/roster', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  const post = (board: TestBoard, body: string, options: { type?: string; token?: string | null; apply?: boolean } = {}) =>
    fetch(`${server.origin}/api/boards/${board.id}/roster${options.apply ? '?apply=valid' : ''}`, {
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'text/csv; charset=utf-8',
        ...(options.token === null ? {} : { authorization: `Bearer ${options.token ?? board.tokens.facilitator}` }),
      },
      body,
    })
  const rosterOf = async (board: TestBoard) => {
    const response = await fetch(`${server.origin}/api/boards/${board.id}/roster.json`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}` },
    })
    return ((await response.json()) as { coops: { name: string; description: string; delegates: string[]; delegateCount?: number }[] })
      .coops
  }

  it('previews a good CSV without writing anything (dry run)', async () => {
    const board = await createBoard(server.origin)
    const response = await post(board, csvOf(NAMES))
    expect(response.status).toBe(200)
    const answer = (await response.json()) as ImportAnswer
    expect(answer).toMatchObject({ applied: false, format: 'csv', problems: [] })
    expect(answer.summary).toEqual({ added: 31, updated: 0, unchanged: 0, corners: 31, validRows: 31, skippedRows: 0 })
    expect(answer.coops.map((coop) => coop.name)).toEqual(NAMES)
    expect(answer.coops[1]).toMatchObject({ status: 'new', delegateCount: 2 })
    expect(answer.warnings.map((w) => w.code)).toEqual(['delegatesCounted'])
    expect(await rosterOf(board)).toEqual([])
  })

  it('imports the valid rows with ?apply=valid, and a connected client sees them live', async () => {
    const board = await createBoard(server.origin)
    const client = connectClient(server.origin, board, { role: Role.participant })
    await waitForSync(client)
    const response = await post(board, csvOf(NAMES), { apply: true })
    expect(response.status).toBe(200)
    const answer = (await response.json()) as ImportAnswer
    expect(answer.applied).toBe(true)
    expect(answer.summary.added).toBe(31)
    await waitFor(() => readRoster(client.doc).length === 31, 5000, 'the roster to reach the client')
    await waitFor(() => readRecords(client.doc).filter(isCornerRecord).length === 31, 5000, 'the corners to reach the client')
    const coops = await rosterOf(board)
    const athens = coops.find((coop) => coop.name === 'Συνεργατική Αθήνας')
    expect(athens?.description).toBe(DESCRIPTION.trim())
    expect(athens?.delegateCount).toBe(1)
    expect(coops.flatMap((coop) => coop.delegates)).toEqual([])
    // The same list again changes nothing.
    const again = (await (await post(board, csvOf(NAMES), { apply: true })).json()) as ImportAnswer
    expect(again).toMatchObject({ applied: false, summary: { added: 0, updated: 0, unchanged: 31, corners: 0 } })
    client.destroy()
  })

  it('keeps the roster after a restart of the room', async () => {
    const board = await createBoard(server.origin)
    await post(board, 'Cooperativa Sur\nΜέλισσα', { type: 'text/plain', apply: true })
    await waitFor(() => server.registry.peek(board.id) === undefined, 5000, 'the room to unload')
    expect((await rosterOf(board)).map((coop) => coop.name)).toEqual(['Cooperativa Sur', 'Μέλισσα'])
  })

  it('skips bad and duplicate rows with their reasons, importing the rest', async () => {
    const board = await createBoard(server.origin)
    const csv = [
      'name,website,delegates',
      'Cooperativa Sur,sur.coop,Ana Pérez; Luis Gómez',
      'Spółdzielnia Kodu,javascript:alert(1),',
      'cooperativa  SÚR,,',
      ',https://x.org,',
      '神戸コード,,Kenji',
    ].join('\n')
    const answer = (await (await post(board, csv, { apply: true })).json()) as ImportAnswer
    expect(answer.applied).toBe(true)
    expect(answer.summary).toMatchObject({ added: 2, validRows: 2, skippedRows: 3 })
    expect(answer.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'notWebsite'],
      [4, 'sameCoop'],
      [5, 'noName'],
    ])
    expect(answer.problems[1]!.message).toMatch(/same coop as “Cooperativa Sur” on line 2/)
    expect((await rosterOf(board)).map((coop) => coop.name)).toEqual(['Cooperativa Sur', '神戸コード'])
  })

  it('refuses a 10,000-row file with one clear error, writing nothing', async () => {
    const board = await createBoard(server.origin)
    const big = ['name,country', ...Array.from({ length: 10_000 }, (_, i) => `Coop ${i},Perú`)].join('\n')
    const response = await post(board, big, { apply: true })
    expect(response.status).toBe(422)
    const body = (await response.json()) as { error: { id: string }; problems: { code: string; message: string }[] }
    expect(body.problems).toEqual([
      expect.objectContaining({ code: 'tooManyRows', message: expect.stringMatching(/10,000 coops; at most 1,000/) }),
    ])
    expect(await rosterOf(board)).toEqual([])
  })

  it('refuses a body over 1 MiB and a body of another type', async () => {
    const board = await createBoard(server.origin)
    const huge = `name\n${'Cooperativa Grande\n'.repeat(60_000)}`
    expect((await post(board, huge)).status).toBe(413)
    expect((await post(board, 'Sur', { type: 'application/pdf' })).status).toBe(415)
    expect((await post(board, '{ not json', { type: 'application/json' })).status).toBe(400)
  })

  it('takes the JSON of a roster.json export, so a script can round-trip it', async () => {
    const source = await createBoard(server.origin)
    await post(source, csvOf(NAMES.slice(0, 5)), { apply: true })
    const exported = await (
      await fetch(`${server.origin}/api/boards/${source.id}/roster.json`, { headers: { authorization: `Bearer ${source.tokens.viewer}` } })
    ).text()
    const target = await createBoard(server.origin)
    const answer = (await (await post(target, exported, { type: 'application/json', apply: true })).json()) as ImportAnswer
    expect(answer).toMatchObject({ applied: true, format: 'json', summary: { added: 5 } })
    const copied = await rosterOf(target)
    expect(copied.map((coop) => [coop.name, coop.delegateCount])).toEqual(
      (await rosterOf(source)).map((coop) => [coop.name, coop.delegateCount]),
    )
  })

  it('refuses participants and viewers (403) and requests without a token (401)', async () => {
    const board = await createBoard(server.origin)
    for (const role of [Role.participant, Role.viewer]) {
      const response = await post(board, 'Cooperativa Sur', { token: board.tokens[role], apply: true })
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ error: { id: 'forbidden', message: 'Only facilitators can import a roster.' } })
    }
    expect((await post(board, 'Cooperativa Sur', { token: null, apply: true })).status).toBe(401)
    expect(await rosterOf(board)).toEqual([])
  })
})
