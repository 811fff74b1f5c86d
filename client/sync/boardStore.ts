/**
 * The tldraw store of a board: tldraw's default shapes with Plenary's replacing them by type,
 * the participant as tldraw's current user (for attribution), the connection status for
 * tldraw's collaboration UI, and the board's asset store.
 */
import {
  computed,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type Signal,
  type TLAnyShapeUtilConstructor,
  type TLAssetStore,
  type TLStore,
} from 'tldraw'
import type { Participant } from '../../shared/participant'
import { participantToUser } from './participantUser'

/**
 * tldraw's default shape utils with `custom` added, a custom util replacing the default of the
 * same type (as `<Tldraw shapeUtils>` does; createTLStore itself rejects duplicate types).
 */
export function withDefaultShapeUtils(custom: readonly TLAnyShapeUtilConstructor[]): TLAnyShapeUtilConstructor[] {
  // Read as `unknown`: the constructor type leaves `type` untyped, and only equality matters here.
  const customTypes = new Set(custom.map((util): unknown => util.type))
  return [...defaultShapeUtils.filter((util) => !customTypes.has(util.type)), ...custom]
}

/** Options of {@link createBoardStore}. */
export interface BoardStoreOptions {
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
  participant: Signal<Participant>
  /** Drives tldraw's own offline indicator and collaboration UI. */
  status: Signal<'online' | 'offline'>
  /**
   * 'readonly' makes every editor on this store read-only (tldraw hides its editing tools and
   * refuses changes). Read by the editor when it is created.
   */
  mode?: Signal<'readonly' | 'readwrite'>
  /**
   * Where images are uploaded and how their `src` is shown (the board page gives the assets
   * feature's store). Without it tldraw would keep images as `data:` URLs.
   */
  assets?: TLAssetStore
}

/** A store whose schema matches what `<Tldraw shapeUtils={options.shapeUtils}>` expects. */
export function createBoardStore(options: BoardStoreOptions): TLStore {
  const currentUser = computed('plenary current user', () => participantToUser(options.participant.get()))
  return createTLStore({
    shapeUtils: withDefaultShapeUtils(options.shapeUtils),
    bindingUtils: defaultBindingUtils,
    users: { currentUser },
    collaboration: { status: options.status, mode: options.mode ?? null },
    ...(options.assets ? { assets: options.assets } : {}),
  })
}
