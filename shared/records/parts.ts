/**
 * The parts of a tldraw record that merge separately (document layout 2). A record is written
 * whole once, when it is created; every later change writes only the parts it changed, each
 * into its own map under the record's id. Yjs settles concurrent writes per map entry, so a
 * move and a recolour of one note made at the same time both survive, while two changes of
 * the same part end with the same winner in every browser. docs/PROTOCOL.md has the layout and
 * the measurements that chose it.
 */

/** The parts, in the order a reader applies them over the base record. */
export const RECORD_PARTS = ['place', 'text', 'fit', 'style', 'meta', 'other'] as const
export type RecordPart = (typeof RECORD_PARTS)[number]

/** The name of a part's top-level map: `records.place`, `records.text`, ... */
export function partMapName(part: RecordPart): string {
  return `records.${part}`
}

/** Every part map's name. */
export const RECORD_PART_MAPS: readonly string[] = RECORD_PARTS.map(partMapName)

/** Where a shape is: moved together by a drag, so they are one part. */
const PLACE_FIELDS = new Set(['x', 'y', 'rotation', 'parentId', 'index'])
/** What a person wrote, and who last wrote it. `name` is a frame's label. */
const TEXT_PROPS = new Set(['richText', 'text', 'name', 'url', 'textLastEditedBy'])
/**
 * What tldraw derives from the text and the size when either changes (a note's height and font
 * fit). Apart from both, so that a text edit and a concurrent size change keep both; the loser
 * of a concurrent write here only leaves a note's height a step behind until its next edit.
 */
const FIT_PROPS = new Set(['growY', 'fontSizeAdjustment'])
/** Never change after creation: they name the record. */
const IDENTITY_FIELDS = new Set(['id', 'typeName'])

type Json = Record<string, unknown>

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null
}

function propsPart(key: string): RecordPart {
  if (TEXT_PROPS.has(key)) return 'text'
  if (FIT_PROPS.has(key)) return 'fit'
  return 'style'
}

function topLevelPart(key: string): RecordPart {
  return PLACE_FIELDS.has(key) ? 'place' : 'other'
}

/**
 * The value of `part` in `record`: an object with the part's fields (`meta`: the meta object
 * itself), or undefined when the record has none of them.
 */
export function pickPart(record: Json, part: RecordPart): Json | undefined {
  if (part === 'meta') return asObject(record.meta) ?? undefined
  const source = part === 'place' || part === 'other' ? record : asObject(record.props)
  if (!source) return undefined
  const inPart = part === 'place' || part === 'other' ? topLevelPart : propsPart
  let picked: Json | undefined
  for (const [key, value] of Object.entries(source)) {
    if (source === record && (key === 'props' || key === 'meta' || IDENTITY_FIELDS.has(key))) continue
    if (inPart(key) !== part) continue
    picked ??= {}
    picked[key] = value
  }
  return picked
}

/**
 * The record a reader sees: the base as created, with each part present in `parts` in place of
 * the base's fields of that part. A part value that is not an object is ignored (the server
 * refuses those).
 */
export function assembleRecord(base: Json, parts: ReadonlyMap<RecordPart, unknown>): Json {
  if (parts.size === 0) return base
  const record: Json = { ...base }
  let props: Json | null = null
  for (const part of RECORD_PARTS) {
    const value = asObject(parts.get(part))
    if (!value) continue
    if (part === 'meta') {
      record.meta = value
      continue
    }
    if (part === 'place' || part === 'other') {
      for (const key of Object.keys(record)) {
        if (!IDENTITY_FIELDS.has(key) && key !== 'props' && key !== 'meta' && topLevelPart(key) === part) delete record[key]
      }
      for (const [key, field] of Object.entries(value)) {
        if (!IDENTITY_FIELDS.has(key) && key !== 'props' && key !== 'meta') record[key] = field
      }
      continue
    }
    props ??= { ...(asObject(record.props) ?? {}) }
    for (const key of Object.keys(props)) if (propsPart(key) === part) delete props[key]
    for (const [key, field] of Object.entries(value)) if (propsPart(key) === part) props[key] = field
  }
  if (props) record.props = props
  return record
}

/** The parts in which `from` and `to` differ, compared as JSON. */
export function changedParts(from: Json, to: Json, equal: (a: unknown, b: unknown) => boolean): Set<RecordPart> {
  const changed = new Set<RecordPart>()
  for (const part of RECORD_PARTS) if (!equal(pickPart(from, part), pickPart(to, part))) changed.add(part)
  return changed
}
