/**
 * Everything the breakouts feature does in an open board, in one hook for its entry
 * (feature.tsx): the data, the actions on the board's server clock, and the effects (camera,
 * late joining, cursors).
 */
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../../shared/participant'
import type { Role } from '../../../shared/protocol'
import type { FeatureDoc } from '../../sync/featureDoc'
import type { ShowPresence } from '../../sync/presence'
import type { ServerClock } from '../../sync/serverClock'
import type { BreakoutsData } from './breakoutView'
import { useBreakoutActions, useBreakoutsData, type BreakoutActions } from './useBreakouts'
import { useBreakoutCamera } from './useBreakoutCamera'
import { useFloorCamera } from './useFloorCamera'
import { useLateJoin } from './useLateJoin'
import { usePresenceFilter } from './usePresenceFilter'

/** What {@link useBreakoutsFeature} gives the board. */
export interface BreakoutsFeature {
  data: BreakoutsData
  actions: BreakoutActions | null
}

/** Options of {@link useBreakoutsFeature}. */
export interface BreakoutsFeatureOptions {
  editor: Editor | null
  features: FeatureDoc | null
  setPresenceFilter: ((show: ShowPresence | null) => void) | null
  self: Participant
  role: Role
  /** The board's server clock once measured; no actions until then. */
  clock: ServerClock | null
}

/** Runs the breakouts for this browser. */
export function useBreakoutsFeature({ editor, features, setPresenceFilter, self, role, clock }: BreakoutsFeatureOptions): BreakoutsFeature {
  const data = useBreakoutsData(features)
  const actions = useBreakoutActions(features, clock ? clock.now : null, { label: participantLabel(self) })
  useBreakoutCamera(editor, data, self.id)
  useFloorCamera(editor, data.session)
  useLateJoin(actions, data, self, role)
  usePresenceFilter(setPresenceFilter, data, { id: self.id, role })
  return { data, actions }
}
