/**
 * The contract between the sync layer (client/sync) and the React UI (client/app, client/board).
 * Components read this; they never touch the Y.Doc, the provider or IndexedDB themselves.
 */
import type { TLAnyShapeUtilConstructor, TLStore } from 'tldraw'
import type { Participant } from '../../shared/participant'
import type { Role } from '../../shared/protocol'
import type { FeatureDoc } from './featureDoc'
import type { ShowPresence } from './presence'
import type { RosterAccess } from './rosterAccess'

/** The roles whose presence the server relays (viewers are only counted). */
export type PresentRole = Exclude<Role, 'viewer'>

/**
 * Another browser on the board. `role` is the one the server stamped on its presence, or null
 * when the state carried none that is valid (then it is shown without a tag).
 */
export interface Peer extends Participant {
  role: PresentRole | null
}

/** Where the connection to the server stands, as the indicator shows it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed'

/** Why the server closed the connection for good (a 44xx close code), if it did. */
export interface PermanentClose {
  code: number
  reason: string
}

/** A remote record that failed tldraw's validation and was skipped instead of applied. */
export interface RejectedRecord {
  id: string
  reason: string
}

/** Options for {@link BoardSync}: which board, with which link, who is here, and the custom shape utils. */
export interface BoardSyncOptions {
  boardId: string
  /** The invite token; the sync endpoint refuses a connection without one. */
  token: string
  /** What the token opens, as the REST API reported it. Viewers get a read-only store. */
  role: Role
  participant: Participant
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
}

/** What the board page needs from the sync layer. */
export type BoardSync =
  | { status: 'loading' }
  | {
      status: 'error'
      error: string
      /** Set when the error is the server refusing the connection for good (a 44xx close code). */
      permanentClose: PermanentClose | null
    }
  | {
      status: 'ready'
      store: TLStore
      connection: ConnectionState
      /** Local changes made while not connected that the server has not received yet. */
      unsentChanges: number
      /** Everyone else currently on the board (from awareness), without this browser. */
      peers: Peer[]
      /** How many people watch with a view-only link, as the server counts them (this browser included). */
      viewers: number
      permanentClose: PermanentClose | null
      rejectedRecords: RejectedRecord[]
      /**
       * The coop roster and the document's records, for the corners features; the same object
       * for the whole session. The only way features write into the document.
       */
      roster: RosterAccess
      /** Plenary's own maps (breakouts, stage, votes, decisions); the same object for the whole session. */
      features: FeatureDoc
      /** Limits whose cursors this browser shows (breakouts: one's own group); null shows everyone. */
      setPresenceFilter: (show: ShowPresence | null) => void
    }
