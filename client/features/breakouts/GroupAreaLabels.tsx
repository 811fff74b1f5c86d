/**
 * In front of the canvas: each group area's topic, members and rapporteur (the areas feature
 * badges it "Locked" once the session ended). Decorative for pointers; the breakout bar and
 * panel say it accessibly.
 */
import { createContext, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
import { measureInPageFont } from '../../lib/canvasMeasure'
import { fitLabel, placeLabel } from '../../lib/fitLabel'
import { AREA_LABEL, areaLabelPlaces } from './areaLabels'
import { membersOf, NO_BREAKOUTS, personLabel, rapporteurOf, type BreakoutsData } from './breakoutView'
import './breakouts.css'

/** The breakouts as the canvas overlay sees them; BoardSession provides it around the canvas. */
export const BreakoutAreasContext = createContext<BreakoutsData>(NO_BREAKOUTS)

/** Members named on a label before "+N more". */
const NAMED_MEMBERS = 6

/** The labels of the current session's areas. */
export function GroupAreaLabels() {
  const { t } = useTranslation()
  const editor = useEditor()
  const data = useContext(BreakoutAreasContext)
  const session = data.session
  const places = useValue('plenary breakout labels', () => areaLabelPlaces(editor, session), [editor, session])
  if (!session || places.length === 0) return null
  const frozen = session.status === 'ended'
  return (
    <div className="area-labels" aria-hidden="true">
      {places.map((place) => {
        const group = session.groups.find((g) => g.id === place.groupId)
        if (!group) return null
        const members = membersOf(data, group.id)
        const rapporteur = rapporteurOf(data, group.id)
        const more = members.length - NAMED_MEMBERS
        const named =
          members.length === 0
            ? t('breakouts.label.noMembers')
            : members
                .slice(0, NAMED_MEMBERS)
                .map((m) => m.name)
                .join(', ')
        const membersLine = more > 0 ? `${named}${t('breakouts.label.more', { count: more })}` : named
        const lines = rapporteur ? [membersLine, t('breakouts.label.rapporteur', { name: personLabel(rapporteur) })] : [membersLine]
        const fitted = fitLabel(group.name, place.frame, place.zoom, AREA_LABEL, measureInPageFont, lines)
        if (!fitted) return null
        const at = placeLabel(place.frame, fitted, 'top-left', AREA_LABEL.inset)
        return (
          <div
            key={group.id}
            className={`area-label${frozen ? ' area-label--frozen' : ''}`}
            data-testid="area-label"
            data-group-id={group.id}
            // The whole topic when the label shortens it (for pointers; the bar and panel say it to everyone).
            title={fitted.shortened ? group.name : undefined}
            style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: fitted.width, fontSize: fitted.secondaryFontSize }}
          >
            <span className="area-label__name" style={{ fontSize: fitted.fontSize }}>
              {fitted.lines.map((line, index) => (
                <span key={index} className="area-label__line" data-testid="area-label-line">
                  {line}
                </span>
              ))}
            </span>
            {fitted.secondary[0] !== undefined && <span className="area-label__members">{fitted.secondary[0]}</span>}
            {fitted.secondary[1] !== undefined && <span className="area-label__rapporteur">{fitted.secondary[1]}</span>}
          </div>
        )
      })}
    </div>
  )
}
