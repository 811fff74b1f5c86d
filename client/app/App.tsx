/**
 * The app shell: picks the page for the current path. The board and community pages are
 * loaded on demand so the home page never downloads the editor (nor the community's schemas).
 */
import { lazy, Suspense } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { HomePage } from './home/HomePage'
import { LoadingPage, StatusPage } from './StatusPage'
import { useRoute } from './router'

const BoardPage = lazy(() => import('../board/BoardPage'))
const CommunityPage = lazy(() => import('../community/CommunityPage'))
const PublicPage = lazy(() => import('../community/PublicPage'))

/** Renders the page that matches `location.pathname`. */
export function App() {
  const route = useRoute()
  const { t } = useTranslation()
  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'board':
      return (
        <Suspense fallback={<LoadingPage message={t('status.openingBoard')} />}>
          {/* Keyed so moving between boards starts each one fresh. */}
          <BoardPage key={route.boardId} boardId={route.boardId} />
        </Suspense>
      )
    case 'community':
      return (
        <Suspense fallback={<LoadingPage message={t('communityPage.loading')} />}>
          <CommunityPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      )
    case 'communityPublic':
      return (
        <Suspense fallback={<LoadingPage message={t('communityPage.public.loading')} />}>
          <PublicPage key={route.communityId} communityId={route.communityId} />
        </Suspense>
      )
    case 'notFound':
      return (
        <StatusPage title={t('status.notFoundTitle')}>
          <p>
            <Trans i18nKey="status.notFoundBody" components={{ code: <code /> }} />
          </p>
        </StatusPage>
      )
  }
}
