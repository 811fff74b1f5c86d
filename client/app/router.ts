/**
 * A tiny router on `location.pathname`: a handful of pages do not need a routing library. The
 * server answers every page path with index.html, so deep links work.
 */
import { useEffect, useState, type MouseEvent } from 'react'
import { boardIdFromPath } from '../lib/boardLink'
import { communityFromPath } from '../community/communityLink'

/** The pages of the app. */
export type Route =
  | { page: 'home' }
  | { page: 'board'; boardId: string }
  | { page: 'community'; communityId: string }
  | { page: 'communityPublic'; communityId: string }
  | { page: 'notFound' }

/** Maps a pathname to a page. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' }
  const boardId = boardIdFromPath(pathname)
  if (boardId !== null) return { page: 'board', boardId }
  const community = communityFromPath(pathname)
  if (community) return { page: community.kind === 'page' ? 'community' : 'communityPublic', communityId: community.id }
  return { page: 'notFound' }
}

const NAVIGATE_EVENT = 'plenary:navigate'

/** Goes to a path inside the app without reloading the page. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return
  window.history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  window.scrollTo(0, 0)
}

/**
 * Click handler for in-app links: ordinary clicks navigate in place; modified clicks
 * (new tab, new window) keep the browser's behaviour.
 */
export function handleLinkClick(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.defaultPrevented || event.button !== 0) return
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(path)
}

/** The current route, updated on navigation and on the browser's back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname))
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname))
    window.addEventListener('popstate', update)
    window.addEventListener(NAVIGATE_EVENT, update)
    return () => {
      window.removeEventListener('popstate', update)
      window.removeEventListener(NAVIGATE_EVENT, update)
    }
  }, [])
  return route
}
