/**
 * Time travel: a snapshot shown full screen over the board, read-only, in an editor of its own
 * with a store of its own, so the live board under it (and its sync) is not touched. The banner
 * says which snapshot and when; from here the facilitator goes back, restores the whole board
 * or one area of it, or exports the snapshot.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { Trans, useTranslation } from 'react-i18next'
import { createTLStore, Tldraw, useTldrawCurrentUser, type Editor, type TLAnyShapeUtilConstructor, type TLComponents } from 'tldraw'
import 'tldraw/tldraw.css'
import { restorableAreas } from '../../../shared/snapshots/restore'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import { readRuntimeConfig } from '../../lib/runtimeConfig'
import { createBoardAssetStore } from '../assets/assetStore'
import { LocalTime } from '../../ui/LocalTime'
import type { OpenedSnapshot } from './snapshotRecords'
import type { BoardFileFormat } from './snapshotApi'

const ASSET_URLS = getAssetUrlsByImport()
const LICENSE_KEY = readRuntimeConfig().tldrawLicenseKey
const COMPONENTS: TLComponents = { SharePanel: null }

/** Props of {@link SnapshotViewer}. */
export interface SnapshotViewerProps {
  snapshot: SnapshotInfo
  opened: OpenedSnapshot
  /** The invite token the board was opened with: the snapshot's images are read with it. */
  token: string
  /** The board's shape utils (the note with its author line, frames in colour, inert embeds). */
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
  /** Facilitators may restore; others only look and export. */
  canRestore: boolean
  onBack: () => void
  /** Restore the whole board (null) or the area frame with this id. */
  onRestore: (areaId: string | null) => void
  onExport: (format: BoardFileFormat) => Promise<string | null>
}

/** The read-only snapshot view with its banner. */
export function SnapshotViewer({ snapshot, opened, token, shapeUtils, canRestore, onBack, onRestore, onExport }: SnapshotViewerProps) {
  const { t, i18n } = useTranslation()
  const backRef = useRef<HTMLButtonElement>(null)
  // tldraw's own menus in the viewer speak the app's language, as on the live board.
  const preferences = useMemo(() => ({ id: 'snapshot-viewer', locale: i18n.language }), [i18n.language])
  const user = useTldrawCurrentUser({ userPreferences: preferences })
  const titleId = useId()
  const areaId = useId()
  const areas = restorableAreas(opened.records)
  const [area, setArea] = useState(areas[0]?.id ?? '')
  const [exportError, setExportError] = useState<string | null>(null)
  // The snapshot's content in a store that shows its images the way the live board does: read
  // from the board's asset store with the token, never from anywhere else.
  const assets = useMemo(() => createBoardAssetStore({ boardId: snapshot.boardId, token }), [snapshot.boardId, token])
  const store = useMemo(
    () => createTLStore({ schema: opened.store.schema, snapshot: opened.store.getStoreSnapshot(), assets }),
    [opened.store, assets],
  )
  useEffect(() => () => assets.dispose(), [assets])

  useEffect(() => {
    backRef.current?.focus()
  }, [])

  const onMount = useCallback((editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true })
    // The whole snapshot in view, never magnified beyond 100 % (a few notes would fill the screen).
    const bounds = editor.getCurrentPageBounds()
    if (bounds) editor.zoomToBounds(bounds, { targetZoom: 1, immediate: true })
  }, [])

  const exportAs = (format: BoardFileFormat) => {
    setExportError(null)
    void onExport(format).then(setExportError)
  }

  // On the body, above everything: inside the panel (a bottom sheet on phones, with its own
  // stacking context) the top bar would cover the banner.
  return createPortal(
    <div
      className="snapshot-view"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="snapshot-view"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) onBack()
      }}
    >
      <header className="snapshot-view__banner">
        <div className="snapshot-view__heading">
          <p className="snapshot-view__eyebrow">{t('snapshots.viewer.eyebrow')}</p>
          <h2 className="snapshot-view__title" id={titleId} data-testid="snapshot-view-title">
            <Trans
              i18nKey="snapshots.viewer.title"
              values={{ name: snapshot.name }}
              components={{ time: <LocalTime at={snapshot.createdAt} /> }}
            />
          </h2>
          <p className="snapshot-view__meta">
            {snapshot.kind === 'auto'
              ? t('snapshots.viewer.takenAutomatically')
              : t('snapshots.viewer.savedBy', { author: snapshot.author })}
          </p>
        </div>
        <div className="snapshot-view__actions">
          <button ref={backRef} type="button" className="button button--primary" data-testid="snapshot-back" onClick={onBack}>
            {t('snapshots.viewer.back')}
          </button>
          {canRestore && (
            <button type="button" className="button button--secondary" data-testid="snapshot-restore-board" onClick={() => onRestore(null)}>
              {t('snapshots.viewer.restoreBoard')}
            </button>
          )}
          {canRestore && areas.length > 0 && (
            <span className="snapshot-view__area">
              <label className="visually-hidden" htmlFor={areaId}>
                {t('snapshots.viewer.area')}
              </label>
              <select
                id={areaId}
                className="input snapshot-view__select"
                value={area}
                data-testid="snapshot-area"
                onChange={(event) => setArea(event.target.value)}
              >
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--secondary"
                data-testid="snapshot-restore-area"
                disabled={area === ''}
                onClick={() => onRestore(area)}
              >
                {t('snapshots.viewer.restoreArea')}
              </button>
            </span>
          )}
          <span className="snapshot-view__exports" role="group" aria-label={t('snapshots.viewer.exports')}>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('snapshots.item.exportTldrLabel', { name: snapshot.name })}
              onClick={() => exportAs('tldr')}
            >
              .tldr
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('snapshots.item.exportJsonLabel', { name: snapshot.name })}
              onClick={() => exportAs('json')}
            >
              .json
            </button>
          </span>
        </div>
        {exportError && (
          <p className="snapshot-view__error" role="alert">
            {exportError}
          </p>
        )}
      </header>
      <div className="snapshot-view__canvas">
        <Tldraw
          store={store}
          assetUrls={ASSET_URLS}
          shapeUtils={shapeUtils}
          licenseKey={LICENSE_KEY}
          components={COMPONENTS}
          user={user}
          onMount={onMount}
        />
      </div>
    </div>,
    document.body,
  )
}
