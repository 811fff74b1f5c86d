/**
 * The tldraw editor over the synced store. Everything tldraw needs (icons, fonts,
 * translations) is bundled, so the page makes no request to any host but ours; images go to
 * the board's asset store, and embeds and link previews, which would load other sites, are not
 * offered (see `features/assets/`).
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useRef } from 'react'
import { Tldraw, type Editor, type TLComponents, type TldrawOptions, type TLStore } from 'tldraw'
import 'tldraw/tldraw.css'
import { ACCEPTED_IMAGE_TYPES, DEFAULT_MAX_ASSET_BYTES } from '../../shared/assets'
import type { NoteAuthor, Participant } from '../../shared/participant'
import { readRuntimeConfig } from '../lib/runtimeConfig'
import { AreaBadges } from '../features/areas/AreaBadges'
import { AreaContextMenu } from '../features/areas/AreaContextMenu'
import { BoardContentHandlers } from '../features/assets/BoardContentHandlers'
import { NO_EMBEDS_OVERRIDES } from '../features/assets/noEmbeds'
import { GroupAreaLabels } from '../features/breakouts/GroupAreaLabels'
import { CornerOverview } from '../features/corners/CornerOverview'
import { registerAuthorStamp } from './authorStamp'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'
import { useParticipantTldrawUser } from './tldrawUser'
import './note.css'

// Module constants: tldraw recreates the editor when these props change identity.
const ASSET_URLS = getAssetUrlsByImport()
const LICENSE_KEY = readRuntimeConfig().tldrawLicenseKey
// Only what the asset store accepts is offered (the file picker, drops, pastes): no video, no SVG.
const NO_VIDEO: readonly string[] = []
/** Everything Plenary draws in front of the canvas, over tldraw's shapes. */
function InFrontOfCanvas() {
  return (
    <>
      <CornerOverview />
      <AreaBadges />
      <GroupAreaLabels />
    </>
  )
}

const COMPONENTS: TLComponents = {
  // People, following and identity live in Plenary's top bar; tldraw's share panel would
  // offer a second, disconnected name editor.
  SharePanel: null,
  // Coop names stay readable over their corners when the whole assembly is in view.
  // Areas show whether they are locked or anonymous.
  InFrontOfTheCanvas: InFrontOfCanvas,
  // Facilitators lock areas and make them anonymous from here too (see AreaActionsContext).
  ContextMenu: AreaContextMenu,
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
}

/** tldraw, full size, with Plenary's note util and author stamping. */
export function BoardCanvas({ store, participant, onEditor }: BoardCanvasProps) {
  const user = useParticipantTldrawUser(participant)
  const authorRef = useRef<NoteAuthor>(participant)
  useEffect(() => {
    authorRef.current = { id: participant.id, name: participant.name, coop: participant.coop }
  }, [participant])

  const onMount = useCallback(
    (editor: Editor) => {
      const unregister = registerAuthorStamp(editor, () => authorRef.current)
      onEditor(editor)
      return () => {
        unregister()
        onEditor(null)
      }
    },
    [onEditor],
  )

  return (
    <Tldraw
      store={store}
      assetUrls={ASSET_URLS}
      shapeUtils={PLENARY_SHAPE_UTILS}
      licenseKey={LICENSE_KEY}
      user={user}
      components={COMPONENTS}
      options={OPTIONS}
      overrides={NO_EMBEDS_OVERRIDES}
      acceptedImageMimeTypes={ACCEPTED_IMAGE_TYPES}
      acceptedVideoMimeTypes={NO_VIDEO}
      maxAssetSize={DEFAULT_MAX_ASSET_BYTES}
      onMount={onMount}
    >
      <BoardContentHandlers />
    </Tldraw>
  )
}
