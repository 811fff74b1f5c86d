import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../../shared/boardDoc'
import { ARCHIVE_PAGE_ID } from '../../../shared/breakouts/archive'
import { endSession, readSessionById, startReportBack, startSession } from '../../../shared/breakouts/session'
import { seededRandom, startedSession, sessionPlan } from '../../../shared/breakouts/testing'
import { createFeatureDoc } from '../../sync/featureDoc'
import { testTranslator } from '../../i18n/testing'
import { createArchiveActions, readPastSessions } from './pastSessions'

/** A board with two ended sessions: s1 (Housing, Energy) at 1000 ms and s2 (Łódź, 東京) at 5000 ms. */
function board(): Y.Doc {
  const { doc } = startedSession({ cap: null })
  recordsMap(doc).set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} })
  endSession(doc, 's1', 2000)
  startSession(doc, sessionPlan({ groupNames: ['Łódź', '東京'], now: 5000, random: seededRandom(2), sessionId: 's2' }))
  endSession(doc, 's2', 6000)
  return doc
}

function pageName(doc: Y.Doc): unknown {
  return (recordsMap(doc).get(ARCHIVE_PAGE_ID) as { name?: unknown } | undefined)?.name
}

describe('past sessions', () => {
  it('lists ended sessions newest first, marked archived or not', () => {
    const doc = board()
    const actions = createArchiveActions(createFeatureDoc(doc, { canWrite: true }), () => 9000, testTranslator('en'))
    expect(actions.archive('s1')).toBeNull()
    expect(readPastSessions(doc).map((past) => [past.session.id, past.number, past.archived])).toEqual([
      ['s2', 2, false],
      ['s1', 1, true],
    ])
    expect(pageName(doc)).toBe('Archive')
  })

  it('names the archive page in the facilitator’s language and archives every session at once', () => {
    const doc = board()
    const actions = createArchiveActions(createFeatureDoc(doc, { canWrite: true }), () => 9000, testTranslator('es'))
    expect(actions.archiveAll()).toBeNull()
    expect(pageName(doc)).toBe('Archivo')
    expect(readPastSessions(doc).every((past) => past.archived)).toBe(true)
    expect(actions.unarchive('s2')).toBeNull()
    expect(readSessionById(doc, 's2')?.archivedAt).toBeNull()
  })

  it('says in Spanish why a session whose group holds the floor stays, and writes nothing', () => {
    const doc = board()
    startReportBack(doc, 's2', null, 7000)
    const actions = createArchiveActions(createFeatureDoc(doc, { canWrite: true }), () => 9000, testTranslator('es'))
    expect(actions.archive('s2')).toBe('Un grupo de esta sesión tiene la palabra: termina antes su puesta en común.')
    expect(actions.archiveAll()).toBe('Un grupo de esta sesión tiene la palabra: termina antes su puesta en común.')
    expect(readSessionById(doc, 's1')?.archivedAt).toBeUndefined()
    expect(recordsMap(doc).has(ARCHIVE_PAGE_ID)).toBe(false)
  })

  it('refuses in a view that cannot write', () => {
    const doc = board()
    const actions = createArchiveActions(createFeatureDoc(doc, { canWrite: false }), () => 9000, testTranslator('en'))
    expect(actions.archive('s1')).toBe('This view cannot change the board.')
    expect(readSessionById(doc, 's1')?.archivedAt).toBeUndefined()
  })
})
