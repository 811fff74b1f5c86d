import { describe, expect, it } from 'vitest'
import { reportHistory, suggestRapporteur } from './rapporteur'
import type { BreakoutMember, BreakoutSession, Rapporteur } from './types'

function member(participantId: string, name: string, coop: string): BreakoutMember {
  return { sessionId: 's4', participantId, groupId: 'g1', name, coop, assignedBy: 'random', at: 0 }
}

function ended(id: string, endedAt: number | null, status: BreakoutSession['status'] = 'ended'): BreakoutSession {
  return {
    id,
    status,
    assignment: 'random',
    spreadCoops: false,
    cap: null,
    groups: [],
    timer: { durationMs: 1, endsAt: null, pausedRemainingMs: 0 },
    message: null,
    pageId: 'page:page',
    startedAt: 0,
    endedAt,
    reportBack: null,
  }
}

function reported(sessionId: string, coop: string, participantId = `${coop}-${sessionId}`): Rapporteur {
  return { sessionId, groupId: 'g1', participantId, name: participantId, coop, at: 0 }
}

describe('reportHistory', () => {
  it('keeps the latest end of an ended session per coop, by coop id', () => {
    const sessions = [ended('s1', 100), ended('s2', 200), ended('s3', null, 'running')]
    const history = reportHistory(sessions, [
      reported('s1', 'Sur'),
      reported('s2', 'sur'),
      reported('s1', 'Norte'),
      reported('s3', 'Este'),
      reported('gone', 'Oeste'),
      reported('s2', ''),
    ])
    expect(history).toEqual(
      new Map([
        ['sur', 200],
        ['norte', 100],
      ]),
    )
  })
})

describe('suggestRapporteur', () => {
  const ana = member('p-ana', 'Ana', 'Sur')
  const bo = member('p-bo', 'Bo', 'Norte')
  const cy = member('p-cy', 'Cy', 'Este')
  const dee = member('p-dee', 'Dee', '')

  it('rotates over three sessions: the coop that reported longest ago (or never) is suggested', () => {
    const sessions: BreakoutSession[] = []
    const rapporteurs: Rapporteur[] = []
    const picked: string[] = []
    for (let round = 1; round <= 4; round++) {
      const choice = suggestRapporteur([ana, bo, cy], reportHistory(sessions, rapporteurs))
      if (!choice) throw new Error('no suggestion')
      picked.push(choice.name)
      sessions.push(ended(`s${round}`, round * 1000))
      rapporteurs.push({ ...reported(`s${round}`, choice.coop, choice.participantId), name: choice.name })
    }
    // Never-reported coops first (by name), then the one that reported longest ago comes round again.
    expect(picked).toEqual(['Ana', 'Bo', 'Cy', 'Ana'])
  })

  it('breaks ties by name, case-insensitively, then participant id', () => {
    const twins = [member('p2', 'zoe', 'A'), member('p9', 'Ana', 'B'), member('p1', 'ana', 'C')]
    expect(suggestRapporteur(twins, new Map())?.participantId).toBe('p1')
    expect(suggestRapporteur([...twins].reverse(), new Map())?.participantId).toBe('p1')
  })

  it('puts members without a coop after every member with one', () => {
    const history = new Map([
      ['sur', 500],
      ['norte', 900],
    ])
    expect(suggestRapporteur([dee, bo, ana], history)?.name).toBe('Ana')
    expect(suggestRapporteur([dee], history)?.name).toBe('Dee')
  })

  it('skips excluded members so asking again suggests someone else, and is null when nobody is left', () => {
    const history = new Map<string, number>()
    expect(suggestRapporteur([ana, bo], history, new Set(['p-ana']))?.name).toBe('Bo')
    expect(suggestRapporteur([ana, bo], history, new Set(['p-ana', 'p-bo']))).toBeNull()
    expect(suggestRapporteur([], history)).toBeNull()
  })
})
