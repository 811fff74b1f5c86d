/**
 * Areas' part of the board: locked and anonymous areas live in the records themselves (shape
 * flags and meta), so the feature adds no map, only rules on records and the clearing of
 * writers' names in anonymous areas, after every review and at load.
 */
import { recordsMap } from '../boardDoc'
import type { DocFeature } from '../feature'
import { anonymousAreaProblem, clearAnonymousWriters, clearStoredAnonymousWriters } from './anonymousRules'
import { lockedParentProblem, lockedShapeProblem } from './lockRules'

/** Locked and anonymous areas. */
export const areasFeature: DocFeature = {
  id: 'areas',
  recordRules: [anonymousAreaProblem, lockedShapeProblem, lockedParentProblem],
  afterRecordsReviewed: (doc, changes) => clearAnonymousWriters(recordsMap(doc), changes),
  // After migration (older notes' textFirstEditedBy becomes textLastEditedBy), before anyone reads.
  atLoad: (doc) => clearStoredAnonymousWriters(recordsMap(doc)),
}
