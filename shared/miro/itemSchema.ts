/**
 * The fields of a Miro item that the importer reads, as Miro's REST API v2 publishes them
 * ("get items on board" and the connector endpoint). Fields not listed are dropped by zod;
 * an item that fails this schema is skipped and reported, never fatal. Fields read only to
 * report that they have no equivalent (authors, times, card fields, fonts) never make an
 * item fail: a malformed one reads as absent. No URL field (`imageUrl`, `documentUrl`,
 * `url`, `links`) is read at all, so none can reach a record.
 */
import { z } from 'zod'
import { shownValue } from './untrusted'

/** Miro item ids are digit strings; we accept a little more, but nothing that could not be part of a tldraw id. */
export const MIRO_ID = /^[A-Za-z0-9_-]{1,64}$/

/** Miro's item types are lower-case words joined by "_" (sticky_note, app_card, mindmap_node). */
export const MIRO_TYPE = /^[a-z0-9_]{1,64}$/

const finite = z.number().refine(Number.isFinite, 'not a finite number')
const shortString = z.string().max(200)
const reference = z.object({ id: z.string().regex(MIRO_ID) })
/** A string or a number, as Miro writes sizes ("14", 14). */
const measure = z.union([shortString, finite])

/** A field read only to be counted in the report: present when well formed, absent otherwise. */
function counted<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined)
}

/** Who made or last changed an item ({ id, type: "user" }). */
const author = counted(z.object({ id: shortString }))
const timestamp = counted(shortString)
const tagIds = counted(z.array(shortString).max(200))

/** One Miro item as far as the importer reads it (Miro's published schema; other fields dropped). */
export const itemSchema = z.object({
  id: z.string().regex(MIRO_ID),
  // Blank and too long first, to say so; then Miro's form.
  type: z.string().min(1).max(64).regex(MIRO_TYPE),
  data: z
    .object({
      content: z.string().optional(),
      title: z.string().optional(),
      // Said in the report when tldraw has no such shape: printable characters only.
      shape: shortString.transform((shape) => shownValue(shape)).optional(),
      // Cards.
      description: z.string().optional(),
      dueDate: counted(shortString),
      startDate: counted(shortString),
      assigneeId: counted(shortString),
      tagIds,
    })
    .nullish(),
  style: z
    .object({
      fillColor: shortString.optional(),
      fillOpacity: measure.optional(),
      borderColor: shortString.optional(),
      borderStyle: shortString.optional(),
      color: shortString.optional(),
      fontSize: measure.optional(),
      fontFamily: counted(shortString),
      textAlign: shortString.optional(),
      cardTheme: shortString.optional(),
      // Connectors.
      strokeColor: shortString.optional(),
      strokeStyle: shortString.optional(),
      strokeWidth: measure.optional(),
      startStrokeCap: shortString.optional(),
      endStrokeCap: shortString.optional(),
    })
    .nullish(),
  position: z
    .object({
      x: finite,
      y: finite,
      origin: shortString.optional(),
      // Miro's two values; any other would place the item by a rule we do not know: refused.
      relativeTo: z.enum(['canvas_center', 'parent_top_left']).optional(),
    })
    .nullish(),
  geometry: z
    .object({
      width: finite.optional(),
      height: finite.optional(),
      rotation: finite.optional(),
    })
    .nullish(),
  parent: reference.nullish(),
  createdBy: author,
  modifiedBy: author,
  createdAt: timestamp,
  modifiedAt: timestamp,
  tagIds,
  // Connectors (Miro's connector endpoint).
  startItem: reference.nullish(),
  endItem: reference.nullish(),
  shape: shortString.optional(),
  captions: z
    .array(z.object({ content: z.string() }))
    .max(20)
    .nullish(),
})

/** A Miro item that matched the schema. */
export type MiroItem = z.infer<typeof itemSchema>
