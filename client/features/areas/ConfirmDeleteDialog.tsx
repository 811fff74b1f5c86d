/**
 * "Delete this frame and its 51 notes? 48 were written by others." A tldraw dialog (opened by
 * the delete action, deleteOverride.ts), so it sits in tldraw's own dialog layer and focus
 * returns to the canvas afterwards.
 */
import { useTranslation } from 'react-i18next'
import {
  TldrawUiButton,
  TldrawUiButtonLabel,
  TldrawUiDialogBody,
  TldrawUiDialogCloseButton,
  TldrawUiDialogFooter,
  TldrawUiDialogHeader,
  TldrawUiDialogTitle,
} from 'tldraw'
import type { DeletionRisk } from './deletionRisk'

/** Props of {@link ConfirmDeleteDialog}. */
export interface ConfirmDeleteDialogProps {
  risk: DeletionRisk
  onConfirm: () => void
  onClose: () => void
}

/** Asks before a deletion takes other people's notes; Cancel keeps everything. */
export function ConfirmDeleteDialog({ risk, onConfirm, onClose }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation()
  const question =
    risk.frames === 1
      ? t('areas.deleteConfirm.oneFrame', { count: risk.notes })
      : t('areas.deleteConfirm.frames', { count: risk.notes, frames: risk.frames })
  return (
    <div data-testid="confirm-delete-dialog">
      <TldrawUiDialogHeader>
        <TldrawUiDialogTitle>{t('areas.deleteConfirm.title')}</TldrawUiDialogTitle>
        <TldrawUiDialogCloseButton />
      </TldrawUiDialogHeader>
      <TldrawUiDialogBody style={{ maxWidth: 420 }}>
        <p data-testid="confirm-delete-text">
          {question} {t('areas.deleteConfirm.byOthers', { count: risk.byOthers })}
        </p>
      </TldrawUiDialogBody>
      <TldrawUiDialogFooter className="tlui-dialog__footer__actions">
        <TldrawUiButton type="normal" data-testid="confirm-delete-cancel" onClick={onClose}>
          <TldrawUiButtonLabel>{t('areas.deleteConfirm.cancel')}</TldrawUiButtonLabel>
        </TldrawUiButton>
        <TldrawUiButton
          type="danger"
          data-testid="confirm-delete-ok"
          onClick={() => {
            onClose()
            onConfirm()
          }}
        >
          <TldrawUiButtonLabel>{t('areas.deleteConfirm.delete')}</TldrawUiButtonLabel>
        </TldrawUiButton>
      </TldrawUiDialogFooter>
    </div>
  )
}
