import { describe, expect, it } from 'vitest'
import type { CommunityView } from '../../shared/community/api'
import { decisionsPath, getCommunity } from './communityApi'

const ID = 'CoMmUnItYiDxxxxxxxxxx1'

const VIEW: CommunityView = {
  id: ID,
  name: 'Federación de Cooperativas',
  description: '',
  createdAt: '2026-12-01T10:00:00.000Z',
  role: 'member',
  published: false,
  standingBoard: { id: 'StAnDiNgBoArDxxxxxxxx1', url: '/b/StAnDiNgBoArDxxxxxxxx1' },
  coops: [
    {
      id: 'coop-lodz',
      name: 'Spółdzielnia Łódź',
      country: 'Polska',
      website: '',
      description: '',
      delegates: ['Małgorzata'],
      color: 'blue',
    },
  ],
  meetings: [],
  nextMeeting: null,
  workingGroups: [],
  rotation: [],
  relations: [],
  relationLabels: ['works with'],
}

function answering(status: number, body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

describe('the community client', () => {
  it('reads a community view and sends the token', async () => {
    let auth: string | null = null
    const fetch: typeof globalThis.fetch = async (_path, init) => {
      auth = new Headers(init?.headers).get('authorization')
      return answering(200, VIEW)(_path, init)
    }
    expect(await getCommunity(ID, 't'.repeat(32), { fetch })).toEqual({ ok: true, value: VIEW })
    expect(auth).toBe(`Bearer ${'t'.repeat(32)}`)
  })

  it('refuses an answer of the wrong shape, and keeps the server’s refusal', async () => {
    const bad = await getCommunity(ID, 't'.repeat(32), { fetch: answering(200, { ...VIEW, coops: 'none' }) })
    expect(bad).toMatchObject({ ok: false, error: { id: 'invalid_response' } })
    const revoked = await getCommunity(ID, 't'.repeat(32), {
      fetch: answering(410, { error: { id: 'link_revoked', message: 'Replaced.' } }),
    })
    expect(revoked).toEqual({ ok: false, error: { id: 'link_revoked', message: 'Replaced.', status: 410 } })
  })

  it('asks the register with the search and outcome, leaving out what is not filtered', () => {
    expect(decisionsPath(ID, 'json', { q: '  ', outcome: 'all' })).toBe(`/api/communities/${ID}/decisions.json`)
    expect(decisionsPath(ID, 'md', { q: 'cuota anual', outcome: 'amended' })).toBe(
      `/api/communities/${ID}/decisions.md?q=cuota+anual&outcome=amended`,
    )
  })
})
