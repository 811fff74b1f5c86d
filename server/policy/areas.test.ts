import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { hasAuthor, namesWriter, setAreaAnonymous } from '../../shared/areas/anonymous'
import { recordsMap } from '../../shared/boardDoc'
import { lockArea, unlockArea } from '../../shared/areas/locks'
import { createNoteRecord, plainTextToRichText } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc, updateContains, withProps } from './testKit'

const { facilitator, participant } = Role
const ANA = { id: 'p-ana', name: 'Ana', coop: 'Sur' }

function frame(id: string, index: string, meta: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x: 0,
    y: 0,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta,
    props: { w: 400, h: 300, name: 'Area', color: 'black' },
  }
}

function note(n: number, parentId: string, author = true): Record<string, unknown> & { id: string } {
  return createNoteRecord({
    id: `shape:n${n}`,
    x: 20,
    y: 20,
    index: `a${n}`,
    text: `note ${n}`,
    parentId,
    author: author ? ANA : undefined,
  })
}

function put(doc: Y.Doc, record: Record<string, unknown>): void {
  recordsMap(doc).set(record.id as string, record)
}

function record(doc: Y.Doc, id: string): Record<string, unknown> | undefined {
  return recordsMap(doc).get(id) as Record<string, unknown> | undefined
}

/** A board with one frame, an outside note, and the policy, after a facilitator set it up. */
function board(setUp: (doc: Y.Doc) => void = () => undefined) {
  const policy = createBoardPolicy()
  const server = serverDoc([frame('shape:area', 'a1'), note(2, 'page:page'), note(3, 'shape:area')])
  expect(clientEdit(server, policy, facilitator, setUp).refusals).toEqual([])
  return { policy, server }
}

describe('board policy: locked areas', () => {
  it('refuses a participant adding a note into a locked frame', () => {
    const { policy, server } = board((doc) => lockArea(doc, 'shape:area'))
    const { refusals } = clientEdit(server, policy, participant, (doc) => put(doc, note(4, 'shape:area')))
    expect(refusals).toEqual([
      expect.objectContaining({ reason: 'locked_shape', key: 'shape:n4', detail: 'added a shape to a locked area' }),
    ])
    expect(record(server, 'shape:n4')).toBeUndefined()
  })

  it('refuses a participant moving a note into a locked frame', () => {
    const { policy, server } = board((doc) => lockArea(doc, 'shape:area'))
    const { refusals } = clientEdit(server, policy, participant, (doc) => put(doc, { ...note(2, 'page:page'), parentId: 'shape:area' }))
    expect(refusals).toEqual([
      expect.objectContaining({ reason: 'locked_shape', key: 'shape:n2', detail: 'moved a shape into a locked area' }),
    ])
    expect(record(server, 'shape:n2')?.parentId).toBe('page:page')
  })

  it('lets a participant add to the frame once it is unlocked, and a facilitator at any time', () => {
    const { policy, server } = board((doc) => lockArea(doc, 'shape:area'))
    expect(clientEdit(server, policy, facilitator, (doc) => put(doc, note(5, 'shape:area'))).refusals).toEqual([])
    expect(clientEdit(server, policy, facilitator, (doc) => unlockArea(doc, 'shape:area')).refusals).toEqual([])
    expect(clientEdit(server, policy, participant, (doc) => put(doc, note(4, 'shape:area'))).refusals).toEqual([])
    expect(record(server, 'shape:n4')?.parentId).toBe('shape:area')
  })

  it('refuses a participant locking an area', () => {
    const { policy, server } = board()
    const { refusals } = clientEdit(server, policy, participant, (doc) => lockArea(doc, 'shape:area'))
    expect(refusals.map((r) => r.reason)).toEqual(['facilitator_only', 'facilitator_only'])
    expect(record(server, 'shape:area')?.isLocked).toBe(false)
  })
})

describe('board policy: anonymous areas', () => {
  it('lets a facilitator mark an area anonymous, stripping the authors inside', () => {
    const { server } = board((doc) => setAreaAnonymous(doc, 'shape:area', true))
    expect(record(server, 'shape:area')?.meta).toEqual({ anonymous: true })
    expect(hasAuthor(record(server, 'shape:n3'))).toBe(false)
    expect(hasAuthor(record(server, 'shape:n2'))).toBe(true)
  })

  it('refuses a participant marking or unmarking an area anonymous', () => {
    const { policy, server } = board()
    const marked = clientEdit(server, policy, participant, (doc) => put(doc, { ...record(doc, 'shape:area'), meta: { anonymous: true } }))
    expect(marked.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:area' })])
    expect(record(server, 'shape:area')?.meta).toEqual({})
    expect(clientEdit(server, policy, facilitator, (doc) => setAreaAnonymous(doc, 'shape:area', true)).refusals).toEqual([])
    const unmarked = clientEdit(server, policy, participant, (doc) => setAreaAnonymous(doc, 'shape:area', false))
    expect(unmarked.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:area' })])
    expect(record(server, 'shape:area')?.meta).toEqual({ anonymous: true })
  })

  it('clears the author and textLastEditedBy of a note written into an anonymous area, for every role', () => {
    const { policy, server } = board((doc) => setAreaAnonymous(doc, 'shape:area', true))
    for (const [n, role] of [participant, facilitator].entries()) {
      const id = `shape:n${n + 4}`
      const written = withProps(note(n + 4, 'shape:area'), { textLastEditedBy: ANA.id })
      const { refusals, net } = clientEdit(server, policy, role, (doc) => put(doc, written))
      expect(refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: id })])
      const stored = record(server, id)
      expect(stored?.parentId).toBe('shape:area')
      expect(stored?.meta).toEqual({})
      expect((stored?.props as Record<string, unknown>).textLastEditedBy).toBeNull()
      expect(net).not.toBeNull()
      for (const trace of [ANA.id, ANA.name]) expect(updateContains(net, trace)).toBe(false)
    }
  })

  it('clears the writer of a text edit in an anonymous note, keeping the text', () => {
    const { policy, server } = board((doc) => setAreaAnonymous(doc, 'shape:area', true))
    const edited = withProps(record(server, 'shape:n3') ?? {}, { textLastEditedBy: ANA.id, richText: plainTextToRichText('changed') })
    const { net } = clientEdit(server, policy, participant, (doc) => put(doc, edited))
    const props = record(server, 'shape:n3')?.props as Record<string, unknown>
    expect(props.textLastEditedBy).toBeNull()
    expect(props.richText).toEqual(plainTextToRichText('changed'))
    expect(updateContains(net, ANA.id)).toBe(false)
  })

  it('clears the writers a moved note or frame brings into an anonymous area, at any depth', () => {
    const { policy, server } = board((doc) => {
      setAreaAnonymous(doc, 'shape:area', true)
      put(doc, frame('shape:box', 'a5'))
      put(doc, withProps(note(6, 'shape:box'), { textLastEditedBy: ANA.id }))
    })
    const moved = clientEdit(server, policy, participant, (doc) => {
      put(doc, { ...record(doc, 'shape:n2'), parentId: 'shape:area' })
      put(doc, { ...record(doc, 'shape:box'), parentId: 'shape:area' })
    })
    expect(moved.refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', detail: expect.stringContaining('2 shape(s)') })])
    for (const id of ['shape:n2', 'shape:n6']) expect(namesWriter(record(server, id))).toBe(false)
    expect(record(server, 'shape:n6')?.parentId).toBe('shape:box')
  })

  it('clears the writers inside an area a stock client marks anonymous without clearing them', () => {
    const { policy, server } = board((doc) => put(doc, withProps(note(5, 'shape:area', false), { textLastEditedBy: ANA.id })))
    const marked = clientEdit(server, policy, facilitator, (doc) => put(doc, { ...record(doc, 'shape:area'), meta: { anonymous: true } }))
    expect(marked.refusals).toHaveLength(1)
    for (const id of ['shape:n3', 'shape:n5']) expect(namesWriter(record(server, id))).toBe(false)
    expect(hasAuthor(record(server, 'shape:n2'))).toBe(true)
  })

  it('clears, at load, the writers a board stored before this rule kept in an anonymous area', () => {
    const policy = createBoardPolicy()
    const area = frame('shape:area', 'a1', { anonymous: true })
    const server = serverDoc([area, note(2, 'page:page'), withProps(note(3, 'shape:area'), { textLastEditedBy: ANA.id })])
    const refusals = policy.quarantine(server)
    expect(refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: 'shape:n3' })])
    expect(namesWriter(record(server, 'shape:n3'))).toBe(false)
    expect(hasAuthor(record(server, 'shape:n2'))).toBe(true)
    expect(policy.quarantine(server)).toEqual([])
  })

  it('accepts a note without an author inside an anonymous area', () => {
    const { policy, server } = board((doc) => setAreaAnonymous(doc, 'shape:area', true))
    expect(clientEdit(server, policy, participant, (doc) => put(doc, note(4, 'shape:area', false))).refusals).toEqual([])
    expect(record(server, 'shape:n4')?.parentId).toBe('shape:area')
  })
})
