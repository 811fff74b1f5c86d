/**
 * What the area actions need inside tldraw's own components (the context menu): the feature
 * document to write through, for facilitators; null for everyone else, who get no area actions.
 */
import { createContext } from 'react'
import type { FeatureDoc } from '../../sync/featureDoc'

/** The feature document when this person may lock areas and make them anonymous, else null. */
export const AreaActionsContext = createContext<FeatureDoc | null>(null)
