/**
 * Realistic tldraw 5.4.2 note records for the layout benchmark: every default prop of
 * NoteShapeUtil.getDefaultProps, rich text from toRichText, an author in `meta`, real index
 * keys, and each record checked by tldraw's own schema validator so the sizes we measure
 * are those of records the editor would accept.
 */
import { createShapeId, createTLSchema, getIndices, toRichText, type TLNoteShape } from 'tldraw'
import { withSeededMathRandom, type Rng } from './prng'

export interface Author {
  id: string
  name: string
  coop: string
}

export interface Position {
  x: number
  y: number
}

const FIRST_NAMES = [
  'Ana',
  'Bruno',
  'Carmen',
  'Diego',
  'Elif',
  'Farah',
  'Gustavo',
  'Hana',
  'Ignacio',
  'Jun',
  'Kwame',
  'Lucía',
  'Mateo',
  'Nadia',
  'Oscar',
  'Paula',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomoko',
]
const COOP_WORDS = [
  'Colectivo',
  'Cooperativa',
  'Commons',
  'Workers',
  'Tecnología',
  'Libre',
  'Digital',
  'Code',
  'Solidaria',
  'Federated',
  'Kollektiv',
  'Bits',
  'Red',
  'Guild',
]
const WORDS = [
  'we',
  'should',
  'rotate',
  'facilitation',
  'every',
  'month',
  'between',
  'coops',
  'propuesta',
  'asamblea',
  'budget',
  'for',
  'the',
  'shared',
  'hosting',
  'cooperación',
  'onboarding',
  'new',
  'members',
  'time',
  'zones',
  'vote',
  'on',
  'decisión',
  'travel',
  'fund',
  'mentoring',
  'open',
  'source',
  'licence',
  'revisar',
  'estatutos',
  'next',
  'meeting',
  'in',
  'Tokyo',
  'working',
  'group',
  'documentation',
  'translate',
  'minutes',
  'to',
  'Spanish',
  'más',
  'tiempo',
  'para',
]

function sentence(rng: Rng): string {
  // 40–80 characters, the brief's range for a typical sticky note.
  const target = rng.int(40, 80)
  let text = ''
  while (text.length < target) {
    const word = rng.pick(WORDS)
    if ((text + ' ' + word).length > 80) break
    text = text === '' ? word[0]!.toUpperCase() + word.slice(1) : `${text} ${word}`
  }
  return text
}

export interface Workload {
  notes: TLNoteShape[]
  authors: Author[]
}

/**
 * Builds `count` notes spread over 30 cooperative corners by 50 delegates, as at the
 * monthly assembly described in DESIGN.md.
 */
export function makeNotes(rng: Rng, count: number): Workload {
  const coops = Array.from({ length: 30 }, (_, i) => `${rng.pick(COOP_WORDS)} ${rng.pick(COOP_WORDS)} ${i + 1}`)
  const authors: Author[] = Array.from({ length: 50 }, (_, i) => ({
    id: `user:${rng.id(21)}`,
    name: `${rng.pick(FIRST_NAMES)} ${String.fromCharCode(65 + (i % 26))}.`,
    coop: coops[i % coops.length]!,
  }))
  // Index keys as tldraw makes them when shapes are created one after another.
  const indices = withSeededMathRandom(rng, () => getIndices(count))
  const validator = createTLSchema().types.shape
  const perCoop = new Map<string, number>()
  const notes: TLNoteShape[] = []
  for (let i = 0; i < count; i++) {
    const author = rng.pick(authors)
    const coopNo = coops.indexOf(author.coop)
    const slot = perCoop.get(author.coop) ?? 0
    perCoop.set(author.coop, slot + 1)
    // Corners on a 6×5 grid, 2,400 px apart; notes (200 px) in rows of 10 inside a corner.
    const x = (coopNo % 6) * 2400 + (slot % 10) * 220
    const y = Math.floor(coopNo / 6) * 2400 + Math.floor(slot / 10) * 220
    const note: TLNoteShape = {
      id: createShapeId(rng.id(21)),
      typeName: 'shape',
      type: 'note',
      x,
      y,
      rotation: 0,
      index: indices[i]!,
      parentId: 'page:page' as TLNoteShape['parentId'],
      isLocked: false,
      opacity: 1,
      props: {
        color: 'black',
        richText: toRichText(sentence(rng)),
        size: 'm',
        font: 'draw',
        align: 'middle',
        verticalAlign: 'middle',
        labelColor: 'black',
        growY: 0,
        fontSizeAdjustment: 1,
        url: '',
        scale: 1,
        textLastEditedBy: author.id,
      },
      // A fresh object per note: records must not share references inside the Y.Doc.
      meta: { author: { id: author.id, name: author.name, coop: author.coop } },
    }
    // Throws on anything tldraw would reject, so the benchmark cannot drift from reality.
    validator.validate(note)
    notes.push(note)
  }
  return { notes, authors }
}

/**
 * One drag's end position: a pointer delta divided by the zoom level, so coordinates become
 * non-integer doubles as in a real session (integers would flatter every layout).
 */
export function nextPosition(rng: Rng, from: Position): Position {
  const zoom = rng.pick([0.5, 0.75, 1, 1.3])
  return { x: from.x + rng.int(-400, 400) / zoom, y: from.y + rng.int(-400, 400) / zoom }
}
