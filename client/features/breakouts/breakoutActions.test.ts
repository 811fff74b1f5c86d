import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { currentSession, readMembers, readRapporteurs } from '../../../shared/breakouts/session'
import { COMMUNITY_MAP, CommunityKey } from '../../../shared/community/maps'
import { readFollow } from '../../../shared/stage/stage'
import { createFeatureDoc } from '../../sync/featureDoc'
import { DEFAULT_SESSION_FORM, planFromForm, type SessionFormPlan } from './breakoutView'
import { testTranslator } from '../../i18n/testing'
import { createBreakoutActions } from './useBreakouts'

const t = testTranslator('en')

const PEOPLE = [
  { id: 'ana', name: 'Ana', coop: 'Sur' },
  { id: 'bo', name: 'Bo', coop: 'Norte' },
  { id: 'cy', name: 'Cy', coop: 'Sur' },
  { id: 'di', name: 'Di', coop: 'Norte' },
]

function plan(): SessionFormPlan {
  const result = planFromForm({ ...DEFAULT_SESSION_FORM, count: '2' }, t)
  if (!('plan' in result)) throw new Error(result.problem)
  return result.plan
}

function setup(canWrite = true) {
  const doc = new Y.Doc()
  let now = 1_000_000
  const actions = createBreakoutActions(createFeatureDoc(doc, { canWrite }), () => now, { label: 'Fran · Facilitation' }, t)
  return { doc, actions, advance: (ms: number) => (now += ms) }
}

describe('createBreakoutActions', () => {
  it('starts a session from the form with the people present, on the server clock', () => {
    const { doc, actions } = setup()
    expect(actions.start(plan(), PEOPLE, 'page:page')).toBeNull()
    const session = currentSession(doc)
    expect(session?.status).toBe('running')
    expect(session?.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2'])
    expect(session?.timer.endsAt).toBe(1_000_000 + 15 * 60_000)
    expect(readMembers(doc, session?.id ?? '')).toHaveLength(4)
  })

  it('says a view-only board cannot be changed, in the translator’s language', () => {
    const doc = new Y.Doc()
    const actions = createBreakoutActions(createFeatureDoc(doc, { canWrite: false }), () => 0, { label: 'Fran' }, testTranslator('es'))
    expect(actions.start(plan(), PEOPLE, 'page:page')).toBe('Esta vista no puede cambiar el tablero.')
    const writable = createBreakoutActions(
      createFeatureDoc(new Y.Doc(), { canWrite: true }),
      () => 0,
      { label: 'Fran' },
      testTranslator('es'),
    )
    expect(writable.pause()).toBe('No hay ninguna sesión de grupos.')
  })

  it('names numbered groups in the facilitator’s language', () => {
    const doc = new Y.Doc()
    const actions = createBreakoutActions(createFeatureDoc(doc, { canWrite: true }), () => 0, { label: 'Fran' }, testTranslator('es'))
    expect(actions.start(plan(), PEOPLE, 'page:page')).toBeNull()
    expect(currentSession(doc)?.groups.map((g) => g.name)).toEqual(['Grupo 1', 'Grupo 2'])
  })

  it('reports why a second session cannot start while one runs, instead of throwing', () => {
    const { actions } = setup()
    actions.start(plan(), PEOPLE, 'page:page')
    expect(actions.start(plan(), PEOPLE, 'page:page')).toEqual(expect.any(String))
  })

  it('suggests someone other than the current rapporteur when asked again', () => {
    const { doc, actions } = setup()
    actions.start(plan(), PEOPLE, 'page:page')
    const id = currentSession(doc)?.id ?? ''
    const before = readRapporteurs(doc, id).find((r) => r.groupId === 'g1')?.participantId
    expect(actions.suggestRapporteur('g1')).toBeNull()
    const after = readRapporteurs(doc, id).find((r) => r.groupId === 'g1')?.participantId
    expect(after).toBeDefined()
    expect(after).not.toBe(before)
  })

  it('pauses and resumes the countdown, keeping what was left', () => {
    const { doc, actions, advance } = setup()
    actions.start(plan(), PEOPLE, 'page:page')
    advance(60_000)
    actions.pause()
    expect(currentSession(doc)?.timer).toMatchObject({ endsAt: null, pausedRemainingMs: 14 * 60_000 })
    advance(30_000)
    actions.resume()
    expect(currentSession(doc)?.timer.endsAt).toBe(1_000_000 + 90_000 + 14 * 60_000)
  })

  it('releases the report-back follow when a new session starts', () => {
    const { doc, actions } = setup()
    actions.start(plan(), PEOPLE, 'page:page')
    actions.end()
    expect(actions.startReportBack()).toBeNull()
    expect(readFollow(doc)?.reason).toBe('report')
    expect(actions.start(plan(), PEOPLE, 'page:page')).toBeNull()
    expect(readFollow(doc)).toBeNull()
  })

  it('writes nothing from a view-only session', () => {
    const { doc, actions } = setup(false)
    expect(actions.start(plan(), PEOPLE, 'page:page')).toEqual(expect.any(String))
    expect(currentSession(doc)).toBeNull()
  })

  it('counts a community’s earlier meetings: a coop that reported last month is not suggested first', () => {
    const { doc, actions } = setup()
    doc.getMap(COMMUNITY_MAP).set(CommunityKey.rotation, { coops: { sur: 500 }, people: {} })
    expect(actions.start(plan(), PEOPLE, 'page:page')).toBeNull()
    const session = currentSession(doc)
    const members = readMembers(doc, session?.id ?? '')
    for (const rapporteur of readRapporteurs(doc, session?.id ?? '')) {
      const group = members.filter((member) => member.groupId === rapporteur.groupId)
      if (group.some((member) => member.coop === 'Norte')) expect(rapporteur.coop).toBe('Norte')
    }
    expect(readRapporteurs(doc, session?.id ?? '').some((rapporteur) => rapporteur.coop === 'Norte')).toBe(true)
  })
})
