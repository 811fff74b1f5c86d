/**
 * Validated readers of the values stored in the breakout maps: each narrows an `unknown` to its
 * type, or null. They check shape only (types, enums; the schemas in types.ts); limits and
 * consistency are the server's value rules (rules.ts).
 */
import { readWith } from '../values'
import { callSchema, memberSchema, rapporteurSchema, sessionSchema, timerSchema } from './types'

/** Narrows a stored timer, or null. */
export const readTimer = readWith(timerSchema)

/** Narrows a stored session, or null. */
export const readSession = readWith(sessionSchema)

/** Narrows a stored member, or null. */
export const readMember = readWith(memberSchema)

/** Narrows a stored rapporteur, or null. */
export const readRapporteur = readWith(rapporteurSchema)

/** Narrows a stored call, or null. */
export const readCall = readWith(callSchema)
