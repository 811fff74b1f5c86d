import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ATTENDANCE_MAP, readAllAttendance, recordAttendance } from '../../shared/attendance/attendance'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { fileDate } from '../../shared/export/fileName'

describe('GET /api/boards/:id/export.md', () => {
  let server: RunningServer
  let board: TestBoard
  const get = (token: string | null, query = '') =>
    fetch(`${server.origin}/api/boards/${board.id}/export.md${query}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })

  beforeAll(async () => {
    server = await startTestServer()
    board = await createBoard(server.origin, 'Asamblea *junio*')
    const ana = { id: 'p-ana', name: 'Ana', coop: 'Cooperativa Sur' }
    const client = connectClient(server.origin, board, { role: Role.participant, user: ana })
    await waitForSync(client)
    client.doc.transact(() => {
      recordAttendance(client.doc, ana, 'participant', Date.now())
      // Someone else's attendance, written in Ana's name: the server must refuse it.
      recordAttendance(client.doc, { id: 'p-eve', name: 'Eve', coop: 'Impostors' }, 'participant', Date.now())
      recordsMap(client.doc).set(
        'shape:n1',
        createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: '# not a heading\nsecond line', author: ana }),
      )
    })
    await waitFor(() => server.registry.peek(board.id)?.doc.getMap('records').has('shape:n1') === true, 5000, 'the note on the server')
    await waitFor(() => !client.doc.getMap(ATTENDANCE_MAP).has('p-eve'), 5000, 'the forged attendance to be undone')
    client.destroy()
  })
  afterAll(() => server.close())

  it('serves the minutes as Markdown to any role', async () => {
    const response = await get(board.tokens.viewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`filename="asamblea-junio-minutes-${fileDate(Date.now())}.md"`)
    const text = await response.text()
    expect(text.startsWith('# Asamblea \\*junio\\*\n')).toBe(true)
    expect(text).toContain('- **Cooperativa Sur:** Ana')
    expect(text).not.toContain('Eve')
    expect(text).toContain('## Other notes\n\n- \\# not a heading\n  second line — *Ana · Cooperativa Sur*')
  })

  it('shows the date in the time zone asked for, and UTC for an unknown one', async () => {
    const tokyo = await (await get(board.tokens.participant, '?tz=Asia/Tokyo')).text()
    expect(tokyo).toMatch(/\*Minutes of .* GMT\+9\*/)
    const unknown = await (await get(board.tokens.participant, '?tz=Mars/Olympus')).text()
    expect(unknown).toMatch(/\*Minutes of .* UTC\*/)
  })

  it('writes the minutes in the language asked for with ?lang, else Accept-Language, else English', async () => {
    const spanish = await get(board.tokens.participant, '?lang=es&tz=America/Argentina/Buenos_Aires')
    expect(spanish.headers.get('content-language')).toBe('es')
    const text = await spanish.text()
    expect(text).toMatch(/\*Acta del \d+ de [a-z]+ de \d{4}.* GMT-3\*/)
    expect(text).toContain('**Participantes** (1 persona de 1 cooperativa)')
    expect(text).toContain('## Otras notas')
    expect(text).not.toContain('Other notes')
    const byHeader = await fetch(`${server.origin}/api/boards/${board.id}/export.md`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}`, 'accept-language': 'pl;q=0.9, es-AR, en;q=0.5' },
    })
    expect(byHeader.headers.get('content-language')).toBe('es')
    expect(await byHeader.text()).toContain('## Otras notas')
    const unknown = await get(board.tokens.viewer, '?lang=xx')
    expect(unknown.headers.get('content-language')).toBe('en')
    expect(await unknown.text()).toContain('**Participants** (1 person from 1 coop)')
  })

  it('asks for a token', async () => {
    expect((await get(null)).status).toBe(401)
    expect((await get('x'.repeat(32))).status).toBe(401)
  })

  it('kept only the attendance written by its own participant', async () => {
    const reader = connectClient(server.origin, board, { role: Role.viewer })
    try {
      await waitForSync(reader)
      expect(readAllAttendance(reader.doc).map((a) => a.name)).toEqual(['Ana'])
    } finally {
      reader.destroy()
    }
  })
})
