/**
 * The contract between the sync layer (client/sync) and the React UI (client/app, client/board).
 * Components read this; they never touch the Y.Doc, the provider or IndexedDB themselves.
 */
import type { TLAnyShapeUtilConstructor, TLStore } from 'tldraw'
import type { Participant } from '../../shared/participant'

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

/** Options for {@link BoardSync}: which board, who is here, and the custom shape utils. */
export interface BoardSyncOptions {
  boardId: string
  participant: Participant
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
}

/** What the board page needs from the sync layer. */
export type BoardSync =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | {
      status: 'ready'
      store: TLStore
      connection: ConnectionState
      /** Local changes made while not connected that the server has not received yet. */
      unsentChanges: number
      /** Everyone else currently on the board (from awareness), without this browser. */
      peers: Participant[]
      permanentClose: PermanentClose | null
      rejectedRecords: RejectedRecord[]
    }
