/**
 * The "Your cooperative" field: free text with type-ahead over the board's roster, as an ARIA
 * combobox with a listbox popup (arrow keys, Enter to pick, Escape to close). The label stays
 * the field's own, so it is still found as "Your cooperative".
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_COOP_LENGTH } from '../../../shared/participant'
import type { Coop } from '../../../shared/corners/roster'
import { matchCoops } from './coopPicker'
import { CoopSwatch } from './CoopSwatch'
import './coopPicker.css'

/** Props of {@link CoopCombobox}. */
export interface CoopComboboxProps {
  id: string
  value: string
  onChange: (value: string) => void
  roster: readonly Coop[]
  /** Ids of elements describing the field (hints, status). */
  describedBy?: string
  /** True while the field holds a value the form refused. */
  invalid?: boolean
}

/** A text input whose suggestions are the coops on the roster. */
export function CoopCombobox({ id, value, onChange, roster, describedBy, invalid = false }: CoopComboboxProps) {
  const { t } = useTranslation()
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const suggestions = useMemo(() => matchCoops(roster, value), [roster, value])
  // One suggestion that is exactly what was typed leaves nothing to pick: keep the form clear.
  const exact = suggestions.length === 1 && suggestions[0]?.name.toLowerCase() === value.trim().toLowerCase()
  const expanded = open && suggestions.length > 0 && !exact
  const activeCoop = expanded && active >= 0 ? suggestions[active] : undefined
  const optionId = (index: number) => `${listId}-option-${index}`

  function pick(coop: Coop) {
    onChange(coop.name)
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        setActive((index) => (suggestions.length === 0 ? -1 : (index + 1) % suggestions.length))
        break
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1))
        break
      case 'Enter':
        // Picking, not submitting the form; without a highlighted option Enter submits.
        if (activeCoop) {
          event.preventDefault()
          pick(activeCoop)
        }
        break
      case 'Escape':
        // Closes the list only; the dialog stays (its cancel comes from this key's default).
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        }
        break
    }
  }

  return (
    <div className="coop-combobox">
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeCoop ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        maxLength={MAX_COOP_LENGTH}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        className="coop-combobox__list"
        role="listbox"
        aria-label={t('coops.join.options')}
        hidden={!expanded}
        data-testid="coop-options"
      >
        {expanded &&
          suggestions.map((coop, index) => (
            <li
              key={coop.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="coop-combobox__option"
              // mousedown, not click: the input must keep focus, and blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(coop)
              }}
              onMouseMove={() => setActive(index)}
            >
              <CoopSwatch color={coop.color} />
              <span className="coop-combobox__name">{coop.name}</span>
              {coop.country && <span className="coop-combobox__country">{coop.country}</span>}
            </li>
          ))}
      </ul>
    </div>
  )
}
