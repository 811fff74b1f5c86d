/**
 * The snapshots side panel: the board's snapshots (name, time in the viewer's zone with UTC on
 * hover, author, automatic or saved), "Save snapshot" and "Import .tldr…" for facilitators,
 * and per snapshot: open it read-only (time travel), restore it, export it. The restore and
 * import work is in restoreActions.ts and tldrImport.ts; this component keeps the flow.
 */
import { useEffect, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor, TLAnyShapeUtilConstructor } from 'tldraw'
import { BREAKOUTS_MAP } from '../../../shared/breakouts/types'
import { restorableAreas, type RestoreScope } from '../../../shared/snapshots/restore'
import { SNAPSHOT_LIMITS, type SnapshotInfo } from '../../../shared/snapshots/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { downloadBoardFile } from './boardFileActions'
import { ImportTldrDialog } from './ImportTldrDialog'
import { uploadBoardImage } from '../assets/assetApi'
import { RestoreDialog } from './RestoreDialog'
import { SaveSnapshotForm, type SnapshotNotice } from './SaveSnapshotForm'
import { previewRestore, restoreSnapshot, type RestoreOutcome } from './restoreActions'
import { fetchSnapshotState, saveSnapshot, type BoardFileFormat } from './snapshotApi'
import { openSnapshotState, type OpenedSnapshot } from './snapshotRecords'
import { SnapshotItems } from './SnapshotItems'
import { SnapshotViewer } from './SnapshotViewer'
import { useSnapshots } from './useSnapshots'
import { SidePanel } from '../../ui/SidePanel'
import './snapshots.css'

/** Props of {@link SnapshotsPanel}. */
export interface SnapshotsPanelProps {
  id: string
  board: { id: string; title: string }
  token: string
  /** Facilitators save, restore and import; everyone else looks and exports. */
  isFacilitator: boolean
  /** "Name · Coop" of this person, the author of the snapshots they save. */
  author: string
  features: FeatureDoc
  editor: Editor | null
  /** The board's shape utils, for the time-travel view's editor. */
  shapeUtils: readonly TLAnyShapeUtilConstructor[]
  onClose: () => void
}

/** The maps whose changes may come with an automatic snapshot. */
const SESSION_MAPS: readonly string[] = [BREAKOUTS_MAP]
/** How long after such a change the list is read again. */
const AUTO_SNAPSHOT_LIST_DELAY_MS = 1_000

interface Restoring {
  snapshot: SnapshotInfo
  opened: OpenedSnapshot
  scope: RestoreScope | undefined
  areaName: string | null
  preview: RestoreOutcome
}

/** The snapshots panel, the time-travel view and the restore and import dialogs. */
export function SnapshotsPanel({ id, board, token, isFacilitator, author, features, editor, shapeUtils, onClose }: SnapshotsPanelProps) {
  const { t } = useTranslation()
  const list = useSnapshots(board.id, token)
  const [notice, setNotice] = useState<SnapshotNotice>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [viewing, setViewing] = useState<{ snapshot: SnapshotInfo; opened: OpenedSnapshot } | null>(null)
  const [restoring, setRestoring] = useState<Restoring | null>(null)
  const [restoreBusy, setRestoreBusy] = useState(false)
  const [restoreError, setRestoreError] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const source = { boardId: board.id, token, title: board.title }

  // The server takes a snapshot when breakouts start or end: list it once it is stored, which
  // is right after the change that started or ended the session reaches everyone.
  const { refresh } = list
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = features.subscribe(SESSION_MAPS, () => {
      clearTimeout(timer)
      timer = setTimeout(refresh, AUTO_SNAPSHOT_LIST_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [features, refresh])

  function close() {
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || viewing || restoring || importing) return
    if (event.target instanceof HTMLInputElement && event.target.value !== '') return
    event.preventDefault()
    close()
  }

  /** Loads a snapshot's state and opens it with the live board's schema. */
  async function load(snapshot: SnapshotInfo): Promise<OpenedSnapshot | null> {
    if (!editor) return null
    setBusyId(snapshot.id)
    setNotice(null)
    const state = await fetchSnapshotState(board.id, token, snapshot.id)
    setBusyId(null)
    if (!state.ok) {
      setNotice({ tone: 'problem', text: state.message })
      return null
    }
    const opened = openSnapshotState(state.value, editor.store.schema)
    if (!opened.ok) {
      setNotice({ tone: 'problem', text: opened.message })
      return null
    }
    return opened.value
  }

  async function onOpen(snapshot: SnapshotInfo) {
    const opened = await load(snapshot)
    if (opened) setViewing({ snapshot, opened })
  }

  function askRestore(snapshot: SnapshotInfo, opened: OpenedSnapshot, areaId: string | null) {
    const scope = areaId ? { areaId } : undefined
    const areaName = areaId
      ? (restorableAreas(opened.records).find((a) => a.id === areaId)?.name ?? t('snapshots.restore.unnamedFrame'))
      : null
    setRestoreError(null)
    setRestoring({ snapshot, opened, scope, areaName, preview: previewRestore(features, opened.records, scope) })
  }

  async function onRestoreFromList(snapshot: SnapshotInfo) {
    const opened = await load(snapshot)
    if (opened) askRestore(snapshot, opened, null)
  }

  function closeViewer() {
    setViewing(null)
    // Back to where the facilitator was: the snapshot's row in the list.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="snapshots-panel"] .snapshot-item__open')?.focus())
  }

  async function confirmRestore(saveFirst: boolean) {
    if (!restoring) return
    setRestoreBusy(true)
    setRestoreError(null)
    if (saveFirst) {
      const beforeName = t('snapshots.restore.beforeName', { name: restoring.snapshot.name }).slice(0, SNAPSHOT_LIMITS.name)
      const before = await saveSnapshot(board.id, token, beforeName, author)
      if (!before.ok) {
        setRestoreBusy(false)
        return setRestoreError(t('snapshots.restore.nothingRestored', { problem: before.message }))
      }
    }
    try {
      const outcome = restoreSnapshot(features, restoring.opened.records, restoring.scope)
      const changes =
        [
          outcome.put > 0 ? t('snapshots.restore.back', { count: outcome.put }) : '',
          outcome.removed > 0 ? t('snapshots.restore.gone', { count: outcome.removed }) : '',
        ]
          .filter(Boolean)
          .join(', ') || t('snapshots.restore.noChange')
      const name = restoring.snapshot.name
      setNotice({
        tone: 'ok',
        text: restoring.areaName
          ? t('snapshots.restore.doneArea', { area: restoring.areaName, name, changes })
          : t('snapshots.restore.doneBoard', { name, changes }),
      })
      setRestoring(null)
      setViewing(null)
      list.refresh()
    } catch (problem) {
      setRestoreError(problem instanceof Error ? problem.message : t('snapshots.restore.failed'))
    } finally {
      setRestoreBusy(false)
    }
  }

  const exportSnapshot = (snapshot: SnapshotInfo, format: BoardFileFormat) => downloadBoardFile(source, format, snapshot)

  return (
    <SidePanel
      id={id}
      className="snapshots"
      testId="snapshots-panel"
      title={t('snapshots.panel.title')}
      subtitle={
        list.snapshots === null
          ? t('snapshots.panel.loading')
          : list.snapshots.length === 0
            ? t('snapshots.panel.none')
            : t('snapshots.panel.count', { count: list.snapshots.length })
      }
      closeLabel={t('snapshots.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
    >
      {isFacilitator && <SaveSnapshotForm boardId={board.id} token={token} author={author} onNotice={setNotice} onSaved={list.refresh} />}

      {notice && (
        <p
          className={`snapshots__notice snapshots__notice--${notice.tone}`}
          role={notice.tone === 'problem' ? 'alert' : 'status'}
          data-testid="snapshots-notice"
        >
          {notice.text}
        </p>
      )}

      <SnapshotItems
        snapshots={list.snapshots}
        error={list.error}
        isFacilitator={isFacilitator}
        busyId={busyId}
        canOpen={editor !== null}
        onOpen={(snapshot) => void onOpen(snapshot)}
        onRestore={(snapshot) => void onRestoreFromList(snapshot)}
        onExport={(snapshot, format) => void exportSnapshot(snapshot, format).then((m) => m && setNotice({ tone: 'problem', text: m }))}
      />

      {isFacilitator && (
        <footer className="snapshots__footer">
          <button
            type="button"
            className="button button--secondary snapshots__import"
            aria-haspopup="dialog"
            data-testid="import-tldr-button"
            disabled={!editor}
            onClick={() => setImporting(true)}
          >
            {t('snapshots.panel.importTldr')}
          </button>
        </footer>
      )}

      {viewing && (
        <SnapshotViewer
          snapshot={viewing.snapshot}
          opened={viewing.opened}
          token={token}
          shapeUtils={shapeUtils}
          canRestore={isFacilitator}
          onBack={closeViewer}
          onRestore={(areaId) => askRestore(viewing.snapshot, viewing.opened, areaId)}
          onExport={(format) => exportSnapshot(viewing.snapshot, format)}
        />
      )}
      {restoring && (
        <RestoreDialog
          snapshot={restoring.snapshot}
          areaName={restoring.areaName}
          preview={restoring.preview}
          busy={restoreBusy}
          error={restoreError}
          onConfirm={(saveFirst) => void confirmRestore(saveFirst)}
          onClose={() => setRestoring(null)}
        />
      )}
      {importing && editor && (
        <ImportTldrDialog
          editor={editor}
          features={features}
          boardId={board.id}
          upload={(image) => uploadBoardImage(board.id, token, image)}
          onImported={(text) => {
            setImporting(false)
            setNotice({ tone: 'ok', text })
          }}
          onClose={() => setImporting(false)}
        />
      )}
    </SidePanel>
  )
}
