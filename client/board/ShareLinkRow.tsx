/**
 * One invite link in the share dialog: what it lets people do, the link itself, "Copy", and
 * for participant and viewer links "Replace link" behind a confirmation.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Role } from '../../shared/protocol'
import { copyText } from '../lib/clipboard'
import type { ReplaceOutcome } from './useShareLinks'

/** Props of {@link ShareLinkRow}. */
export interface ShareLinkRowProps {
  role: Role
  /** "Participant link". */
  title: string
  /** Who it is for and what it allows. */
  description: ReactNode
  link: string
  /** The participant link is the one most people need; it stands out. */
  prominent?: boolean
  /** Keeps the title for assistive technology only, where a visible label already names the row. */
  titleHidden?: boolean
  /** Present for links that can be replaced. */
  onReplace?: () => Promise<ReplaceOutcome>
  /** Where the copy fallback may put its helper element (the open modal dialog). */
  copyContainer: () => HTMLElement | null
}

type CopyState = 'idle' | 'copied' | 'manual'
type ReplaceState =
  { step: 'idle' } | { step: 'confirming' } | { step: 'replacing' } | { step: 'replaced' } | { step: 'failed'; message: string }

/** A labelled read-only link field with its actions. */
export function ShareLinkRow(props: ShareLinkRowProps) {
  const { role, title, description, link, prominent = false, titleHidden = false, onReplace, copyContainer } = props
  const { t, i18n } = useTranslation()
  const [copy, setCopy] = useState<CopyState>('idle')
  const [replace, setReplace] = useState<ReplaceState>({ step: 'idle' })
  const inputRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const copyRef = useRef<HTMLButtonElement>(null)
  const replaceRef = useRef<HTMLButtonElement>(null)
  const ids = { title: useId(), description: useId(), warning: useId() }
  const name = title.toLocaleLowerCase(i18n.language)

  useEffect(() => {
    if (copy !== 'copied') return
    const timer = window.setTimeout(() => setCopy('idle'), 2000)
    return () => window.clearTimeout(timer)
  }, [copy])

  useEffect(() => {
    // Focus follows the step, so keyboard users land on the next thing to decide.
    if (replace.step === 'confirming') confirmRef.current?.focus()
    if (replace.step === 'replaced') copyRef.current?.focus()
  }, [replace.step])

  // Never rejects: copyText resolves false when the browser refuses.
  async function onCopy() {
    if (await copyText(link, copyContainer() ?? undefined)) {
      setCopy('copied')
      return
    }
    // The browser refused: select the link so one keystroke copies it.
    setCopy('manual')
    inputRef.current?.focus()
    inputRef.current?.select()
  }

  // Never rejects: replacing resolves to a message when it fails.
  async function onConfirm() {
    if (!onReplace) return
    setReplace({ step: 'replacing' })
    const failure = await onReplace()
    setReplace(failure ? { step: 'failed', message: failure } : { step: 'replaced' })
  }

  function onCancel() {
    setReplace({ step: 'idle' })
    replaceRef.current?.focus()
  }

  const confirming = replace.step === 'confirming' || replace.step === 'replacing'
  return (
    <section
      className={prominent ? 'share-link share-link--prominent' : 'share-link'}
      aria-labelledby={ids.title}
      aria-describedby={ids.description}
      data-testid={`share-row-${role}`}
    >
      <h3 className={titleHidden ? 'visually-hidden' : 'share-link__title'} id={ids.title}>
        {title}
      </h3>
      <p className="share-link__description" id={ids.description}>
        {description}
      </p>
      <div className="share-link__field">
        <input
          ref={inputRef}
          className={replace.step === 'replaced' ? 'input share-link__input share-link__input--new' : 'input share-link__input'}
          type="text"
          readOnly
          value={link}
          aria-label={title}
          data-testid={`share-link-${role}`}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          ref={copyRef}
          type="button"
          className={prominent ? 'button button--primary share-link__copy' : 'button button--secondary share-link__copy'}
          aria-label={t('share.row.copyLabel', { name })}
          onClick={() => void onCopy()}
        >
          {copy === 'copied' ? t('share.row.copied') : t('share.row.copy')}
        </button>
      </div>
      <p className="share-link__status" role="status">
        {copy === 'copied' && t('share.row.linkCopied')}
        {copy === 'manual' && t('share.row.manual')}
        {replace.step === 'replaced' && copy === 'idle' && t('share.row.replaced')}
      </p>
      {onReplace && !confirming && (
        <div className="share-link__footer">
          <button
            ref={replaceRef}
            type="button"
            className="link-button"
            aria-label={t('share.row.replaceLabel', { name })}
            onClick={() => setReplace({ step: 'confirming' })}
          >
            {t('share.row.replace')}
          </button>
          {replace.step === 'failed' && (
            <span className="share-link__error" role="alert">
              {replace.message}
            </span>
          )}
        </div>
      )}
      {onReplace && confirming && (
        <div className="share-link__confirm" role="group" aria-labelledby={ids.warning}>
          <p id={ids.warning}>
            <Trans i18nKey="share.row.confirmBody" values={{ name }} components={{ strong: <strong /> }} />
          </p>
          <div className="share-link__confirm-actions">
            <button type="button" className="button button--quiet" onClick={onCancel} disabled={replace.step === 'replacing'}>
              {t('share.row.keep')}
            </button>
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              onClick={() => void onConfirm()}
              disabled={replace.step === 'replacing'}
            >
              {replace.step === 'replacing' ? t('share.row.replacing') : t('share.row.confirm')}
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
