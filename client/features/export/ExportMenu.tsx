/**
 * "Export" in the top bar: the one menu for every way to take the board away (meeting minutes,
 * .tldr, Plenary JSON, pictures, PDF). Its entry (feature.tsx) passes the list; a feature adds
 * its entries through the contract (`exportActions`), with a `group` so related entries sit
 * together. This component only shows the list and runs what is chosen.
 */
import { Fragment, useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { usePopover } from '../../ui/usePopover'
import type { ExportAction } from '../boardFeature'
import './exportMenu.css'

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  actions: readonly ExportAction[]
}

function grouped(actions: readonly ExportAction[]): ExportAction[][] {
  const groups = new Map<string, ExportAction[]>()
  for (const action of actions) groups.set(action.group, [...(groups.get(action.group) ?? []), action])
  return [...groups.values()]
}

/** A menu button listing the export actions. */
export function ExportMenu({ actions }: ExportMenuProps) {
  const { t } = useTranslation()
  const { open, setOpen, rootRef, buttonRef } = usePopover()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const menuId = useId()

  // A menu takes focus on its first item when it opens, so arrow keys work at once.
  useEffect(() => {
    if (open) rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
  }, [open, rootRef])

  async function choose(action: ExportAction) {
    setError(null)
    const result = action.run()
    if (!(result instanceof Promise)) {
      setOpen(false)
      return
    }
    setBusy(action.id)
    const problem = await result.catch(() => t('export.menu.failed'))
    setBusy(null)
    if (typeof problem === 'string' && problem !== '') setError(problem)
    else setOpen(false)
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return
    event.preventDefault()
    const items = Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length
    items[target]?.focus()
  }

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--bar"
        data-testid="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // The words fold away on a crowded bar; the tooltip says them again.
        title={t('export.menu.button')}
        onClick={() => {
          setError(null)
          setOpen((value) => !value)
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="narrow-hidden compact-label">{t('export.menu.button')}</span>
      </button>
      {open && (
        <div className="popover export-menu__panel" id={menuId} role="menu" aria-label={t('export.menu.label')} onKeyDown={onMenuKeyDown}>
          {grouped(actions).map((group, index) => (
            <Fragment key={group[0]?.group ?? index}>
              {index > 0 && <hr className="export-menu__divider" />}
              {group.map((action) => (
                <button
                  key={action.id}
                  type="button"
                  role="menuitem"
                  className="export-menu__item"
                  data-testid={`export-${action.id}`}
                  disabled={busy !== null}
                  onClick={() => void choose(action)}
                >
                  <span className="export-menu__label">{busy === action.id ? t('export.menu.preparing') : action.label}</span>
                  {action.description && <span className="export-menu__hint">{action.description}</span>}
                </button>
              ))}
            </Fragment>
          ))}
          {error && (
            <p className="popover__notice" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
