/**
 * The facilitator's "Share" dialog: the board's three invite links, the participant link
 * first, with copy and replace. A native modal dialog, so focus stays inside and Escape closes.
 */
import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../ui/useModalDialog'
import { Role } from '../../shared/protocol'
import { ShareLinkRow } from './ShareLinkRow'
import { useShareLinks } from './useShareLinks'
import { ModalHeader } from '../ui/ModalHeader'
import './share.css'

/** Props of {@link ShareDialog}. */
export interface ShareDialogProps {
  boardId: string
  boardTitle: string
  /** The facilitator's token, which the links API requires. */
  token: string
  /** The board was opened with its community's token: the links are the community's, replaced on the community page only. */
  communityLinks?: boolean
  onClose: () => void
}

/** The links of a board, fetched when the dialog opens. */
export function ShareDialog({ boardId, boardTitle, token, communityLinks = false, onClose }: ShareDialogProps) {
  const { t } = useTranslation()
  const closeRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: closeRef, onEscape: onClose })
  const titleId = useId()
  const { state, reload, replace } = useShareLinks(boardId, token)
  const replacer = (role: Role) => (communityLinks ? undefined : () => replace(role))

  const container = () => dialogRef.current
  return (
    <dialog
      ref={dialogRef}
      className="modal share-dialog"
      aria-labelledby={titleId}
      data-testid="share-dialog"
      onCancel={onCancel}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === dialogRef.current) onClose()
      }}
    >
      <div className="modal__inner">
        <ModalHeader titleId={titleId} titleClassName="share-dialog__title" onClose={onClose} closeRef={closeRef}>
          <span className="share-dialog__eyebrow">{t('share.eyebrow')}</span>
          <span className="share-dialog__board">{boardTitle}</span>
        </ModalHeader>
        <p className="share-dialog__intro">{t('share.intro')}</p>
        {communityLinks && (
          <p className="share-dialog__intro" data-testid="share-community-links">
            {t('share.communityLinks')}
          </p>
        )}

        {state.status === 'loading' && (
          <p className="share-dialog__loading" role="status">
            <span className="spinner spinner--small" aria-hidden="true" /> {t('share.loading')}
          </p>
        )}
        {state.status === 'error' && (
          <div className="share-dialog__error" role="alert">
            <p>{state.message}</p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.tryAgain')}
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <div className="share-dialog__links">
            <ShareLinkRow
              role={Role.participant}
              title={t('share.participant.title')}
              description={t('share.participant.description')}
              link={state.links.participant}
              prominent
              onReplace={replacer(Role.participant)}
              copyContainer={container}
            />
            <ShareLinkRow
              role={Role.viewer}
              title={t('share.viewer.title')}
              description={t('share.viewer.description')}
              link={state.links.viewer}
              onReplace={replacer(Role.viewer)}
              copyContainer={container}
            />
            <details className="share-dialog__more">
              <summary>
                {t('share.facilitator.title')} <span className="share-dialog__summary-hint">{t('share.facilitator.summaryHint')}</span>
              </summary>
              <ShareLinkRow
                role={Role.facilitator}
                title={t('share.facilitator.title')}
                titleHidden
                description={<span className="share-link__warning">{t('share.facilitator.warning')}</span>}
                link={state.links.facilitator}
                copyContainer={container}
              />
            </details>
          </div>
        )}
      </div>
    </dialog>
  )
}
