/**
 * In front of the canvas, over the one selected arrow that joins two coops' corners: the
 * community's relation labels (shown in the person's language, written as stored: the shipped
 * ones in canonical English) and "No relation". Choosing one writes the arrow's label through
 * the editor, so it syncs and undoes like any edit. Placed by tldraw's contextual toolbar (the
 * one its image toolbar uses): above the arrow, kept on screen, the same size at every zoom.
 */
import { useCallback, useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Box, computed, TldrawUiContextualToolbar, TldrawUiToolbarButton, useEditor, useValue } from 'tldraw'
import { relationLabelText } from '../../lib/relationLabelText'
import { RelationsContext } from './relationsContext'
import { labelArrow, sameSelectedRelation, selectedRelation, type SelectedRelation } from './selectedRelation'
import './relations.css'

/** tldraw InFrontOfTheCanvas part: the picker, for participants and facilitators. */
export function RelationToolbar() {
  const editor = useEditor()
  const facts = useContext(RelationsContext)
  const $selected = useMemo(
    () =>
      computed('plenary coop arrow', () => (facts ? selectedRelation(editor, facts.rosterIds, facts.labels) : null), {
        isEqual: sameSelectedRelation,
      }),
    [editor, facts],
  )
  const selected = useValue($selected)
  // Not while the arrow is drawn, dragged or its label typed: tldraw's own tools have the floor.
  const idle = useValue('plenary relation toolbar idle', () => editor.isInAny('select.idle', 'select.pointing_shape'), [editor])
  if (!facts || !selected || !idle) return null
  return <Picker key={selected.arrowId} selected={selected} labels={facts.labels} names={facts.names} />
}

interface PickerProps {
  selected: SelectedRelation
  labels: readonly string[]
  names: ReadonlyMap<string, string>
}

function Picker({ selected, labels, names }: PickerProps) {
  const { t } = useTranslation()
  const editor = useEditor()
  // Above the arrow's top edge, as tldraw places its image toolbar.
  const getSelectionBounds = useCallback(() => {
    const bounds = editor.getSelectionScreenBounds()
    return bounds ? new Box(bounds.x, bounds.y, bounds.width, 0) : undefined
  }, [editor])
  const source = names.get(selected.source) ?? selected.source
  const target = names.get(selected.target) ?? selected.target
  const choose = (label: string) => labelArrow(editor, selected.arrowId, label)
  return (
    <TldrawUiContextualToolbar
      className="relation-toolbar"
      getSelectionBounds={getSelectionBounds}
      label={t('relations.toolbar.label', { source, target })}
    >
      {labels.map((label) => (
        <TldrawUiToolbarButton
          key={label}
          type="menu"
          className="relation-toolbar__choice"
          isActive={selected.label === label}
          aria-pressed={selected.label === label}
          data-testid="relation-label"
          onClick={() => choose(label)}
        >
          {relationLabelText(label, t)}
        </TldrawUiToolbarButton>
      ))}
      <TldrawUiToolbarButton
        type="menu"
        className="relation-toolbar__choice relation-toolbar__none"
        isActive={selected.text === ''}
        aria-pressed={selected.text === ''}
        data-testid="relation-none"
        onClick={() => choose('')}
      >
        {t('relations.toolbar.none')}
      </TldrawUiToolbarButton>
    </TldrawUiContextualToolbar>
  )
}
