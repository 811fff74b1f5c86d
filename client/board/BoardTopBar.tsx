/** The bar above the canvas: board title, connection, actions, people and your identity. */
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { LogoMark } from '../app/Logo'
import { handleLinkClick } from '../app/router'
import type { ConnectionState } from '../sync/types'
import { addStickyAtViewportCenter } from './addSticky'
import { ConnectionStatus } from './ConnectionStatus'
import { CopyLinkButton } from './CopyLinkButton'
import { PeopleMenu } from './PeopleMenu'

/** Props of {@link BoardTopBar}. */
export interface BoardTopBarProps {
  title: string
  boardUrl: string
  editor: Editor | null
  you: Participant
  peers: readonly Participant[]
  following: Participant | null
  connection: ConnectionState
  unsentChanges: number
  onChangeName: () => void
}

/** A header row that sits above tldraw's canvas, so it never covers tldraw's own menus. */
export function BoardTopBar(props: BoardTopBarProps) {
  const { title, boardUrl, editor, you, peers, following, connection, unsentChanges, onChangeName } = props
  return (
    <header className="topbar">
      <a className="topbar__brand" href="/" onClick={(event) => handleLinkClick(event, '/')} aria-label="Plenary home">
        <LogoMark size={30} />
      </a>
      <h1 className="topbar__title" data-testid="board-title" title={title}>{title}</h1>
      <ConnectionStatus connection={connection} unsentChanges={unsentChanges} />
      <div className="topbar__spacer" />
      <div className="topbar__actions">
        <button
          type="button"
          className="button button--primary button--bar"
          data-testid="add-sticky"
          disabled={!editor}
          onClick={() => editor && addStickyAtViewportCenter(editor)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span>Add sticky note</span>
        </button>
        <PeopleMenu editor={editor} you={you} peers={peers} following={following} />
        <CopyLinkButton url={boardUrl} />
        <button
          type="button"
          className="button button--quiet button--bar topbar__you"
          data-testid="change-name"
          title={`You appear as ${participantLabel(you)}`}
          onClick={onChangeName}
        >
          <span className="dot" style={{ backgroundColor: you.color }} aria-hidden="true" />
          <span className="topbar__you-text">Change name</span>
        </button>
      </div>
    </header>
  )
}
