/** "Copy link": puts this person's invite link on the clipboard and says so. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '../lib/clipboard'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies `url`; when the browser refuses, shows it in a prompt for manual copying. */
export function CopyLinkButton({ url }: { url: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 2000)
    return () => window.clearTimeout(timer)
  }, [state])

  // Never rejects: copyText resolves false when the browser refuses.
  async function copy() {
    if (await copyText(url)) {
      setState('copied')
      return
    }
    setState('failed')
    window.prompt(t('board.copyLink.prompt'), url)
  }

  return (
    <>
      <button
        type="button"
        className="button button--bar"
        data-testid="copy-link"
        aria-label={t('board.copyLink.label')}
        title={t('board.copyLink.title')}
        onClick={() => void copy()}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        <span className="narrow-hidden">{t('board.copyLink.label')}</span>
      </button>
      {/* A live region that is always present, so the confirmation is announced. */}
      <span className={state === 'copied' ? 'copy-confirm copy-confirm--shown' : 'copy-confirm'} role="status">
        {state === 'copied' ? t('board.copyLink.copied') : ''}
      </span>
    </>
  )
}
