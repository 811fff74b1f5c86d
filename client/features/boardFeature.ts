/**
 * The contract between the board page (client/board) and its features (client/features/*): a
 * feature is one {@link BoardFeature} entry in `registry.ts`, and the board renders what the
 * entries give without knowing any of them by name. This module imports no feature.
 *
 * Two kinds of parts:
 * - tldraw parts (shape utils, things drawn in front of the canvas, context-menu items, UI
 *   overrides, canvas children, note footers) are module constants on the entry: tldraw
 *   rebuilds the editor when these change identity, so they are gathered once, at load.
 * - everything else comes from the entry's `useFeature` hook, called on every render of a
 *   ready board with a {@link BoardFeatureContext}, and returned as {@link FeatureParts}.
 */
import type { ComponentType, ReactNode } from 'react'
import type { Editor, TLAnyShapeUtilConstructor, TLNoteShape, TLUiOverrides } from 'tldraw'
import type { Participant } from '../../shared/participant'
import type { Role } from '../../shared/protocol'
import type { FeatureDoc } from '../sync/featureDoc'
import type { PresenceRedaction, ShowPresence } from '../sync/presence'
import type { ServerClock } from '../sync/serverClock'
import type { ConnectionState, Peer, SessionAssetStore } from '../sync/types'

/** Where a person asked to arrive as they joined: their coop's corner, created if they asked. */
export interface Arrival {
  coop: string
  createCorner: boolean
}

/** One entry of the Export menu. */
export interface ExportAction {
  /** Stable id, also the test id `export-<id>`. */
  id: string
  /** Entries of one group are listed together, groups in the order they first appear. */
  group: string
  label: string
  /** A short line under the label: what the file is for. */
  description?: string
  /**
   * Opens a dialog or starts a download. A promise keeps the menu open while it runs; resolving
   * to a message shows it under the list (a failed download), anything else closes the menu.
   */
  run: () => void | Promise<string | null | void>
}

/** The side panels: one open at a time (each is as tall as the canvas), named by feature id. */
export interface PanelControls {
  /** The id of the feature whose panel is open, or null. */
  readonly open: string | null
  /** Opens the panel of feature `id` (closing any other). */
  show: (id: string) => void
  /** Opens the panel of feature `id`, or closes it when it is the open one. */
  toggle: (id: string) => void
  close: () => void
}

/** What the board gives every feature once sync is ready, on every render. */
export interface BoardFeatureContext {
  /**
   * The board, its title already defaulted ("Untitled board"), the role the link opens, and
   * whether the link's token is its community's (absent: it is not).
   */
  board: { id: string; title: string; role: Role; viaCommunity?: boolean }
  /** The invite token the board was opened with, for the REST API. */
  token: string
  /** This browser's person. */
  participant: Participant
  /** The tldraw editor; null until it is mounted. */
  editor: Editor | null
  /** The one way into the board document. The same object for the whole session. */
  doc: FeatureDoc
  /** Everyone else on the board now (presence), without this browser. */
  peers: readonly Peer[]
  /** Who is on the board as the lists show them: this person first, unless a viewer. */
  people: readonly Participant[]
  connection: ConnectionState
  /** The server's clock, null until its first measurement (so nothing is timed minutes off). */
  clock: ServerClock | null
  /** Limits whose cursors this browser shows; null shows everyone. */
  setPresenceFilter: (show: ShowPresence | null) => void
  panels: PanelControls
  /** The board's shape utils, for a second editor (a snapshot's viewer). */
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
}

/** What a side panel's button and content are given. */
export interface PanelSlot {
  /** The panel's element id; the button's `aria-controls` while open. */
  id: string
  open: boolean
  onToggle: () => void
  onClose: () => void
}

/** A side panel next to the canvas, with its toggle in the top bar. */
export interface FeaturePanel {
  button(slot: PanelSlot): ReactNode
  /** Rendered only while the panel is open. */
  content(slot: PanelSlot): ReactNode
}

/** What the board gathers from every feature before it renders the top bar. */
export interface GatheredParts {
  /** Every feature's export actions, in registry order. */
  exportActions: readonly ExportAction[]
}

/** What a feature's hook gives the board on one render; every part is optional. */
export interface FeatureParts {
  /** Its side panel (one open at a time). */
  panel?: FeaturePanel
  /** Other top-bar items, after its panel button (a menu). */
  topBar?(gathered: GatheredParts): ReactNode
  /** Calm facts beside the board's title. */
  besideTitle?: ReactNode
  /** Bars above the canvas; see {@link BoardFeature.noticeOrder}. */
  notices?: ReactNode
  /** Drawn over the stage, under the notices (an outline, cards over shapes). */
  overlays?: ReactNode
  /**
   * Wraps the canvas, e.g. in a context provider that tldraw's parts read. Give it on every
   * render or never: a wrapper that comes and goes would remount the editor.
   */
  wrapCanvas?(canvas: ReactNode): ReactNode
  /** Modal dialogs it has open. */
  dialogs?: ReactNode
  /** Entries of the Export menu. */
  exportActions?: readonly ExportAction[]
  /**
   * True while the feature holds this person's view elsewhere (breakouts: in a running group,
   * the group's area). An arrival met while it holds is dropped for good, not postponed.
   */
  claimsView?: boolean
  /** Takes the person where they asked to arrive (corners: their coop's corner); once per arrival. */
  land?: (arrival: Arrival) => void
  /**
   * The frame this person's new notes go into now, or null (corners: their coop's corner while
   * they look at it; breakouts: their group's area). Asked when "Add sticky note" is pressed;
   * the first feature in registry order to name one wins.
   */
  noteHome?(): string | null
}

/** What a note footer is given (a part drawn with every sticky note, e.g. its dots and reactions). */
export interface NoteFooterProps {
  noteId: string
  /** The note's scale prop. */
  scale: number
}

/** One feature of the board, as listed in `registry.ts`. */
export interface BoardFeature {
  /** Stable id; also names its side panel in {@link PanelControls}. */
  id: string
  /** Top-level keys of its messages (`locales/*.json` in its folder). */
  namespaces: readonly string[]
  /**
   * The feature's behaviour. Called on every render in registry order, so like any hook it
   * must not be called conditionally; the registry is a module constant, so the order holds.
   */
  useFeature?(context: BoardFeatureContext): FeatureParts
  /**
   * Where its notices sit in the column above the canvas, lowest first (features without one
   * follow, in registry order). The column reads by urgency: what runs on a clock first.
   */
  noticeOrder?: number
  /** Extra shape utils for the board's store and editor. */
  shapeUtils?: readonly TLAnyShapeUtilConstructor[]
  /** Drawn in front of tldraw's canvas (inside the editor; `useEditor` works). */
  inFrontOfCanvas?: ComponentType
  /** Items placed before tldraw's own in the context menu (inside the editor). */
  contextMenuItems?: ComponentType
  /** tldraw UI overrides (actions, tools). */
  overrides?: TLUiOverrides
  /** Rendered as children of `<Tldraw>` (registers handlers on the editor). */
  canvasChildren?: ComponentType
  /** Drawn with every sticky note, after its author line, on the note's own layer. */
  noteFooter?: ComponentType<NoteFooterProps>
  /**
   * A sticky note as it is drawn, exported and copied: a feature may hide part of it (the
   * anonymous areas: who wrote it). Features' views apply in registry order.
   */
  noteAsShown?: (editor: Editor, note: TLNoteShape) => TLNoteShape
  /**
   * Registers side effects on a mounted editor, after the board's own (the author stamp on new
   * notes), in registry order; returns their unregister function.
   */
  editorSideEffects?: (editor: Editor) => () => void
  /**
   * Takes out of every presence, published or shown, what the feature hides (the anonymous
   * areas' selections); runs inside reactions. Features' redactions apply in registry order.
   */
  redactPresence?: PresenceRedaction
  /** The board's asset store (images), made once per session. Exactly one feature gives it. */
  assetStore?: (board: { boardId: string; token: string }) => SessionAssetStore
}
