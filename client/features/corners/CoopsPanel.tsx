/**
 * The corners feature on the board page: the directory panel and, for facilitators, the
 * import dialog, wired to the editor and the roster. The work is in rosterActions.ts.
 */
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { DEFAULT_PAGE_ID } from '../../../shared/notes'
import type { Participant } from '../../../shared/participant'
import type { RosterAccess } from './rosterAccess'
import { DirectoryPanel } from './DirectoryPanel'
import { ManageCoopDialog } from './ManageCoopDialog'
import type { CoopCleanup } from './useCoopCleanup'
import { ImportRosterDialog } from './ImportRosterDialog'
import { exportRoster, goToCorner, hasCorner, importRoster, importTarget, type ExportFailure } from './rosterActions'
import type { RosterFormat } from './rosterApi'
import { useDirectory } from './useDirectory'
import './directory.css'

/** Props of {@link CoopsPanel}. */
export interface CoopsPanelProps {
  id: string
  editor: Editor | null
  access: RosterAccess
  board: { id: string; title: string }
  token: string
  /** Everyone on the board who names a coop: this browser's person and the peers. */
  people: readonly Participant[]
  canImport: boolean
  /** The facilitator's rename / merge / remove; null for everyone else. */
  cleanup: CoopCleanup | null
  /** The facilitator's coop settings (NewCoopsSetting); absent for everyone else. */
  settings?: ReactNode
  onClose: () => void
}

/** The open directory, and the import dialog on demand. */
export function CoopsPanel({ id, editor, access, board, token, people, canImport, cleanup, settings, onClose }: CoopsPanelProps) {
  const { t } = useTranslation()
  const entries = useDirectory(access, people, true)
  const [importing, setImporting] = useState(false)
  const [managing, setManaging] = useState<string | null>(null)
  const managed = managing === null ? undefined : entries.find((entry) => entry.coop.id === managing)
  const [exportError, setExportError] = useState<ExportFailure | null>(null)
  const getTarget = useCallback(
    () => (editor ? importTarget(editor, access) : { coops: access.getRoster(), records: access.getRecords(), pageId: DEFAULT_PAGE_ID }),
    [editor, access],
  )

  const onExport = (format: RosterFormat) => {
    setExportError(null)
    void exportRoster(board.id, token, board.title, format).then(setExportError)
  }

  return (
    <>
      <DirectoryPanel
        id={id}
        entries={entries}
        hasCorner={(cornerId) => hasCorner(editor, cornerId)}
        onGo={(entry) => editor && goToCorner(editor, entry.cornerId)}
        onManage={cleanup ? (entry) => setManaging(entry.coop.id) : null}
        onImport={canImport && editor ? () => setImporting(true) : null}
        settings={settings}
        onExport={onExport}
        exportError={
          exportError === null
            ? null
            : exportError.status === null
              ? t('coops.export.network')
              : t('coops.export.failed', { format: exportError.format.toUpperCase(), status: exportError.status })
        }
        onClose={onClose}
      />
      {managed && cleanup && (
        <ManageCoopDialog
          coop={managed.coop}
          noteCount={managed.noteCount}
          others={entries.map((entry) => entry.coop).filter((coop) => coop.id !== managed.coop.id)}
          onRun={cleanup.run}
          onClose={() => setManaging(null)}
        />
      )}
      {importing && editor && (
        <ImportRosterDialog
          getTarget={getTarget}
          onImport={(text) => {
            setImporting(false)
            void importRoster(editor, access, text)
          }}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  )
}
