/**
 * What the relation picker, drawn inside tldraw's tree, needs from the board: the roster's coops
 * and the labels on offer. Null for a viewer, who sees arrows' labels but gets no picker.
 */
import { createContext } from 'react'
import type { RelationFacts } from './relationFacts'

/** The board's relation facts when this person may label arrows, else null. */
export const RelationsContext = createContext<RelationFacts | null>(null)
