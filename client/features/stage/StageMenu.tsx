/**
 * The facilitator's "Present" menu in the top bar: bring everyone to my view once, or have
 * everyone follow my view until I stop (or release a follow someone else started).
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { usePopover } from '../../ui/usePopover'
import type { StageSession } from './useStageSession'
import './stage.css'

/** Props of {@link StageMenu}. */
export interface StageMenuProps {
  controls: NonNullable<StageSession['controls']>
  presenting: boolean
}

function PresentIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="8.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 11v3M5.5 14h5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}

/** A top-bar button opening the stage actions. */
export function StageMenu({ controls, presenting }: StageMenuProps) {
  const { t } = useTranslation()
  const { open, setOpen, rootRef, buttonRef } = usePopover()
  const menuId = useId()

  const run = (action: () => void) => {
    action()
    setOpen(false)
  }

  return (
    <div className="stage-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`button button--bar stage-menu__button${controls.followActive ? ' stage-menu__button--live' : ''}`}
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="present-menu"
        aria-label={t(presenting ? 'stage.menu.presentingLabel' : 'stage.menu.present')}
        // The words fold away on a crowded bar; the tooltip says them again.
        title={t(presenting ? 'stage.menu.presentingLabel' : 'stage.menu.present')}
        onClick={() => setOpen((value) => !value)}
      >
        <PresentIcon />
        <span className="stage-menu__label compact-label" aria-hidden="true">
          {t(presenting ? 'stage.menu.presenting' : 'stage.menu.present')}
        </span>
      </button>
      {open && (
        <div className="popover stage-menu__panel" id={menuId} role="group" aria-label={t('stage.menu.heading')}>
          <p className="popover__heading">{t('stage.menu.heading')}</p>
          <button type="button" className="stage-menu__item" onClick={() => run(controls.summonEveryone)}>
            <span className="stage-menu__title">{t('stage.menu.summon')}</span>
            <span className="stage-menu__hint">{t('stage.menu.summonHint')}</span>
          </button>
          {controls.followActive ? (
            <button type="button" className="stage-menu__item" onClick={() => run(controls.release)}>
              <span className="stage-menu__title">{t(presenting ? 'stage.menu.stopPresenting' : 'stage.menu.release')}</span>
              <span className="stage-menu__hint">{t('stage.menu.releaseHint')}</span>
            </button>
          ) : (
            <button type="button" className="stage-menu__item" onClick={() => run(controls.followMe)}>
              <span className="stage-menu__title">{t('stage.menu.followMe')}</span>
              <span className="stage-menu__hint">{t('stage.menu.followMeHint')}</span>
            </button>
          )}
        </div>
      )}
    </div>
  )
}
