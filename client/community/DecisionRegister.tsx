/**
 * "Decision register": every decision of every meeting, newest first, searched and filtered by
 * the server (`?q=`, `?outcome=`), and downloaded as Markdown or JSON with the same query.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS, DECISION_OUTCOMES, type DecisionEntry } from '../../shared/community/api'
import { STANCE_KINDS, type StanceKind } from '../../shared/decisions/types'
import { FileKind } from '../../shared/export/fileName'
import type { ApiError } from '../lib/apiClient'
import { apiErrorText } from '../lib/apiErrorText'
import { useDebouncedValue } from '../lib/useDebouncedValue'
import { useLoad } from '../lib/useLoad'
import { LocalTime } from '../ui/LocalTime'
import { decisionsPath, getDecisions, type DecisionQuery, type OutcomeFilter } from './communityApi'
import { downloadFromApi } from './download'
import type { SectionProps } from './useCommunity'
import './tables.css'

/** How long typing must pause before the register is searched. */
const SEARCH_PAUSE_MS = 300

type Answer = { ok: true; decisions: DecisionEntry[] } | { ok: false; error: ApiError } | null

/** True for a stance this client has words for. */
function isStanceKind(value: string): value is StanceKind {
  return (STANCE_KINDS as readonly string[]).includes(value)
}

/** True for a value of the outcome filter. */
function isOutcomeFilter(value: string): value is OutcomeFilter {
  return value === 'all' || (DECISION_OUTCOMES as readonly string[]).includes(value)
}

/** The register with its search, filter and downloads. */
export function DecisionRegister({ view, token }: SectionProps) {
  const { t } = useTranslation()
  const ids = { heading: useId(), search: useId(), outcome: useId() }
  const [q, setQ] = useState('')
  const [outcome, setOutcome] = useState<OutcomeFilter>('all')
  // Every request reads every meeting board: ask once typing pauses.
  const query: DecisionQuery = { q: useDebouncedValue(q, SEARCH_PAUSE_MS), outcome }
  // The meetings listed change when a meeting ends: read again then.
  const { answer } = useLoad(`${view.id}\n${token}\n${query.q}\n${outcome}\n${view.meetings.length}`, async (signal): Promise<Answer> => {
    try {
      const result = await getDecisions(view.id, token, query, { signal })
      return result.ok ? { ok: true, decisions: result.value } : { ok: false, error: result.error }
    } catch {
      return null
    }
  })
  const [downloadError, setDownloadError] = useState<string | null>(null)
  const download = async (ext: 'md' | 'json') => {
    setDownloadError(
      await downloadFromApi(
        decisionsPath(view.id, ext, query),
        token,
        { community: view.name, kind: FileKind.decisions, extension: ext },
        t,
      ),
    )
  }
  const filtering = query.q.trim() !== '' || outcome !== 'all'

  return (
    <section className="community__section" aria-labelledby={ids.heading} data-testid="decision-register">
      <h2 id={ids.heading}>{t('communityPage.decisions.title')}</h2>
      <div className="community__form community__form--row">
        <div className="field">
          <label className="field__label" htmlFor={ids.search}>
            {t('communityPage.decisions.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={q}
            maxLength={COMMUNITY_LIMITS.search}
            placeholder={t('communityPage.decisions.searchPlaceholder')}
            data-testid="decision-search"
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.outcome}>
            {t('communityPage.decisions.outcome')}
          </label>
          <select
            id={ids.outcome}
            className="input"
            value={outcome}
            data-testid="decision-outcome"
            onChange={(event) => {
              if (isOutcomeFilter(event.target.value)) setOutcome(event.target.value)
            }}
          >
            <option value="all">{t('communityPage.decisions.all')}</option>
            {DECISION_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`communityPage.decisions.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="community__actions">
        <button type="button" className="button button--quiet" data-testid="decisions-download-md" onClick={() => void download('md')}>
          {t('communityPage.decisions.downloadMd')}
        </button>
        <button type="button" className="button button--quiet" data-testid="decisions-download-json" onClick={() => void download('json')}>
          {t('communityPage.decisions.downloadJson')}
        </button>
      </div>
      {downloadError && (
        <p className="field__error" role="alert">
          {downloadError}
        </p>
      )}
      <DecisionList answer={answer} filtering={filtering} />
    </section>
  )
}

/** The decisions found, or why there are none. */
function DecisionList({ answer, filtering }: { answer: Answer; filtering: boolean }) {
  const { t } = useTranslation()
  if (answer === null)
    return (
      <p className="community__muted" role="status">
        {t('communityPage.decisions.loading')}
      </p>
    )
  if (!answer.ok)
    return (
      <p className="field__error" role="alert">
        {apiErrorText(answer.error, t)}
      </p>
    )
  if (answer.decisions.length === 0)
    return <p className="community__muted">{t(filtering ? 'communityPage.decisions.noMatch' : 'communityPage.decisions.none')}</p>
  return (
    <>
      <p className="community__muted" role="status">
        {t('communityPage.decisions.count', { count: answer.decisions.length })}
      </p>
      <ol className="community__list">
        {answer.decisions.map((decision) => (
          <li key={`${decision.meetingBoardId}-${decision.proposalId}`} className="community__item" data-testid="decision">
            <div className="community__item-head">
              <span className={`tag community__outcome community__outcome--${decision.outcome}`}>
                {t(`communityPage.decisions.${decision.outcome}`)}
              </span>
              <span className="community__muted">
                {decision.meetingTitle} · <LocalTime at={Date.parse(decision.meetingDate)} style="date" /> · #{decision.seq}
              </span>
            </div>
            <p className="community__decision-text">{decision.text}</p>
            {decision.amendedText !== null && <p>{t('communityPage.decisions.amendedText', { text: decision.amendedText })}</p>}
            {decision.outcomeNote !== null && <p className="community__muted">{decision.outcomeNote}</p>}
            {decision.stances.length > 0 && (
              <details>
                <summary>{t('communityPage.decisions.stances', { count: decision.stances.length })}</summary>
                <ul className="community__stances">
                  {decision.stances.map((stance) => (
                    <li key={stance.coopId}>
                      <strong>{stance.coopName}</strong>:{' '}
                      {isStanceKind(stance.stance) ? t(`decisions.stance.${stance.stance}`) : stance.stance}
                      {stance.reason !== null && stance.reason !== '' ? ` — ${stance.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
