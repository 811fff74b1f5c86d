/**
 * What the board takes from the feature registry once, at load: tldraw's parts, which must be
 * module constants (tldraw rebuilds the editor when they change identity), the asset store,
 * and the order of the notices.
 */
import type { ComponentType } from 'react'
import type { Editor, TLAnyShapeUtilConstructor, TLNoteShape, TLUiOverrides } from 'tldraw'
import type { BoardFeature, NoteFooterProps } from '../features/boardFeature'
import { BOARD_FEATURES } from '../features/registry'
import type { PresenceRedaction } from '../sync/presence'
import type { BoardSyncOptions } from '../sync/types'

function gather<T>(pick: (feature: BoardFeature) => T | undefined): T[] {
  return BOARD_FEATURES.flatMap((feature) => {
    const part = pick(feature)
    return part === undefined ? [] : [part]
  })
}

/** Drawn with every sticky note, in registry order. */
export const NOTE_FOOTERS: readonly ComponentType<NoteFooterProps>[] = gather((f) => f.noteFooter)
const noteViews = gather((f) => f.noteAsShown)
/** A note as every feature lets it be shown (see BoardFeature.noteAsShown). */
export const NOTE_AS_SHOWN = (editor: Editor, note: TLNoteShape): TLNoteShape =>
  noteViews.reduce((shown, view) => view(editor, shown), note)
const sideEffects = gather((f) => f.editorSideEffects)
/** Registers every feature's editor side effects, in registry order; returns one unregister. */
export function registerFeatureSideEffects(editor: Editor): () => void {
  const stops = sideEffects.map((register) => register(editor))
  return () => {
    for (const stop of stops) stop()
  }
}
/** The features' own shape utils. */
export const FEATURE_SHAPE_UTILS: readonly TLAnyShapeUtilConstructor[] = gather((f) => f.shapeUtils).flat()
/** Drawn in front of the canvas, in registry order (later ones on top). */
export const IN_FRONT_OF_CANVAS: readonly ComponentType[] = gather((f) => f.inFrontOfCanvas)
/** Context-menu items, before tldraw's own. */
export const CONTEXT_MENU_ITEMS: readonly ComponentType[] = gather((f) => f.contextMenuItems)
/** tldraw UI overrides, applied in registry order. */
export const UI_OVERRIDES: TLUiOverrides[] = gather((f) => f.overrides)
/** Children of `<Tldraw>`. */
export const CANVAS_CHILDREN: readonly ComponentType[] = gather((f) => f.canvasChildren)

const assetStores = gather((f) => f.assetStore)
if (assetStores.length !== 1) throw new Error(`Exactly one feature gives the board's asset store; found ${assetStores.length}.`)
/** The board's asset store, from the one feature that gives it (a module function: a new one opens a new session). */
export const BOARD_ASSET_STORE: BoardSyncOptions['assets'] = assetStores[0] as BoardSyncOptions['assets']

const redactions = gather((f) => f.redactPresence)
/** Every feature's presence redaction, one after the other (the same presence when none takes anything out). */
export const REDACT_PRESENCE: PresenceRedaction = (presence, shapes) =>
  redactions.reduce((shown, redact) => redact(shown, shapes), presence)

/**
 * Indexes into the registry (and so into the parts of one render) in the order notices stack
 * above the canvas: by `noticeOrder`, then the rest in registry order.
 */
export const NOTICE_ORDER: readonly number[] = BOARD_FEATURES.map((feature, index) => ({ index, order: feature.noticeOrder ?? Infinity }))
  .sort((a, b) => a.order - b.order || a.index - b.index)
  .map(({ index }) => index)
