/**
 * The app shell: picks the page for the current path. The board page is loaded on demand
 * so the home page never downloads the editor.
 */
import { lazy, Suspense } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { HomePage } from './home/HomePage'
import { LoadingPage, StatusPage } from './StatusPage'
import { useRoute } from './router'

const BoardPage = lazy(() => import('../board/BoardPage'))

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
