/** In `choose` mode: a participant picks their group, each shown with its size and cap. */
import { useTranslation } from 'react-i18next'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import type { GroupChoice } from './breakoutView'

/** Props of {@link GroupPicker}. */
export interface GroupPickerProps {
  session: BreakoutSession
  choices: GroupChoice[]
  /** Null for viewers: they see the groups but pick none. */
  onPick: ((groupId: string) => void) | null
}

/** The groups as a list of buttons. */
export function GroupPicker({ session, choices, onPick }: GroupPickerProps) {
  const { t } = useTranslation()
  return (
    <section className="group-picker" aria-labelledby={`${session.id}-pick`} data-testid="group-picker">
      <h2 className="group-picker__title" id={`${session.id}-pick`}>
        {t(onPick ? 'breakouts.picker.choose' : 'breakouts.picker.groups')}
      </h2>
      <ul className="group-picker__list">
        {choices.map(({ group, size, full }) => (
          <li key={group.id}>
            <button
              type="button"
              className="group-picker__choice"
              disabled={!onPick || full}
              onClick={() => onPick?.(group.id)}
              aria-label={t(full ? 'breakouts.picker.choiceFull' : 'breakouts.picker.choice', {
                group: group.name,
                people: t('breakouts.count.people', { count: size }),
              })}
            >
              <span className="group-picker__name">{group.name}</span>
              <span className="group-picker__size">
                {session.cap === null
                  ? t('breakouts.count.people', { count: size })
                  : t('breakouts.picker.ofCap', { size, cap: session.cap })}
                {full && t('breakouts.picker.full')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
