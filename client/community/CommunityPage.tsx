/**
 * The community page `/c/:id`: what lasts between meetings, in sections (h2 each, in this
 * order): next meeting, new meeting (coordinators), past meetings, the standing board, member
 * coops, working groups, rotation, decisions, relations, links and the public directory.
 * Loaded on demand, like the board, and without the editor.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { CommunityTop } from './CommunityTop'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import { apiErrorText } from '../lib/apiErrorText'
import type { ApiError } from '../lib/apiClient'
import type { TFunction } from 'i18next'
import { useCommunity } from './useCommunity'
import { NextMeeting } from './NextMeeting'
import { NewMeetingForm } from './NewMeetingForm'
import { PastMeetings } from './PastMeetings'
import { StandingBoard } from './StandingBoard'
import { CoopsSection } from './CoopsSection'
import { WorkingGroups } from './WorkingGroups'
import { RotationHistory } from './RotationHistory'
import { DecisionRegister } from './DecisionRegister'
import { Relations } from './Relations'
import { ShareSection } from './ShareSection'
import './community.css'

/** The title and words of a refusal, in the reader's language. */
function refusal(error: ApiError, t: TFunction): { title: string; body: string } {
  switch (error.status) {
    case 404:
      return { title: t('communityPage.access.notFoundTitle'), body: t('communityPage.access.notFound') }
    case 401:
      return { title: t('communityPage.access.refusedTitle'), body: t('communityPage.access.unauthorized') }
    case 410:
      return { title: t('communityPage.access.refusedTitle'), body: t('communityPage.access.revoked') }
    default:
      return { title: t('status.couldNotOpen'), body: apiErrorText(error, t) }
  }
}

/** The page of community `communityId`. */
export default function CommunityPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const { state, refresh } = useCommunity(communityId)
  const name = state.kind === 'ready' ? state.view.name : null

  useEffect(() => {
    if (name !== null) document.title = t('communityPage.documentTitle', { name })
  }, [name, t])

  switch (state.kind) {
    case 'loading':
      return <LoadingPage message={t('communityPage.loading')} />
    case 'missing':
      return (
        <StatusPage title={t('communityPage.access.missingTitle')} problem="no-token">
          <p>{state.reason === 'malformed' ? t('communityPage.access.malformed') : t('communityPage.access.missingBody')}</p>
        </StatusPage>
      )
    case 'failed': {
      const { title, body } = refusal(state.error, t)
      return (
        <StatusPage title={title} tone="problem" problem={state.error.id}>
          <p>{body}</p>
        </StatusPage>
      )
    }
    case 'ready': {
      const section = { view: state.view, token: state.token, refresh }
      const coordinator = state.view.role === 'coordinator'
      return (
        <div className="community">
          <CommunityTop />
          <main className="community__main">
            <div className="community__intro">
              <h1 className="community__name" data-testid="community-name">
                {state.view.name}
              </h1>
              {state.view.description !== '' && <p className="community__description">{state.view.description}</p>}
              <span className="tag community__role" data-testid="community-role">
                {t(`communityPage.role.${state.view.role}`)}
              </span>
            </div>
            <NextMeeting {...section} />
            {coordinator && <NewMeetingForm {...section} />}
            <PastMeetings {...section} />
            <StandingBoard {...section} />
            <CoopsSection {...section} />
            <WorkingGroups {...section} />
            <RotationHistory {...section} />
            <DecisionRegister {...section} />
            <Relations {...section} />
            {coordinator && <ShareSection {...section} />}
          </main>
        </div>
      )
    }
  }
}
