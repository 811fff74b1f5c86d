/**
 * The tldraw editor over the synced store. Everything tldraw needs (icons, fonts,
 * translations) is bundled, so the page makes no request to any host but ours; images go to
 * the board's asset store, and embeds and link previews, which would load other sites, are not
 * offered (see `features/assets/`).
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useRef } from 'react'
import {
  DefaultContextMenu,
  DefaultContextMenuContent,
  Tldraw,
  type Editor,
  type TLComponents,
  type TldrawOptions,
  type TLStore,
  type TLUiContextMenuProps,
} from 'tldraw'
import 'tldraw/tldraw.css'
import { ACCEPTED_IMAGE_TYPES, DEFAULT_MAX_ASSET_BYTES } from '../../shared/assets'
import type { NoteAuthor, Participant } from '../../shared/participant'
import { readRuntimeConfig } from '../lib/runtimeConfig'
import { registerAuthorStamp } from './authorStamp'
import { CANVAS_CHILDREN, CONTEXT_MENU_ITEMS, IN_FRONT_OF_CANVAS, registerFeatureSideEffects, UI_OVERRIDES } from './registryParts'
import { NoticeSlot, NoticeSlotContext } from './NoticeSlot'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'
import { useParticipantTldrawUser } from './tldrawUser'
import './note.css'

// Module constants: tldraw recreates the editor when these props change identity.
const ASSET_URLS = getAssetUrlsByImport()
const LICENSE_KEY = readRuntimeConfig().tldrawLicenseKey
// Only what the asset store accepts is offered (the file picker, drops, pastes): no video, no SVG.
const NO_VIDEO: readonly string[] = []
/** Everything the features draw in front of the canvas, over tldraw's shapes. */
function InFrontOfCanvas() {
  return (
    <>
      {IN_FRONT_OF_CANVAS.map((Part, index) => (
        <Part key={index} />
      ))}
    </>
  )
}

/** tldraw's context menu with the features' items first (e.g. area actions on a right-clicked frame). */
function ContextMenu(props: TLUiContextMenuProps) {
  return (
    <DefaultContextMenu {...props}>
      {CONTEXT_MENU_ITEMS.map((Items, index) => (
        <Items key={index} />
      ))}
      <DefaultContextMenuContent />
    </DefaultContextMenu>
  )
}

const COMPONENTS: TLComponents = {
  // People, following and identity live in Plenary's top bar; tldraw's share panel would
  // offer a second, disconnected name editor.
  SharePanel: null,
  // The features' overlays (coop names over corners, area badges, group labels).
  InFrontOfTheCanvas: InFrontOfCanvas,
  // The notices go between tldraw's menus, never over them (NoticeSlot.tsx).
  TopPanel: NoticeSlot,
  ContextMenu,
}
const OPTIONS: Partial<TldrawOptions> = {
  // tldraw's default of 4,000 is low for 50 delegates brainstorming across breakouts.
  maxShapesPerPage: 10_000,
}

/** Props of {@link BoardCanvas}. */
export interface BoardCanvasProps {
  store: TLStore
  participant: Participant
  /** Receives the editor once mounted, and null when it goes away. */
  onEditor: (editor: Editor | null) => void
  /** Receives the element the notices go in (tldraw's top panel) once mounted. */
  onNoticeSlot?: (element: HTMLElement | null) => void
}

/** tldraw, full size, with Plenary's note util, author stamping and the features' tldraw parts. */
export function BoardCanvas({ store, participant, onEditor, onNoticeSlot }: BoardCanvasProps) {
  const user = useParticipantTldrawUser(participant)
  const authorRef = useRef<NoteAuthor>(participant)
  useEffect(() => {
    authorRef.current = { id: participant.id, name: participant.name, coop: participant.coop }
  }, [participant])

  const onMount = useCallback(
    (editor: Editor) => {
      const unregisterStamp = registerAuthorStamp(editor, () => authorRef.current)
      // After the stamp: a feature may take back what the stamp wrote (anonymous areas).
      const unregisterFeatures = registerFeatureSideEffects(editor)
      onEditor(editor)
      return () => {
        unregisterFeatures()
        unregisterStamp()
        onEditor(null)
      }
    },
    [onEditor],
  )

  return (
    <NoticeSlotContext.Provider value={onNoticeSlot ?? null}>
      <Tldraw
        store={store}
        assetUrls={ASSET_URLS}
        shapeUtils={PLENARY_SHAPE_UTILS}
        licenseKey={LICENSE_KEY}
        user={user}
        components={COMPONENTS}
        options={OPTIONS}
        overrides={UI_OVERRIDES}
        acceptedImageMimeTypes={ACCEPTED_IMAGE_TYPES}
        acceptedVideoMimeTypes={NO_VIDEO}
        maxAssetSize={DEFAULT_MAX_ASSET_BYTES}
        onMount={onMount}
      >
        {CANVAS_CHILDREN.map((Child, index) => (
          <Child key={index} />
        ))}
      </Tldraw>
    </NoticeSlotContext.Provider>
  )
}
