import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { DEFAULT_PAGE_ID } from '../notes'
import { richTextToPlainText } from '../export/richText'
import { stickyColor } from './colors'
import { planMiroImport, type MiroImportPlan } from './importMiro'
import type { MiroImportWords } from './placeholders'

const schema = createTLSchema()

/** Spanish words, as the client passes its translations. */
const SPANISH: MiroImportWords = {
  placeholder: (kind, title) =>
    `${{ image: 'Imagen', document: 'Documento', embed: 'Contenido incrustado' }[kind]}${title ? ` «${title}»` : ''}: súbela al tablero`,
}

const COOPS = [
  'Spółdzielnia Kodu',
  'Cooperativa Sur',
  'Συνεργατική Αθήνας',
  '東京ワーカーズ協同組合',
  'Coopérative Élan',
  'Kooperativ Nord',
]
const LONG = 'Propuesta de presupuesto compartido para herramientas, formación y cuidados entre cooperativas. '.repeat(12).trim()
const AUTHOR = { id: '3074457350000000001', type: 'user' }
/** Miro's card themes: blue (its default), red, green, yellow, violet, black. */
const THEMES = ['#2d9bf0', '#e6393c', '#8fd14f', '#fac710', '#9510ac', '#1a1a1a']

function plan(items: unknown[], words?: MiroImportWords): MiroImportPlan {
  const result = planMiroImport({ data: items }, { pageId: DEFAULT_PAGE_ID, records: [], ...(words ? { words } : {}) })
  if (!result.ok) throw new Error(result.error)
  for (const record of result.plan.records) {
    const type = record.typeName === 'binding' ? schema.types.binding : schema.types.shape
    expect(() => type.validate(record), record.id).not.toThrow()
  }
  return result.plan
}

function shapeOf(records: readonly StoredRecord[], miroId: string): StoredRecord & { props: Record<string, unknown> } {
  const found = records.find((r) => r.typeName === 'shape' && (r.meta as { miroId?: string }).miroId === miroId)
  if (!found) throw new Error(`no shape for ${miroId}`)
  return found as StoredRecord & { props: Record<string, unknown> }
}

/** The text runs of a shape's rich text, with their marks' types. */
function runs(record: { props: Record<string, unknown> }): { text: string; marks: string[] }[][] {
  const doc = record.props.richText as { content: { content?: { type: string; text?: string; marks?: { type: string }[] }[] }[] }
  return doc.content.map((p) =>
    (p.content ?? []).filter((n) => n.type === 'text').map((n) => ({ text: n.text ?? '', marks: (n.marks ?? []).map((m) => m.type) })),
  )
}

describe('Miro cards become notes that keep their title and description', () => {
  const cards = COOPS.map((coop, i) => ({
    id: `40${i}`,
    type: 'card',
    data: {
      title: `<p>${coop}: <a href="https://coop.example/a?x=1&amp;y=2">propuesta</a></p>`,
      description: `<p>${LONG}</p><p>Contacto: ${coop}</p>`,
      ...(i % 2 === 0 ? { dueDate: '2027-01-15T00:00:00Z', assigneeId: '3074457350000000002' } : {}),
      ...(i === 0 ? { startDate: '2026-12-01T00:00:00Z', tagIds: ['3074457350000000010', '3074457350000000011'] } : {}),
    },
    style: { cardTheme: THEMES[i] },
    position: { x: i * 400, y: 0, origin: 'center', relativeTo: 'canvas_center' },
    geometry: { width: 320, height: 94 },
    createdBy: AUTHOR,
    modifiedBy: AUTHOR,
    createdAt: '2026-11-02T10:00:00Z',
    modifiedAt: '2026-11-03T10:00:00Z',
  }))
  const { records, report } = plan(cards)

  it('writes the title in bold on the first line and the description under it', () => {
    const note = shapeOf(records, '402')
    expect(note.type).toBe('note')
    const [title, ...description] = runs(note)
    expect(title?.map((run) => run.text).join('')).toBe('Συνεργατική Αθήνας: propuesta')
    expect(title?.every((run) => run.marks.includes('bold'))).toBe(true)
    expect(title?.find((run) => run.text === 'propuesta')?.marks).toEqual(['link', 'bold'])
    expect(description.map((p) => p.map((run) => run.text).join(''))).toEqual([LONG, 'Contacto: Συνεργατική Αθήνας'])
    expect(description.flat().some((run) => run.marks.includes('bold'))).toBe(false)
    expect(richTextToPlainText(note.props.richText)).toBe(`Συνεργατική Αθήνας: propuesta\n${LONG}\nContacto: Συνεργατική Αθήνας`)
  })

  it("colours each note like the card's theme and sizes it to the card's width", () => {
    // The colours module's nearest note colour (colors.test.ts checks its choices).
    expect(COOPS.map((_, i) => shapeOf(records, `40${i}`).props.color)).toEqual(THEMES.map(stickyColor))
    expect(shapeOf(records, '400').props.color).toBe('blue')
    const plain = plan([{ id: '499', type: 'card', data: { title: 'Sin tema' }, position: { x: 0, y: 0 } }]).records
    expect(shapeOf(plain, '499').props.color).toBe(stickyColor(THEMES[0]))
    expect(shapeOf(records, '400').props.scale).toBeCloseTo(320 / 199, 2)
  })

  it('reports the card fields without an equivalent, with the authors and times of every card', () => {
    expect(report.imported).toEqual({ card: 6 })
    expect(report.skipped).toEqual([])
    expect(report.lost).toEqual([
      { code: 'authors', count: 6 },
      { code: 'timestamps', count: 6 },
      { code: 'cardDueDates', count: 3 },
      { code: 'cardStartDates', count: 1 },
      { code: 'cardAssignees', count: 3 },
      { code: 'tags', count: 1 },
    ])
  })
})

describe('Miro images, documents and embeds become placeholders in place', () => {
  const frame = {
    id: '500',
    type: 'frame',
    data: { title: 'Fotos de la asamblea' },
    position: { x: 0, y: 0 },
    geometry: { width: 2000, height: 1200 },
  }
  const items = [
    frame,
    {
      id: '501',
      type: 'image',
      data: { title: 'Resultados \u202eencuesta\u202c.png', imageUrl: 'https://images.miro-assets.example/abc.png' },
      position: { x: 400, y: 300, relativeTo: 'parent_top_left' },
      geometry: { width: 640, height: 480 },
      parent: { id: '500' },
    },
    {
      id: '502',
      type: 'image',
      data: { title: 'https://images.example/leaked.png', imageUrl: 'https://images.example/leaked.png' },
      position: { x: 3000, y: 0 },
    },
    {
      id: '503',
      type: 'document',
      data: { title: 'Presupuesto 2027 — 東京.pdf', documentUrl: 'https://documents.example/x.pdf' },
      position: { x: 3600, y: 0 },
      geometry: { width: 300, height: 400 },
    },
    { id: '504', type: 'embed', data: { url: 'https://video.example/watch?v=1', title: 'Ψηφοφορία' }, position: { x: 4200, y: 0 } },
  ]

  it("draws a dashed rectangle at the item's place and size, labelled in the importer's language", () => {
    const { records, report } = plan(items, SPANISH)
    expect(report.imported).toEqual({ frame: 1, image: 2, document: 1, embed: 1 })
    const image = shapeOf(records, '501')
    expect(image.parentId).toBe(shapeOf(records, '500').id)
    expect([image.x, image.y]).toEqual([80, 60])
    expect(image.props).toMatchObject({ geo: 'rectangle', w: 640, h: 480, dash: 'dashed', color: 'grey', fill: 'none' })
    // The bidirectional override is stripped from the title.
    expect(richTextToPlainText(image.props.richText)).toBe('Imagen «Resultados encuesta.png»: súbela al tablero')
    expect(richTextToPlainText(shapeOf(records, '503').props.richText)).toBe('Documento «Presupuesto 2027 — 東京.pdf»: súbela al tablero')
    expect(richTextToPlainText(shapeOf(records, '504').props.richText)).toBe('Contenido incrustado «Ψηφοφορία»: súbela al tablero')
    // Miro gives no size for an image pasted as a link: the placeholder has room for its words.
    expect(shapeOf(records, '502').props).toMatchObject({ w: 320, h: 240 })
  })

  it('never writes an address: a title that is one is left out', () => {
    const { records } = plan(items)
    expect(richTextToPlainText(shapeOf(records, '502').props.richText)).toBe('Image — upload it to the board')
    expect(JSON.stringify(records)).not.toMatch(/https?:|example\//)
  })
})

describe('Miro connectors keep their shape and style', () => {
  const ends = [
    { id: '600', type: 'sticky_note', data: { content: '<p>Spółdzielnia</p>' }, position: { x: 0, y: 0 } },
    { id: '601', type: 'sticky_note', data: { content: '<p>協同組合</p>' }, position: { x: 1000, y: 0 } },
  ]
  const shapes = ['straight', 'elbowed', 'curved'] as const
  const styles = ['normal', 'dashed', 'dotted'] as const
  const connectors = shapes.flatMap((shape, i) =>
    styles.map((strokeStyle, j) => ({
      id: `61${i}${j}`,
      type: 'connector',
      shape,
      startItem: { id: '600' },
      endItem: { id: '601' },
      style: {
        strokeStyle,
        strokeWidth: String(1 + 10 * j),
        strokeColor: '#1a1a1a',
        startStrokeCap: 'filled_oval',
        endStrokeCap: 'erd_many',
      },
      captions: j === 2 ? [{ content: '<p>aporta</p>' }, { content: '<p>recibe</p>' }] : [{ content: `<p>${shape} ${strokeStyle}</p>` }],
    })),
  )
  const { records, report } = plan([...ends, ...connectors])

  it('becomes an arrow per connector, with its kind, bend, dash, size, heads and caption', () => {
    expect(report.imported).toEqual({ sticky_note: 2, connector: 9 })
    const look = connectors.map((c) => {
      const { kind, bend, dash, size, arrowheadStart, arrowheadEnd } = shapeOf(records, c.id).props
      return [c.shape, c.style.strokeStyle, kind, bend === 0 ? 'straight' : 'bent', dash, size, arrowheadStart, arrowheadEnd]
    })
    expect(look).toEqual([
      ['straight', 'normal', 'arc', 'straight', 'solid', 's', 'dot', 'inverted'],
      ['straight', 'dashed', 'arc', 'straight', 'dashed', 'xl', 'dot', 'inverted'],
      ['straight', 'dotted', 'arc', 'straight', 'dotted', 'xl', 'dot', 'inverted'],
      ['elbowed', 'normal', 'elbow', 'straight', 'solid', 's', 'dot', 'inverted'],
      ['elbowed', 'dashed', 'elbow', 'straight', 'dashed', 'xl', 'dot', 'inverted'],
      ['elbowed', 'dotted', 'elbow', 'straight', 'dotted', 'xl', 'dot', 'inverted'],
      ['curved', 'normal', 'arc', 'bent', 'solid', 's', 'dot', 'inverted'],
      ['curved', 'dashed', 'arc', 'bent', 'dashed', 'xl', 'dot', 'inverted'],
      ['curved', 'dotted', 'arc', 'bent', 'dotted', 'xl', 'dot', 'inverted'],
    ])
    expect(richTextToPlainText(shapeOf(records, '6120').props.richText)).toBe('curved normal')
  })

  it('reports strokes wider than tldraw draws and captions beyond the first', () => {
    expect(report.lost).toEqual([
      { code: 'strokeWidths', count: 3 },
      { code: 'extraCaptions', count: 3 },
    ])
  })
})

describe('the report of what has no equivalent', () => {
  it('counts authors, times, frame fills and fonts over a board of 31 coops', () => {
    const coops = Array.from({ length: 31 }, (_, i) => `${COOPS[i % COOPS.length]} ${i + 1}`)
    const frames = coops.map((coop, i) => ({
      id: `70${String(i).padStart(2, '0')}`,
      type: 'frame',
      data: { title: coop },
      style: { fillColor: i < 3 ? '#fff9b1' : '#ffffff' },
      position: { x: i * 1200, y: 0 },
      geometry: { width: 1000, height: 800 },
      createdBy: AUTHOR,
      createdAt: '2026-11-02T10:00:00Z',
    }))
    const texts = coops.map((coop, i) => ({
      id: `71${String(i).padStart(2, '0')}`,
      type: 'text',
      data: { content: `<p>${coop}</p>` },
      style: { fontFamily: ['arial', 'plex_sans', 'roboto_mono', 'caveat', 'pt_serif'][i % 5], fontSize: '24' },
      position: { x: i * 1200, y: -500 },
      modifiedBy: AUTHOR,
    }))
    const { records, report } = plan([...frames, ...texts])
    expect(report.lost).toEqual([
      { code: 'authors', count: 62 },
      { code: 'timestamps', count: 31 },
      { code: 'frameFills', count: 3 },
      // Every font but IBM Plex Sans, which tldraw draws as it is.
      { code: 'fonts', count: 25 },
    ])
    expect(['7100', '7101', '7102', '7103', '7104'].map((id) => shapeOf(records, id).props.font)).toEqual([
      'sans',
      'sans',
      'mono',
      'draw',
      'serif',
    ])
  })

  it('does not fail an item whose author or date is malformed: it just has none to report', () => {
    const { report } = plan([
      {
        id: '800',
        type: 'sticky_note',
        data: { content: 'Ana Pérez' },
        position: { x: 0, y: 0 },
        createdBy: 'not a user',
        createdAt: 7,
        style: { fontFamily: { name: 'x' } },
      },
    ])
    expect(report.imported).toEqual({ sticky_note: 1 })
    expect(report.lost).toEqual([])
  })
})
