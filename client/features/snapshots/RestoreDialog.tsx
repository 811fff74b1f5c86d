/**
 * Confirming a restore: what it will change on the live board ("brings back 12 shapes, removes
 * 3"), that everyone sees it at once, and an offer (on by default) to save the board as it is
 * now first, so the restore itself can be undone from the list.
 */
import { useId, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useModalDialog } from '../../ui/useModalDialog'
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

/** The restore confirmation. */
export function RestoreDialog({ snapshot, areaName, preview, busy, error, onConfirm, onClose }: RestoreDialogProps) {
  const { t } = useTranslation()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: cancelRef, onEscape: busy ? undefined : onClose })
  const titleId = useId()
  const [saveFirst, setSaveFirst] = useState(true)
  const nothing = preview.put === 0 && preview.removed === 0

  return (
    <dialog ref={dialogRef} className="modal restore-dialog" aria-labelledby={titleId} onCancel={onCancel} data-testid="restore-dialog">
      <div className="modal__inner">
        <header className="modal__header">
          <h2 className="restore-dialog__title" id={titleId}>
            {areaName ? t('snapshots.restore.titleArea', { area: areaName }) : t('snapshots.restore.titleBoard')}
          </h2>
        </header>
        <p>
          <Trans
            i18nKey={areaName ? 'snapshots.restore.bodyArea' : 'snapshots.restore.bodyBoard'}
            values={{ name: snapshot.name, area: areaName ?? '' }}
            components={{ strong: <strong /> }}
          />
        </p>
        {nothing ? (
          <p className="restore-dialog__summary" data-testid="restore-summary">
            {t('snapshots.restore.nothing')}
          </p>
        ) : (
          <ul className="restore-dialog__summary" data-testid="restore-summary">
            {preview.put > 0 && <li>{t('snapshots.restore.putBack', { count: preview.put })}</li>}
            {preview.removed > 0 && <li>{t('snapshots.restore.removed', { count: preview.removed })}</li>}
          </ul>
        )}
        <p className="restore-dialog__note">{t('snapshots.restore.note')}</p>
        <label className="restore-dialog__check">
          <input type="checkbox" checked={saveFirst} disabled={busy} onChange={(event) => setSaveFirst(event.target.checked)} />
          {t('snapshots.restore.saveFirst')}
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="restore-dialog__actions">
          <button ref={cancelRef} type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
            {t('snapshots.restore.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="restore-confirm"
            disabled={busy || nothing}
            onClick={() => onConfirm(saveFirst)}
          >
            {busy ? t('snapshots.restore.restoring') : areaName ? t('snapshots.restore.confirmArea') : t('snapshots.restore.confirmBoard')}
          </button>
        </div>
      </div>
    </dialog>
  )
}
