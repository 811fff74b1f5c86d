/**
 * "Picture…": a PNG or SVG of the whole board, the selection, or one area (a coop corner, a
 * group area or any frame) that the person picks from a list. Downloads are named after the
 * board. A native modal dialog: focus stays inside and Escape closes.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { useModalDialog } from '../../../ui/useModalDialog'
import { saveFile } from '../../corners/saveFile'
import type { AreaKind, PictureArea } from './areas'
import { pictureFileName, type PictureSubject } from './fileNames'
import { renderPng, renderSvg, targetShapeIds, type PictureTarget } from './render'
import { ModalHeader } from '../../../ui/ModalHeader'
import './pictures.css'

/** Props of {@link PictureDialog}. */
export interface PictureDialogProps {
  editor: Editor
  boardTitle: string
  /** The frames of the current page, in list order. */
  areas: readonly PictureArea[]
  /** How many shapes are selected when the dialog opens. */
  selectionCount: number
  onClose: () => void
}

type Scope = 'board' | 'selection' | 'area'
type Format = 'png' | 'svg'

function subjectOf(target: PictureTarget): PictureSubject {
  return target.kind === 'area' ? { kind: 'area', areaKind: target.area.kind, title: target.area.title } : target
}

/** The picture export dialog. */
export function PictureDialog({ editor, boardTitle, areas, selectionCount, onClose }: PictureDialogProps) {
  const { t } = useTranslation()
  const firstRef = useRef<HTMLInputElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: firstRef, onEscape: onClose })
  const ids = { title: useId(), area: useId(), scope: useId(), format: useId() }
  const [scope, setScope] = useState<Scope>(selectionCount > 0 ? 'selection' : 'board')
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '')
  const [format, setFormat] = useState<Format>('png')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const area = areas.find((candidate) => candidate.id === areaId)
  const target: PictureTarget | null = scope === 'area' ? (area ? { kind: 'area', area } : null) : { kind: scope }

  async function download() {
    if (!target) return
    setError(null)
    const shapeIds = targetShapeIds(editor, target)
    if (shapeIds.length === 0) {
      setError(target.kind === 'selection' ? t('pictures.picture.emptySelection') : t('pictures.picture.emptyBoard'))
      return
    }
    setBusy(true)
    try {
      const blob = format === 'png' ? await renderPng(editor, shapeIds) : await renderSvg(editor, shapeIds)
      saveFile(blob, pictureFileName(boardTitle, subjectOf(target), format))
      onClose()
    } catch {
      setError(t('pictures.picture.failed'))
    } finally {
      setBusy(false)
    }
  }

  const kinds: AreaKind[] = ['corner', 'group', 'frame']
  return (
    <dialog ref={dialogRef} className="modal picture-dialog" aria-labelledby={ids.title} data-testid="picture-dialog" onCancel={onCancel}>
      <form
        className="modal__inner"
        onSubmit={(event) => {
          event.preventDefault()
          void download()
        }}
      >
        <ModalHeader titleId={ids.title} titleClassName="picture-dialog__title" onClose={onClose}>
          {t('pictures.picture.title')}
        </ModalHeader>

        <fieldset className="picture-dialog__fieldset">
          <legend className="field__label">{t('pictures.picture.show')}</legend>
          <label className="picture-dialog__choice">
            <input
              ref={scope === 'board' ? firstRef : undefined}
              type="radio"
              name={ids.scope}
              checked={scope === 'board'}
              onChange={() => setScope('board')}
            />
            <span>{t('pictures.picture.board')}</span>
          </label>
          <label className={`picture-dialog__choice${selectionCount === 0 ? ' picture-dialog__choice--disabled' : ''}`}>
            <input
              ref={scope === 'selection' ? firstRef : undefined}
              type="radio"
              name={ids.scope}
              checked={scope === 'selection'}
              disabled={selectionCount === 0}
              onChange={() => setScope('selection')}
            />
            <span>
              {t('pictures.picture.selection')}{' '}
              <span className="picture-dialog__muted">
                {selectionCount === 0 ? t('pictures.picture.nothingSelected') : t('pictures.picture.selected', { count: selectionCount })}
              </span>
            </span>
          </label>
          <label className={`picture-dialog__choice${areas.length === 0 ? ' picture-dialog__choice--disabled' : ''}`}>
            <input
              type="radio"
              name={ids.scope}
              checked={scope === 'area'}
              disabled={areas.length === 0}
              onChange={() => setScope('area')}
            />
            <span>
              {t('pictures.picture.area')}{' '}
              {areas.length === 0 && <span className="picture-dialog__muted">{t('pictures.picture.noFrames')}</span>}
            </span>
          </label>
          {areas.length > 0 && (
            <select
              id={ids.area}
              className="input picture-dialog__select"
              aria-label={t('pictures.picture.areaLabel')}
              data-testid="picture-area"
              value={areaId}
              disabled={scope !== 'area'}
              onChange={(event) => setAreaId(event.target.value)}
            >
              {kinds.map((kind) => {
                const ofKind = areas.filter((candidate) => candidate.kind === kind)
                if (ofKind.length === 0) return null
                return (
                  <optgroup key={kind} label={t(`pictures.kinds.groupLabel.${kind}`)}>
                    {ofKind.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {candidate.title}
                      </option>
                    ))}
                  </optgroup>
                )
              })}
            </select>
          )}
        </fieldset>

        <fieldset className="picture-dialog__fieldset picture-dialog__formats">
          <legend className="field__label">{t('pictures.picture.format')}</legend>
          <label className="picture-dialog__choice">
            <input type="radio" name={ids.format} checked={format === 'png'} onChange={() => setFormat('png')} />
            <span>
              PNG <span className="picture-dialog__muted">{t('pictures.picture.pngHint')}</span>
            </span>
          </label>
          <label className="picture-dialog__choice">
            <input type="radio" name={ids.format} checked={format === 'svg'} onChange={() => setFormat('svg')} />
            <span>
              SVG <span className="picture-dialog__muted">{t('pictures.picture.svgHint')}</span>
            </span>
          </label>
        </fieldset>

        {target && (
          <p className="picture-dialog__file" data-testid="picture-file-name">
            {pictureFileName(boardTitle, subjectOf(target), format)}
          </p>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}

        <div className="picture-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('pictures.picture.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!target || busy} data-testid="picture-download">
            {busy ? t('pictures.picture.making') : t('pictures.picture.download', { format: format.toUpperCase() })}
          </button>
        </div>
      </form>
    </dialog>
  )
}
