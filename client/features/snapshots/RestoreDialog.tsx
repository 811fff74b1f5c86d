/**
 * Confirming a restore: what it will change on the live board ("brings back 12 shapes, removes
 * 3"), that everyone sees it at once, and an offer (on by default) to save the board as it is
 * now first, so the restore itself can be undone from the list.
 */
import { useId, useRef, useState } from 'react'
import { useModalDialog } from '../../app/useModalDialog'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import type { RestoreOutcome } from './restoreActions'

/** Props of {@link RestoreDialog}. */
export interface RestoreDialogProps {
  snapshot: SnapshotInfo
  /** The area restored alone, or null for the whole board. */
  areaName: string | null
  preview: RestoreOutcome
  busy: boolean
  error: string | null
  onConfirm: (saveCurrentFirst: boolean) => void
  onClose: () => void
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The restore confirmation. */
export function RestoreDialog({ snapshot, areaName, preview, busy, error, onConfirm, onClose }: RestoreDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: cancelRef, onEscape: busy ? undefined : onClose })
  const titleId = useId()
  const [saveFirst, setSaveFirst] = useState(true)
  const nothing = preview.put === 0 && preview.removed === 0
  const what = areaName ? `the area “${areaName}”` : 'the whole board'

  return (
    <dialog ref={dialogRef} className="modal restore-dialog" aria-labelledby={titleId} onCancel={onCancel} data-testid="restore-dialog">
      <div className="modal__inner">
        <header className="modal__header">
          <h2 className="restore-dialog__title" id={titleId}>
            Restore {what}?
          </h2>
        </header>
        <p>
          {what.charAt(0).toUpperCase() + what.slice(1)} goes back to the snapshot <strong>“{snapshot.name}”</strong>.
        </p>
        {nothing ? (
          <p className="restore-dialog__summary" data-testid="restore-summary">It already looks like this snapshot: nothing would change.</p>
        ) : (
          <ul className="restore-dialog__summary" data-testid="restore-summary">
            {preview.put > 0 && <li>{count(preview.put, 'item', 'items')} brought back as {preview.put === 1 ? 'it was' : 'they were'}</li>}
            {preview.removed > 0 && <li>{count(preview.removed, 'item', 'items')} added since the snapshot removed</li>}
          </ul>
        )}
        <p className="restore-dialog__note">
          Everyone on the board sees the change at once. It is a new change: the board’s history and every snapshot stay as they are.
        </p>
        <label className="restore-dialog__check">
          <input type="checkbox" checked={saveFirst} disabled={busy} onChange={(event) => setSaveFirst(event.target.checked)} />
          Save the board as it is now as a snapshot first
        </label>
        {error && <p className="field__error" role="alert">{error}</p>}
        <div className="restore-dialog__actions">
          <button ref={cancelRef} type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="restore-confirm"
            disabled={busy || nothing}
            onClick={() => onConfirm(saveFirst)}
          >
            {busy ? 'Restoring…' : areaName ? 'Restore area' : 'Restore board'}
          </button>
        </div>
      </div>
    </dialog>
  )
}
