import { atom } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { PLENARY_SHAPE_UTILS } from '../../client/board/shapeUtils'
import { createBoardStore } from '../../client/sync/boardStore'
import { RecordSchema } from './recordSchema'
import { CURRENT_SCHEMA, note, OLDER_SCHEMA, olderNote } from './testKit'

describe('RecordSchema', () => {
  const schema = new RecordSchema()

  it('accepts the schema label the client writes, and only that one', () => {
    const store = createBoardStore({
      shapeUtils: PLENARY_SHAPE_UTILS,
      participant: atom('participant', { id: 'p1', name: 'Ana', coop: 'Coop', color: '#c2410c' }),
      status: atom('status', 'online' as const),
    })
    expect(schema.isCurrentLabel(store.schema.serialize())).toBe(true)
    expect(schema.isCurrentLabel(OLDER_SCHEMA)).toBe(false)
    expect(schema.isCurrentLabel({ ...CURRENT_SCHEMA, extra: 1 })).toBe(false)
    expect(schema.isCurrentLabel({ schemaVersion: 1, storeVersion: 4, recordVersions: {} })).toBe(false)
  })

  it("keeps a refusal's detail short even when tldraw quotes a huge value", () => {
    const verdict = schema.check(
      'shape:n1',
      { ...note(1), props: { ...(note(1).props as object), url: 'x'.repeat(5_000) } },
      { kind: 'current' },
    )
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.detail.length).toBeLessThanOrEqual(201)
  })

  it('checks the document-scoped record types only', () => {
    expect([...schema.documentTypes].sort()).toEqual(['asset', 'binding', 'document', 'page', 'shape', 'user'])
  })

  it('reads records written under an older label by migrating them first', () => {
    const plan = schema.readPlan(OLDER_SCHEMA)
    expect(plan.kind).toBe('migrate')
    expect(schema.check('shape:n1', olderNote(1), plan).ok).toBe(true)
    expect(schema.check('shape:n1', olderNote(1), schema.readPlan(CURRENT_SCHEMA)).ok).toBe(false)
  })

  it('reads a missing or unreadable label as the current schema, and refuses to judge a newer one', () => {
    expect(schema.readPlan(undefined)).toEqual({ kind: 'current' })
    expect(schema.readPlan('garbage')).toEqual({ kind: 'current' })
    const newer = schema.readPlan({ ...CURRENT_SCHEMA, sequences: { ...CURRENT_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } })
    expect(newer.kind).toBe('newer')
    expect(schema.check('shape:n1', note(1), newer)).toMatchObject({ ok: false, reason: 'invalid_record' })
  })
})
