/**
 * The fields of a Miro item that the importer reads, as Miro's REST API v2 publishes them
 * ("get items on board" and the connector endpoint). Fields not listed are dropped by zod;
 * an item that fails this schema is skipped and reported, never fatal.
 */
import { z } from 'zod'

/** Miro item ids are digit strings; we accept a little more, but nothing that could not be part of a tldraw id. */
export const MIRO_ID = /^[A-Za-z0-9_-]{1,64}$/

const finite = z.number().refine(Number.isFinite, 'not a finite number')
const shortString = z.string().max(200)
const reference = z.object({ id: z.string().regex(MIRO_ID) })

/** One Miro item as far as the importer reads it (Miro's published schema; other fields dropped). */
export const itemSchema = z.object({
  id: z.string().regex(MIRO_ID),
  type: z.string().min(1).max(64),
  data: z
    .object({
      content: z.string().optional(),
      title: z.string().optional(),
      shape: shortString.optional(),
    })
    .nullish(),
  style: z
    .object({
      fillColor: shortString.optional(),
      fillOpacity: z.union([shortString, finite]).optional(),
      borderColor: shortString.optional(),
      color: shortString.optional(),
      fontSize: z.union([shortString, finite]).optional(),
      textAlign: shortString.optional(),
      strokeColor: shortString.optional(),
      startStrokeCap: shortString.optional(),
      endStrokeCap: shortString.optional(),
    })
    .nullish(),
  position: z
    .object({
      x: finite,
      y: finite,
      origin: shortString.optional(),
      relativeTo: shortString.optional(),
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
  // Connectors (Miro's connector endpoint).
  startItem: reference.nullish(),
  endItem: reference.nullish(),
  shape: shortString.optional(),
  captions: z.array(z.object({ content: z.string() })).max(20).nullish(),
})

/** A Miro item that matched the schema. */
export type MiroItem = z.infer<typeof itemSchema>
