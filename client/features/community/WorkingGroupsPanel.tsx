/**
 * The facilitator's working groups panel: the board's working groups (people, coops, area) and
 * the working groups' report: a presenter per group among the people present (the rotation
 * suggests one), then start, next group, finish; any group may be given the floor again.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { PresentPerson } from '../../../shared/community/presenterChoice'
import { reportStatus } from '../../../shared/community/wgReport'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import { SidePanel } from '../../ui/SidePanel'
import { flyToGroupArea } from '../breakouts/breakoutCamera'
import type { CommunityBoard } from './communityBoard'
import { GroupItem } from './GroupItem'
import { groupRows, PANEL_MAPS, readPanelFacts, type PanelFacts } from './panelView'
import type { WorkingGroupActions } from './workingGroupActions'

const NO_FACTS: PanelFacts = { roster: [], rotation: { coops: {}, people: {} }, withArea: new Set() }

/** Props of {@link WorkingGroupsPanel}. */
export interface WorkingGroupsPanelProps {
  id: string
  features: FeatureDoc
  editor: Editor | null
  board: CommunityBoard
  /** Null until the server's clock is known. */
  actions: WorkingGroupActions | null
  /** The people on the board now. */
  present: readonly PresentPerson[]
  onClose: () => void
}

/** The open panel. */
export function WorkingGroupsPanel({ id, features, editor, board, actions, present, onClose }: WorkingGroupsPanelProps) {
  const { t } = useTranslation()
  const facts = useFeatureValue(features, PANEL_MAPS, readPanelFacts, NO_FACTS)
  const [problem, setProblem] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const { report, groups } = board
  const status = reportStatus(report)
  const rows = groupRows(groups, report, facts, present)
  const current = status === 'running' ? (report?.current ?? null) : null

  function close() {
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.target instanceof HTMLSelectElement) return
    event.preventDefault()
    close()
  }

  const act = (action: () => string | null) => setProblem(action())
  const byId = new Map(present.map((person) => [person.id, person]))

  return (
    <SidePanel
      id={id}
      className="working-groups"
      testId="working-groups-panel"
      title={t('community.panel.title')}
      subtitle={t('community.panel.count', { count: groups.length })}
      closeLabel={t('community.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
      titleRef={headingRef}
    >
      <div className="directory__body working-groups__body">
        {groups.length === 0 ? (
          <p className="directory__empty">{t('community.panel.none')}</p>
        ) : (
          <>
            <section className="working-groups__report" aria-labelledby={`${id}-report`}>
              <h3 id={`${id}-report`} className="working-groups__heading">
                {t('community.report.heading')}
              </h3>
              <p className="wg-item__hint">{status === 'finished' ? t('community.report.finished') : t('community.report.intro')}</p>
              {!actions ? (
                <p className="wg-item__hint">{t('community.report.gettingTime')}</p>
              ) : status === 'running' ? (
                <div className="wg-item__row">
                  {current !== null && report && current + 1 < report.order.length && (
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => act(() => actions.pass(current + 1))}
                      data-testid="wg-next"
                    >
                      {t('community.report.next')}
                    </button>
                  )}
                  <button type="button" className="button button--secondary" onClick={() => act(actions.finish)} data-testid="wg-finish">
                    {t('community.report.finish')}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={facts.withArea.size === 0}
                  onClick={() => act(actions.start)}
                  data-testid="wg-start"
                >
                  {status === 'finished' ? t('community.report.restart') : t('community.report.start')}
                </button>
              )}
              {facts.withArea.size === 0 && <p className="wg-item__hint">{t('community.report.noAreas')}</p>}
              {problem && (
                <p className="wg-item__problem" role="alert">
                  {problem}
                </p>
              )}
            </section>
            <ul className="working-groups__list">
              {rows.map((row) => {
                const index = row.index
                const canGive = actions !== null && current !== null && index !== null && index !== current
                return (
                  <GroupItem
                    key={row.group.id}
                    row={row}
                    hasFloor={current !== null && index === current}
                    onGiveFloor={canGive ? () => act(() => actions.pass(index)) : null}
                    onChoose={(personId) =>
                      actions && act(() => actions.choose(row.group.id, personId === null ? null : (byId.get(personId) ?? null)))
                    }
                    onSuggest={() => actions && act(() => actions.suggest(row.group.id, present))}
                    onShow={() => {
                      if (editor && row.group.areaId) void flyToGroupArea(editor, row.group.areaId)
                    }}
                  />
                )
              })}
            </ul>
          </>
        )}
      </div>
    </SidePanel>
  )
}
