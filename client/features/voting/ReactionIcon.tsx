/**
 * The reactions drawn as small icons rather than emoji: emoji depend on the viewer's fonts
 * (many Linux desktops show empty boxes), and the same icon everywhere reads as one set.
 */
import type { ReactNode } from 'react'
import type { ReactionId } from '../../../shared/voting/types'

const PATHS: Record<ReactionId, ReactNode> = {
  agree: (
    <path
      d="M5 7.2 7.6 2.6c.9 0 1.7.8 1.5 1.8L8.7 6.6h3.7c.9 0 1.6.9 1.4 1.8l-1 4.3c-.2.7-.8 1.3-1.6 1.3H5zM2 7.2h3V14H2z"
      fill="#f5b83d"
      stroke="#8a5300"
      strokeWidth="1.1"
      strokeLinejoin="round"
    />
  ),
  love: (
    <path
      d="M8 13.8S2.3 10.4 2.3 6.3A2.9 2.9 0 0 1 8 4.9a2.9 2.9 0 0 1 5.7 1.4c0 4.1-5.7 7.5-5.7 7.5z"
      fill="#e03131"
      stroke="#a51111"
      strokeWidth="1"
      strokeLinejoin="round"
    />
  ),
  celebrate: (
    <path
      d="m8 1.8 1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.2l-3.7 2.1.8-4.2L2 6.2l4.2-.5z"
      fill="#fcc419"
      stroke="#b7791f"
      strokeWidth="1"
      strokeLinejoin="round"
    />
  ),
  question: (
    <>
      <circle cx="8" cy="8" r="6.2" fill="#4dabf7" stroke="#1864ab" strokeWidth="1" />
      <path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.7c-.5.2-.8.6-.8 1.1v.5" fill="none" stroke="#fff" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="11.4" r=".9" fill="#fff" />
    </>
  ),
  watching: (
    <>
      <path
        d="M1.3 8S3.8 3.6 8 3.6 14.7 8 14.7 8 12.2 12.4 8 12.4 1.3 8 1.3 8z"
        fill="#fff"
        stroke="#343a40"
        strokeWidth="1.1"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="8" r="2.4" fill="#343a40" />
    </>
  ),
}

/** The icon of `reaction`, 16×16 at font size, decorative (the button carries the name). */
export function ReactionIcon({ reaction }: { reaction: ReactionId }) {
  return (
    <svg className="reaction-icon" width="1.15em" height="1.15em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {PATHS[reaction]}
    </svg>
  )
}

/** "Add a reaction": a smiling face with a plus. */
export function AddReactionIcon() {
  return (
    <svg className="reaction-icon" width="1.15em" height="1.15em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="7" cy="8.5" r="5.3" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <circle cx="5.2" cy="7.4" r=".8" fill="currentColor" />
      <circle cx="8.8" cy="7.4" r=".8" fill="currentColor" />
      <path d="M4.9 10.1c1.2 1.2 3 1.2 4.2 0" fill="none" stroke="currentColor" strokeWidth="1.1" strokeLinecap="round" />
      <path d="M13.2 1.2v4M11.2 3.2h4" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  )
}
