/**
 * The bar above the canvas: board title, connection, what this person may do, people, and
 * sharing. What it offers follows the role of the link the board was opened with.
 */
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import { LogoMark } from '../app/Logo'
import { handleLinkClick } from '../app/router'
import type { ConnectionState, Peer } from '../sync/types'
import { addStickyAtFreeSpot } from './addSticky'
import { ConnectionStatus } from './ConnectionStatus'
import { CopyLinkButton } from './CopyLinkButton'
import { PeopleMenu } from './PeopleMenu'
import { ShareButton } from './ShareButton'
import { useTopBarFit } from './useTopBarFit'
import { ViewOnlyBadge } from './ViewOnlyBadge'

/** Props of {@link BoardTopBar}. */
export interface BoardTopBarProps {
  title: string
  role: Role
  /** The link "Copy link" copies, or null to offer no copy button. */
  ownLink: string | null
  /** Opens the share dialog; null for people who may not see the links. */
  onShare: (() => void) | null
  editor: Editor | null
  you: Participant
  peers: readonly Peer[]
  viewers: number
  following: Participant | null
  connection: ConnectionState
  unsentChanges: number
  /** Null hides "Change name" (a viewer's name is shown to nobody). */
  onChangeName: (() => void) | null
  /** The features' items (side panels' toggles, menus), in registry order. */
  featureItems: ReactNode
  /** Calm facts beside the title (the next meeting), or nothing. */
  besideTitle?: ReactNode
  /** The frame the features name as this person's home for new notes, or null. */
  noteHome: () => string | null
}

/** A header row that sits above tldraw's canvas, so it never covers tldraw's own menus. */
export function BoardTopBar(props: BoardTopBarProps) {
  const {
    title,
    role,
    ownLink,
    onShare,
    editor,
    you,
    peers,
    viewers,
    following,
    connection,
    unsentChanges,
    onChangeName,
    featureItems,
    besideTitle,
    noteHome,
  } = props
  const { t } = useTranslation()
  const viewOnly = role === Role.viewer
  // Buttons show their words wherever they fit, measured (topBarFit.ts), not by screen width.
  const bar = useRef<HTMLElement>(null)
  useTopBarFit(bar)
  return (
    <header className="topbar" ref={bar}>
      <a className="topbar__brand" href="/" onClick={(event) => handleLinkClick(event, '/')} aria-label={t('common.plenaryHome')}>
        <LogoMark size={30} />
      </a>
      <h1 className="topbar__title" data-testid="board-title" title={title}>
        {title}
      </h1>
      {besideTitle}
      <ConnectionStatus connection={connection} unsentChanges={unsentChanges} />
      {viewOnly && <ViewOnlyBadge />}
      <div className="topbar__spacer" />
      <div className="topbar__actions">
        {!viewOnly && (
          <button
            type="button"
            className="button button--primary button--bar"
            data-testid="add-sticky"
            disabled={!editor}
            onClick={() => editor && addStickyAtFreeSpot(editor, noteHome())}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="topbar__add-text">{t('board.addSticky')}</span>
          </button>
        )}
        {featureItems}
        <PeopleMenu editor={editor} you={you} youRole={role} peers={peers} viewers={viewers} following={following} />
        {onShare && <ShareButton onClick={onShare} />}
        {ownLink && <CopyLinkButton url={ownLink} />}
        {onChangeName && (
          <button
            type="button"
            className="button button--quiet button--bar topbar__you"
            data-testid="change-name"
            title={t('board.youAppearAs', { label: participantLabel(you) })}
            onClick={onChangeName}
          >
            <span className="dot" style={{ backgroundColor: you.color }} aria-hidden="true" />
            <span className="topbar__you-text">{t('board.changeName')}</span>
          </button>
        )}
      </div>
    </header>
  )
}
