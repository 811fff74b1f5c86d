/**
 * `GET /api/communities/:id/decisions.json` and `.md` over a community of two past meetings and
 * an upcoming one, stored as their boards would be after the meetings.
 */
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decisionRegisterSchema } from '../../shared/community/api'
import { fileDate } from '../../shared/export/fileName'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { newBoardId } from '../ids'
import { call, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import { COMMUNITY_DELEGATES, decide, rosterBoard, storeBoardDoc } from '../testing/communityDocs'
import { startTestServer } from '../testing/testServer'

const DAY = 24 * 3600_000
const SEPTEMBER = Date.UTC(2026, 8, 3, 17)
const OCTOBER = Date.UTC(2026, 9, 1, 17)

describe('the decision register', () => {
  let server: RunningServer
  let community: TestCommunity
  let other: TestCommunity
  const register = (ext: 'json' | 'md', token: string | null, query = '', id = community.id) =>
    call(server.origin, 'GET', `/api/communities/${id}/decisions.${ext}${query}`, { token })
  const decisionsOf = async (query = '', token = community.tokens.viewer) => {
    const answer = await register('json', token, query)
    expect(answer.status).toBe(200)
    return decisionRegisterSchema.parse(answer.json).decisions
  }

  /** Adds a meeting board to the community, stored with `doc`. */
  async function meeting(title: string, startsAt: number, doc: Y.Doc): Promise<string> {
    const boardId = newBoardId()
    const createdAt = new Date(startsAt - 20 * DAY).toISOString()
    await server.store.addCommunityBoard(
      {
        boardId,
        communityId: community.id,
        kind: 'meeting',
        title,
        startsAt: new Date(startsAt).toISOString(),
        recordingUrl: null,
        createdAt,
      },
      { id: boardId, title, createdAt },
    )
    await storeBoardDoc(server, boardId, doc)
    return boardId
  }

  beforeAll(async () => {
    server = await startTestServer()
    community = await createCommunity(server.origin, 'Red de Cooperativas | Tech #1')
    other = await createCommunity(server.origin, 'Otra red')
    const september = rosterBoard()
    decide(
      september,
      'p-infra',
      'Compartir la infraestructura de correo',
      { outcome: 'agreed', at: SEPTEMBER + 3600_000 },
      { 'Cooperativa Sur': 'consent', 'Spółdzielnia Kodu': 'concern', 神戸コード協同組合: 'consent' },
    )
    decide(
      september,
      'p-fee',
      '# Cuota | anual <script>alert("x")</script> 会費 Συνδρομή',
      { outcome: 'amended', amendedText: 'Cuota de 80 € para cooperativas pequeñas', note: 'Revisar en marzo', at: SEPTEMBER + 7200_000 },
      { 'Συνεργατική Αθήνας': 'block' },
    )
    await meeting('Asamblea de septiembre', SEPTEMBER, september)
    const october = rosterBoard()
    decide(
      october,
      'p-matrix',
      'Alojar un servidor Matrix común',
      { outcome: 'not_agreed', at: OCTOBER + 3600_000 },
      { 'Cooperativa Sur': 'block' },
    )
    await meeting('Asamblea de octubre', OCTOBER, october)
    // An upcoming meeting: nothing decided yet.
    await meeting('Asamblea de diciembre', Date.now() + 20 * DAY, rosterBoard())
  })
  afterAll(() => server.close())

  it('lists every meeting’s decisions to every role, newest meeting first, with stances per coop and no person', async () => {
    for (const token of [community.tokens.coordinator, community.tokens.member, community.tokens.viewer]) {
      const decisions = await decisionsOf('', token)
      expect(decisions.map((d) => [d.meetingTitle, d.seq, d.outcome])).toEqual([
        ['Asamblea de octubre', 1, 'not_agreed'],
        ['Asamblea de septiembre', 2, 'amended'],
        ['Asamblea de septiembre', 1, 'agreed'],
      ])
    }
    const [, fee, infra] = await decisionsOf()
    expect(fee).toMatchObject({ amendedText: 'Cuota de 80 € para cooperativas pequeñas', outcomeNote: 'Revisar en marzo' })
    expect(fee?.meetingDate).toBe(new Date(SEPTEMBER).toISOString())
    expect(infra?.stances.map((s) => [s.coopName, s.stance])).toEqual([
      ['Cooperativa Sur', 'consent'],
      ['Spółdzielnia Kodu', 'concern'],
      ['神戸コード協同組合', 'consent'],
    ])
    const text = (await register('json', community.tokens.member)).text
    for (const person of COMMUNITY_DELEGATES) expect(text).not.toContain(person)
  })

  it('searches folded words in the text, amended text, note and meeting title, and filters by outcome', async () => {
    const titles = async (query: string) => (await decisionsOf(query)).map((d) => d.proposalId)
    expect(await titles('?q=INFRAESTRUCTURA%20correo')).toEqual(['p-infra'])
    expect(await titles('?q=pequenas')).toEqual(['p-fee'])
    expect(await titles(`?q=${encodeURIComponent('συνδρομη')}`)).toEqual(['p-fee'])
    expect(await titles(`?q=${encodeURIComponent('会費')}`)).toEqual(['p-fee'])
    expect(await titles('?q=octubre')).toEqual(['p-matrix'])
    expect(await titles('?q=marzo&outcome=amended')).toEqual(['p-fee'])
    expect(await titles('?outcome=agreed')).toEqual(['p-infra'])
    expect(await titles('?outcome=not_agreed&q=correo')).toEqual([])
    expect(await titles('?outcome=')).toHaveLength(3)
  })

  it('refuses an unknown outcome or too long a search with 400, in both formats', async () => {
    for (const ext of ['json', 'md'] as const) {
      for (const query of ['?outcome=open', '?outcome=AGREED', `?q=${'a'.repeat(201)}`]) {
        const answer = await register(ext, community.tokens.viewer, query)
        expect(answer.status).toBe(400)
        expect(errorIdOf(answer)).toBe(ErrorId.badRequest)
      }
    }
  })

  it('serves the register as Markdown named after the community, with what people wrote escaped', async () => {
    const answer = await register('md', community.tokens.member, '?tz=Europe/Madrid')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toContain(
      `filename="red-de-cooperativas-tech-1-decisions-${fileDate(Date.now(), 'Europe/Madrid')}.md"`,
    )
    const text = answer.text
    expect(text.startsWith('# Decision register: Red de Cooperativas \\| Tech #1\n')).toBe(true)
    expect(text.indexOf('## Asamblea de octubre')).toBeLessThan(text.indexOf('## Asamblea de septiembre'))
    expect(text).toContain('### 2. Agreed as amended\n\nCuota de 80 € para cooperativas pequeñas')
    expect(text).toContain('*As proposed:* \\# Cuota \\| anual \\<script\\>alert("x")\\</script\\> 会費 Συνδρομή')
    expect(text).toContain('- Συνεργατική Αθήνας — block')
    expect(text).toMatch(/\*Decided 3 September 2026 at 20:00 (CEST|GMT\+2)\*/)
    expect(text).not.toContain('<script>')
    const json = await register('json', community.tokens.member)
    expect(json.headers.get('content-disposition')).toContain('-decisions-')
    expect(json.headers.get('content-disposition')).toContain('.json"')
  })

  it('answers 404 for unknown and malformed ids, 401 without a token of this community', async () => {
    for (const ext of ['json', 'md'] as const) {
      expect((await register(ext, community.tokens.viewer, '', 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
      expect((await register(ext, community.tokens.viewer, '', 'not-an-id')).status).toBe(404)
      expect((await register(ext, null)).status).toBe(401)
      expect((await register(ext, 'x'.repeat(32))).status).toBe(401)
      expect((await register(ext, other.tokens.coordinator)).status).toBe(401)
    }
    const theirs = await register('json', other.tokens.viewer, '', other.id)
    expect(decisionRegisterSchema.parse(theirs.json).decisions).toEqual([])
  })
})
