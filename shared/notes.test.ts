import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createNoteRecord, plainTextToRichText } from './notes'

describe('createNoteRecord', () => {
  const schema = createTLSchema()
  const noteType = schema.types.shape

  it('builds a record that passes tldraw 5 validation', () => {
    const record = createNoteRecord({
      id: 'shape:bot-1',
      x: 10,
      y: 20,
      index: 'a1',
      text: 'Hola\nasamblea',
      author: { id: 'bot', name: 'Bot', coop: 'Robots Coop' },
    })
    expect(() => noteType.validate(record)).not.toThrow()
  })

  it('is rejected by tldraw when a prop is wrong, so the validator is really checking', () => {
    const record = createNoteRecord({ id: 'shape:bot-2', x: 0, y: 0, index: 'a1', text: 'x' })
    const broken = { ...record, props: { ...(record.props as object), color: 'not-a-color' } }
    expect(() => noteType.validate(broken)).toThrow()
  })

  it('keeps empty lines as empty paragraphs', () => {
    expect(plainTextToRichText('a\n\nb').content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
    ])
  })
})
