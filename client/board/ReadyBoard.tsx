/**
 * The board once sync is ready: the top bar, the canvas and the side panels, with every
 * feature of the registry plugged in. It builds the one {@link BoardFeatureContext}, runs the
 * features' hooks, and places what they give; it knows no feature by name.
 */
import { Fragment, useId, useMemo, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import type { BoardInfo } from '../lib/api'
import { inviteLink } from '../lib/boardLink'
import type { Arrival, BoardFeatureContext, FeatureParts, GatheredParts, PanelControls, PanelSlot } from '../features/boardFeature'
import { BOARD_FEATURES } from '../features/registry'
import type { ServerClock } from '../sync/serverClock'
import type { BoardSync } from '../sync/types'
import { BoardCanvas } from './BoardCanvas'
import { BoardTopBar } from './BoardTopBar'
import { FollowingBanner } from './FollowingBanner'
import { NOTICE_ORDER } from './registryParts'
import { RejectedNotice } from './RejectedNotice'
import { ShareDialog } from './ShareDialog'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'
import { useFollowedPeer } from './useFollowing'
import { useLanding } from './useLanding'

/** Props of {@link ReadyBoard}. */
export interface ReadyBoardProps {
  sync: Extract<BoardSync, { status: 'ready' }>
  board: BoardInfo
  token: string
  participant: Participant
  arrival: Arrival | null
  onChangeName: (() => void) | null
  /** The server's clock once measured. */
  clock: ServerClock | null
}

/** One side panel at a time: each is as tall as the canvas. */
function usePanels(): PanelControls {
  const [open, setOpen] = useState<string | null>(null)
  return useMemo(
    () => ({
      open,
      show: (id: string) => setOpen(id),
      toggle: (id: string) => setOpen((current) => (current === id ? null : id)),
      close: () => setOpen(null),
    }),
    [open],
  )
}

/**
 * Every feature's parts for this render, in registry order. Each feature's hook is called on
 * every render: the registry is a module constant, so the hooks' order never changes.
 */
function useFeatureParts(context: BoardFeatureContext): FeatureParts[] {
  return BOARD_FEATURES.map((feature) => feature.useFeature?.(context) ?? {})
}

/** The live board with its features. */
export function ReadyBoard({ sync, board, token, participant, arrival, onChangeName, clock }: ReadyBoardProps) {
  const { t } = useTranslation()
  const [editor, setEditor] = useState<Editor | null>(null)
  // Notices live in tldraw's top panel once it exists, so they never cover tldraw's controls.
  const [noticeSlot, setNoticeSlot] = useState<HTMLElement | null>(null)
  const [sharing, setSharing] = useState(false)
  const panels = usePanels()
  const panelIds = useId()
  const following = useFollowedPeer(editor, sync.peers)
  const title = board.title || t('common.untitledBoard')
  // Viewers are counted, not listed: they are nobody's delegate on the board.
  const people = useMemo(
    () => (board.role === Role.viewer ? sync.peers : [participant, ...sync.peers]),
    [board.role, participant, sync.peers],
  )
  const parts = useFeatureParts({
    board: { id: board.id, title, role: board.role, viaCommunity: board.viaCommunity === true },
    token,
    participant,
    editor,
    doc: sync.features,
    peers: sync.peers,
    people,
    connection: sync.connection,
    clock,
    setPresenceFilter: sync.setPresenceFilter,
    panels,
    shapeUtils: PLENARY_SHAPE_UTILS,
  })
  useLanding(arrival, parts)

  const slot = (id: string): PanelSlot => ({
    id: `${panelIds}-${id}`,
    open: panels.open === id,
    onToggle: () => panels.toggle(id),
    onClose: panels.close,
  })
  const gathered: GatheredParts = { exportActions: parts.flatMap((part) => part.exportActions ?? []) }
  const each = (render: (part: FeatureParts, id: string) => ReactNode) =>
    BOARD_FEATURES.map((feature, index) => <Fragment key={feature.id}>{render(parts[index] ?? {}, feature.id)}</Fragment>)
  // The first feature's wrapper is the outermost.
  const canvas = parts.reduceRight<ReactNode>(
    (inner, part) => (part.wrapCanvas ? part.wrapCanvas(inner) : inner),
    <BoardCanvas store={sync.store} participant={participant} onEditor={setEditor} onNoticeSlot={setNoticeSlot} />,
  )
  const notices = (
    <div className="board__notices">
      {NOTICE_ORDER.map((index) => (
        <Fragment key={BOARD_FEATURES[index]?.id}>{parts[index]?.notices}</Fragment>
      ))}
      {editor && following && <FollowingBanner editor={editor} peer={following} />}
      <RejectedNotice rejected={sync.rejectedRecords} />
    </div>
  )
  const openIndex = BOARD_FEATURES.findIndex((feature) => feature.id === panels.open)
  const openPanel = openIndex >= 0 && panels.open ? parts[openIndex]?.panel?.content(slot(panels.open)) : null

  return (
    <div className="board">
      <BoardTopBar
        title={title}
        role={board.role}
        // Participants may pass on their own link; it opens nothing they cannot already do.
        ownLink={board.role === Role.participant ? inviteLink(window.location.origin, board.id, token) : null}
        onShare={board.role === Role.facilitator ? () => setSharing(true) : null}
        editor={editor}
        you={participant}
        peers={sync.peers}
        viewers={sync.viewers}
        following={following}
        connection={sync.connection}
        unsentChanges={sync.unsentChanges}
        onChangeName={onChangeName}
        besideTitle={each((part) => part.besideTitle)}
        noteHome={() => parts.reduce<string | null>((home, part) => home ?? part.noteHome?.() ?? null, null)}
        featureItems={each((part, id) => (
          <>
            {part.panel?.button(slot(id))}
            {part.topBar?.(gathered)}
          </>
        ))}
      />
      <div className="board__canvas">
        <div className="board__stage">
          <div className="board__editor">{canvas}</div>
          {each((part) => part.overlays)}
          {noticeSlot ? createPortal(notices, noticeSlot) : notices}
        </div>
        {openPanel}
      </div>
      {each((part) => part.dialogs)}
      {sharing && (
        <ShareDialog
          boardId={board.id}
          boardTitle={title}
          token={token}
          communityLinks={board.viaCommunity === true}
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  )
}
