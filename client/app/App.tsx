/**
 * The app shell: picks the page for the current path. The board page is loaded on demand
 * so the home page never downloads the editor.
 */
import { lazy, Suspense } from 'react'
import { HomePage } from './home/HomePage'
import { LoadingPage, StatusPage } from './StatusPage'
import { useRoute } from './router'

const BoardPage = lazy(() => import('../board/BoardPage'))

/** Renders the page that matches `location.pathname`. */
export function App() {
  const route = useRoute()
  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'board':
      return (
        <Suspense fallback={<LoadingPage message="Opening the board…" />}>
          {/* Keyed so moving between boards starts each one fresh. */}
          <BoardPage key={route.boardId} boardId={route.boardId} />
        </Suspense>
      )
    case 'notFound':
      return (
        <StatusPage title="Page not found">
          <p>There is nothing at this address. Board links look like <code>/b/</code> followed by the board’s id.</p>
        </StatusPage>
      )
  }
}
