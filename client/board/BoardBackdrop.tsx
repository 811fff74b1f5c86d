/** A quiet stand-in for the board behind the join dialog, before the editor loads. */
import { Wordmark } from '../app/Logo'

/** An empty top bar with the board's title over a dotted canvas. */
export function BoardBackdrop({ title }: { title: string }) {
  return (
    <div className="board board--backdrop" aria-hidden="true">
      <div className="topbar">
        <span className="topbar__brand">
          <Wordmark />
        </span>
        <span className="topbar__title">{title}</span>
      </div>
      <div className="board__canvas board__canvas--dots" />
    </div>
  )
}
