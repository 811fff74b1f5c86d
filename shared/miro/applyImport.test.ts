import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRecords, recordsMap } from '../boardDoc'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { stickiesInFrames } from './fixtures/generate'
import { importMiroIntoDoc } from './applyImport'

describe('importMiroIntoDoc', () => {
  it('writes every planned record in one transaction, clear of what the board holds', () => {
    const doc = new Y.Doc()
    recordsMap(doc).set('shape:mine', createNoteRecord({ id: 'shape:mine', x: 0, y: 0, index: 'a1', text: 'mine' }))
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const result = importMiroIntoDoc(doc, stickiesInFrames(5, 40), DEFAULT_PAGE_ID)
    expect(result.ok).toBe(true)
    expect(transactions).toBe(1)
    const records = readRecords(doc)
    expect(records.filter((r) => r.type === 'note')).toHaveLength(201)
    expect(records.filter((r) => r.type === 'frame')).toHaveLength(5)
    expect(result.ok && result.plan.bounds && result.plan.bounds.x).toBeGreaterThan(200)
  })

  it('writes nothing for a file it refuses', () => {
    const doc = new Y.Doc()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    expect(importMiroIntoDoc(doc, { not: 'miro' }, DEFAULT_PAGE_ID).ok).toBe(false)
    expect(recordsMap(doc).size).toBe(0)
    expect(transactions).toBe(0)
  })
})
