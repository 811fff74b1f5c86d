/**
 * The meeting minutes in a dialog: the Markdown as it will be pasted, with "Copy" (for a chat
 * or a pad) and "Download .md". Fetched from the server each time it opens, written in the
 * person's UI language and dated in their browser's time zone; Copy and Download give that text.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '../../lib/clipboard'
import { useLoad } from '../../lib/useLoad'
import { useModalDialog } from '../../ui/useModalDialog'
import { saveFile } from '../corners/saveFile'
import { fetchMinutes, minutesFileName } from './minutesApi'
import { ModalHeader } from '../../ui/ModalHeader'
import './minutes.css'

/** Props of {@link MinutesDialog}. */
export interface MinutesDialogProps {
  boardId: string
  boardTitle: string
  token: string
  onClose: () => void
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; text: string }

const LOADING: State = { status: 'loading' }

/** Shows the minutes of the board, ready to copy. */
export function MinutesDialog({ boardId, boardTitle, token, onClose }: MinutesDialogProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? i18n.language
  const closeRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: closeRef, onEscape: onClose })
  const titleId = useId()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const { answer, reload } = useLoad(`${boardId}\n${token}\n${language}`, async (signal): Promise<State> => {
    try {
      const result = await fetchMinutes(boardId, token, language, signal)
      return result.ok ? { status: 'ready', text: result.text } : { status: 'error', message: result.message }
    } catch {
      // Aborted (closed, or asked again): useLoad drops this answer.
      return LOADING
    }
  })
  const state = answer ?? LOADING

  const copy = async (text: string) => {
    setCopied((await copyText(text, dialogRef.current ?? document.body)) ? 'copied' : 'failed')
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal minutes-dialog"
      aria-labelledby={titleId}
      data-testid="minutes-dialog"
      data-language={language}
      onCancel={onCancel}
      onClick={(event) => {
        if (event.target === dialogRef.current) onClose()
      }}
    >
      <div className="modal__inner">
        <ModalHeader titleId={titleId} titleClassName="minutes-dialog__title" onClose={onClose} closeRef={closeRef}>
          <span className="minutes-dialog__eyebrow">{t('minutes.dialog.eyebrow')}</span>
          <span className="minutes-dialog__board">{boardTitle}</span>
        </ModalHeader>
        <p className="minutes-dialog__intro">{t('minutes.dialog.intro')}</p>
        {state.status === 'loading' && (
          <p className="minutes-dialog__status" role="status">
            <span className="spinner spinner--small" aria-hidden="true" /> {t('minutes.dialog.writing')}
          </p>
        )}
        {state.status === 'error' && (
          <div className="minutes-dialog__error" role="alert">
            <p>{state.message}</p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('minutes.dialog.tryAgain')}
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <textarea
              className="minutes-dialog__text"
              data-testid="minutes-text"
              lang={language}
              aria-label={t('minutes.dialog.text')}
              readOnly
              value={state.text}
              spellCheck={false}
            />
            <div className="minutes-dialog__actions">
              <span className="minutes-dialog__copied" role="status">
                {copied === 'copied' ? t('minutes.dialog.copied') : copied === 'failed' ? t('minutes.dialog.copyFailed') : ''}
              </span>
              <button
                type="button"
                className="button button--secondary"
                data-testid="minutes-download"
                onClick={() => saveFile(new Blob([state.text], { type: 'text/markdown;charset=utf-8' }), minutesFileName(boardTitle))}
              >
                {t('minutes.dialog.download')}
              </button>
              <button type="button" className="button button--primary" data-testid="minutes-copy" onClick={() => void copy(state.text)}>
                {t('minutes.dialog.copy')}
              </button>
            </div>
          </>
        )}
      </div>
    </dialog>
  )
}
