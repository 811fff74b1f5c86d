/**
 * "Import from Miro…" (facilitators): choose the JSON of Miro's REST API items (one or more
 * pages, connectors too), see what would be imported and what not and why, then import it
 * onto the current page in one transaction; the camera then shows the imported content.
 * A file that cannot be imported gets its reason and changes nothing.
 */
import { useId, useRef, useState } from 'react'
import { Box, type Editor } from 'tldraw'
import { importMiroIntoDoc, readRecords } from '../../../shared/miro/applyImport'
import { planMiroImport, type MiroImportPlan, type MiroImportResult } from '../../../shared/miro/importMiro'
import { useModalDialog } from '../../app/useModalDialog'
import type { FeatureDoc } from '../../sync/featureDoc'
import { readMiroFile } from './miroFile'
import { importedSummary, skippedGroups } from './miroPreview'
import { ModalHeader } from '../../app/ModalHeader'
import { FileButton } from '../../app/FileButton'
import '../corners/importDialog.css'
import './miroImport.css'

/** Props of {@link MiroImportDialog}. */
export interface MiroImportDialogProps {
  editor: Editor
  features: FeatureDoc
  onClose: () => void
}

type State =
  | { status: 'empty' }
  | { status: 'reading'; fileName: string }
  | { status: 'problem'; fileName: string; error: string }
  | { status: 'ready'; fileName: string; value: unknown; plan: MiroImportPlan }

/** The Miro import dialog. */
export function MiroImportDialog({ editor, features, onClose }: MiroImportDialogProps) {
  const fileRef = useRef<HTMLInputElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: fileRef, onEscape: onClose })
  const ids = { title: useId(), file: useId(), preview: useId() }
  const [state, setState] = useState<State>({ status: 'empty' })

  async function onFile(file: File | undefined) {
    if (!file) return
    setState({ status: 'reading', fileName: file.name })
    const read = await readMiroFile(file)
    if (!read.ok) return setState({ status: 'problem', fileName: file.name, error: read.error })
    // A preview against the board as it is now; the import plans again against the document.
    const planned = planMiroImport(read.value, { pageId: editor.getCurrentPageId(), records: features.read(readRecords) })
    if (!planned.ok) return setState({ status: 'problem', fileName: file.name, error: planned.error })
    setState({ status: 'ready', fileName: file.name, value: read.value, plan: planned.plan })
  }

  function runImport() {
    if (state.status !== 'ready') return
    const pageId = editor.getCurrentPageId()
    // Planned again inside the transaction, against the document as it is at that moment.
    const outcome: { result: MiroImportResult | null } = { result: null }
    features.write((doc) => {
      outcome.result = importMiroIntoDoc(doc, state.value, pageId)
    })
    const done = outcome.result
    if (!done || !done.ok) {
      setState({ status: 'problem', fileName: state.fileName, error: done && !done.ok ? done.error : 'This board is view-only here; nothing was imported.' })
      return
    }
    const bounds = done.plan.bounds
    if (bounds) editor.zoomToBounds(new Box(bounds.x, bounds.y, bounds.w, bounds.h), { inset: 64, animation: { duration: 400 } })
    onClose()
  }

  const plan = state.status === 'ready' ? state.plan : null
  const total = plan ? Object.values(plan.report.imported).reduce((sum, n) => sum + n, 0) : 0
  const groups = plan ? skippedGroups(plan.report) : []
  const skippedCount = plan ? plan.report.skipped.length : 0

  return (
    <dialog ref={dialogRef} className="modal import-dialog" aria-labelledby={ids.title} data-testid="miro-import-dialog" onCancel={onCancel}>
      <form
        className="modal__inner"
        onSubmit={(event) => {
          event.preventDefault()
          runImport()
        }}
      >
        <ModalHeader titleId={ids.title} titleClassName="import-dialog__title" onClose={onClose}>Import from Miro</ModalHeader>
        <p className="import-dialog__intro">
          Bring a Miro board’s sticky notes, frames, text, shapes and connectors onto this page, next to what is already here.
        </p>

        <div className="field">
          <div className="field__label-row">
            <span className="field__label">Miro export</span>
            <FileButton id={ids.file} accept=".json,application/json" testId="miro-import-file" inputRef={fileRef} onFile={(file) => void onFile(file)}>
              Choose JSON file…
            </FileButton>
          </div>
          <p className="field__hint">
            The JSON of Miro’s REST API “get items on board” (<code>GET /v2/boards/…/items</code>): one response, or a list of
            its pages; connectors in a <code>connectors</code> list. Files up to 8 MB.
          </p>
          {state.status !== 'empty' && <p className="import-dialog__file-name">From “{state.fileName}”</p>}
        </div>

        <section className="import-preview" aria-labelledby={ids.preview}>
          <h3 className="import-preview__title" id={ids.preview}>Preview</h3>
          {state.status === 'empty' && <p className="import-preview__hint">Choose a file to see what will be imported.</p>}
          {state.status === 'reading' && (
            <p className="import-preview__hint" role="status">
              <span className="spinner spinner--small" aria-hidden="true" /> Reading the file…
            </p>
          )}
          {state.status === 'problem' && (
            <p className="import-preview__summary import-preview__summary--problem" role="alert" data-testid="miro-import-error">
              {state.error} Nothing was imported.
            </p>
          )}
          {plan && (
            <>
              <p className="import-preview__summary" role="status" data-testid="miro-import-summary">
                {total > 0 ? `Ready: ${importedSummary(plan.report)}.` : 'Nothing in this file can be imported.'}
                {skippedCount > 0 && ` ${skippedCount.toLocaleString('en')} ${skippedCount === 1 ? 'item' : 'items'} skipped.`}
              </p>
              {groups.length > 0 && (
                <ul className="import-preview__problem-list miro-import__skipped" aria-label="Not imported" data-testid="miro-import-skipped">
                  {groups.map((group) => (
                    <li key={group.reason}>
                      <span className="miro-import__count">{group.count.toLocaleString('en')}×</span> {group.reason}
                      <span className="miro-import__examples"> ({group.examples.join(', ')}{group.count > group.examples.length ? ', …' : ''})</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>

        <div className="import-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!plan || total === 0} data-testid="miro-import-submit">
            {plan && total > 0 ? `Import ${total.toLocaleString('en')} ${total === 1 ? 'item' : 'items'}` : 'Import'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
