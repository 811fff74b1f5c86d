/**
 * The contract between the sync layer (client/sync) and the React UI (client/app, client/board).
 * Components read this; they never touch the Y.Doc, the provider or IndexedDB themselves.
 */
import type { TLAnyShapeUtilConstructor, TLAssetStore, TLStore } from 'tldraw'
import type { Participant } from '../../shared/participant'
import type { Role } from '../../shared/protocol'
import type { FeatureDoc } from './featureDoc'
import type { PresenceRedaction, ShowPresence } from './presence'

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

/** tldraw's asset store for one open board, with the release of what it holds (e.g. `blob:` URLs). */
export interface SessionAssetStore extends TLAssetStore {
  /** Called once, when the session ends. */
  dispose(): void
}

/**
 * Options for {@link BoardSync}: which board, with which link, who is here, the custom shape
 * utils and the asset store.
 */
export interface BoardSyncOptions {
  boardId: string
  /** The invite token; the sync endpoint refuses a connection without one. */
  token: string
  /** What the token opens, as the REST API reported it. Viewers get a read-only store. */
  role: Role
  participant: Participant
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
  /**
   * Makes the board's asset store: where images are uploaded and how their `src` is shown
   * (without one tldraw would keep images as `data:` URLs). Given by the board page, so the
   * sync layer knows no feature; pass a module function, as a new one opens a new session.
   */
  assets: (board: { boardId: string; token: string }) => SessionAssetStore
  /**
   * Takes out of every presence, published or shown, what features hide (the anonymous areas'
   * selections and then the cursor). Given by the board page, like `assets`; a module function.
   */
  redactPresence: PresenceRedaction
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
       * The document as features see it (their own maps, the records as plain JSON); the same
       * object for the whole session. The only way features read and write the document.
       */
      features: FeatureDoc
      /** Limits whose cursors this browser shows (breakouts: one's own group); null shows everyone. */
      setPresenceFilter: (show: ShowPresence | null) => void
    }
