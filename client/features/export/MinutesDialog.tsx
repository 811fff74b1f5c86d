/**
 * The meeting minutes in a dialog: the Markdown as it will be pasted, with "Copy" (for a chat
 * or a pad) and "Download .md". Fetched from the server each time it opens, written in the
 * person's UI language and dated in their browser's time zone; Copy and Download give that text.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '../../lib/clipboard'
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

/** Shows the minutes of the board, ready to copy. */
export function MinutesDialog({ boardId, boardTitle, token, onClose }: MinutesDialogProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? i18n.language
  const closeRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: closeRef, onEscape: onClose })
  const titleId = useId()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')

  const load = useCallback(
    (signal: AbortSignal) => {
      setState({ status: 'loading' })
      fetchMinutes(boardId, token, language, signal)
        .then((result) => setState(result.ok ? { status: 'ready', text: result.text } : { status: 'error', message: result.message }))
        .catch(() => undefined)
    },
    [boardId, token, language],
  )
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

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
            <button type="button" className="button button--secondary" onClick={() => load(new AbortController().signal)}>
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
