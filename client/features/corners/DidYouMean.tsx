/**
 * "Did you mean A, B?": the roster coops closest to a name that matched none, each a button
 * that takes it. Shown under the join dialog's coop field and in the directory search.
 */
import type { Coop } from '../../../shared/corners/roster'
import { CoopSwatch } from './CoopSwatch'
import './didYouMean.css'

/** Props of {@link DidYouMean}. */
export interface DidYouMeanProps {
  /** "Did you mean", in the reader's language (the question mark follows the coops). */
  label: string
  coops: readonly Coop[]
  onPick: (coop: Coop) => void
}

/** The suggestions as a sentence of buttons; nothing when there are none. */
export function DidYouMean({ label, coops, onPick }: DidYouMeanProps) {
  if (coops.length === 0) return null
  return (
    <p className="did-you-mean" data-testid="did-you-mean">
      <span>{label}</span>
      {coops.map((coop, index) => (
        <span key={coop.id} className="did-you-mean__item">
          <button
            type="button"
            className="did-you-mean__coop"
            // mousedown keeps the focus in the field, whose blur would close its list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(coop)}
          >
            <CoopSwatch color={coop.color} />
            {coop.name}
          </button>
          {index < coops.length - 1 ? ',' : '?'}
        </span>
      ))}
    </p>
  )
}
