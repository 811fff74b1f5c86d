/**
 * The coops directory: a side panel next to the canvas listing every coop on the roster with
 * its colour, country, notes and who of it is online; search by name or country; a click flies
 * to the coop's corner. Facilitators import the roster from here; everyone can export it.
 */
import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { closestEntries, filterDirectory } from '../../../shared/corners/directory'
import { DidYouMean } from './DidYouMean'
import { DirectoryItem } from './DirectoryItem'
import type { RosterFormat } from './rosterApi'
import type { DirectoryEntry } from './useDirectory'
import { SidePanel } from '../../ui/SidePanel'

/** Props of {@link DirectoryPanel}. */
export interface DirectoryPanelProps {
  id: string
  entries: DirectoryEntry[]
  /** True for a coop whose corner the editor has. */
  hasCorner: (cornerId: string | null) => boolean
  onGo: (entry: DirectoryEntry) => void
  /** Opens the rename / merge / remove dialog for a coop; null for everyone but facilitators. */
  onManage?: ((entry: DirectoryEntry) => void) | null
  /** Opens the import dialog; null for people who may not import (everyone but facilitators). */
  onImport: (() => void) | null
  /** The facilitator's board settings for coops, shown under the import button. */
  settings?: ReactNode
  onExport: (format: RosterFormat) => void
  /** The outcome of the last export, when it failed. */
  exportError: string | null
  onClose: () => void
}

/** The directory side panel. */
export function DirectoryPanel(props: DirectoryPanelProps) {
  const { id, entries, hasCorner, onGo, onManage, onImport, settings, onExport, exportError, onClose } = props
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    // Opened from the "Coops" button: what people do next is look for a coop.
    searchRef.current?.focus()
  }, [])
  const deferredQuery = useDeferredValue(query)
  const shown = deferredQuery.trim() === '' ? entries : filterDirectory(entries, deferredQuery)
  const online = entries.reduce((sum, entry) => sum + entry.online.length, 0)

  function close() {
    // Focus goes back to the "Coops" button that opened the panel, not to the page's start.
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return
    // A search field with text clears itself on Escape first.
    if (event.target instanceof HTMLInputElement && event.target.value !== '') return
    event.preventDefault()
    close()
  }

  return (
    <SidePanel
      id={id}
      className="directory"
      testId="directory-panel"
      title={t('coops.panel.title')}
      subtitle={
        online > 0
          ? t('coops.panel.withOnline', { coops: t('coops.panel.count', { count: entries.length }), count: online })
          : t('coops.panel.count', { count: entries.length })
      }
      closeLabel={t('coops.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
    >
      {onImport && (
        <div className="directory__import">
          <button
            type="button"
            className="button button--secondary directory__import-button"
            data-testid="import-roster-button"
            aria-haspopup="dialog"
            onClick={onImport}
          >
            {t('coops.panel.importRoster')}
          </button>
        </div>
      )}
      {settings}

      {entries.length > 0 && (
        <div className="directory__search">
          <label className="visually-hidden" htmlFor={`${id}-search`}>
            {t('coops.panel.search')}
          </label>
          <input
            ref={searchRef}
            id={`${id}-search`}
            className="input directory__search-input"
            type="search"
            placeholder={t('coops.panel.searchPlaceholder')}
            value={query}
            data-testid="directory-search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      )}

      <div className="directory__body">
        {entries.length === 0 ? (
          <div className="directory__empty">
            <p className="directory__empty-title">{t('coops.panel.emptyTitle')}</p>
            <p>{t(onImport ? 'coops.panel.emptyImport' : 'coops.panel.emptyOther')}</p>
          </div>
        ) : shown.length === 0 ? (
          <div className="directory__empty" role="status">
            <p>{t('coops.panel.noMatch', { query: deferredQuery.trim() })}</p>
            <DidYouMean
              label={t('coops.panel.didYouMean')}
              coops={closestEntries(entries, deferredQuery).map((entry) => entry.coop)}
              onPick={(coop) => {
                setQuery(coop.name)
                searchRef.current?.focus()
              }}
            />
          </div>
        ) : (
          <ul className="directory__list" aria-label={t('coops.panel.list')}>
            {shown.map((entry) => (
              <DirectoryItem
                key={entry.coop.id}
                entry={entry}
                hasCorner={hasCorner(entry.cornerId)}
                onGo={() => onGo(entry)}
                onManage={onManage ? () => onManage(entry) : undefined}
              />
            ))}
          </ul>
        )}
      </div>

      {entries.length > 0 && (
        <footer className="directory__footer">
          <p className="directory__footer-label">{t('coops.panel.exportLabel')}</p>
          <div className="directory__exports">
            <button type="button" className="button button--secondary directory__export" onClick={() => onExport('csv')}>
              {t('coops.panel.downloadCsv')}
            </button>
            <button type="button" className="button button--secondary directory__export" onClick={() => onExport('json')}>
              {t('coops.panel.downloadJson')}
            </button>
          </div>
          {exportError && (
            <p className="directory__export-error" role="alert">
              {exportError}
            </p>
          )}
        </footer>
      )}
    </SidePanel>
  )
}
