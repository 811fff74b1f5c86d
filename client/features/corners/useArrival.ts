/** Runs {@link arrive} once per arrival, as soon as the editor and the document are there. */
import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import type { RosterAccess } from '../../sync/rosterAccess'
import { arrive, type Arrival } from './arrival'

/**
 * Takes the person to their coop's corner when `arrival` is set (joining, or changing coop),
 * creating the corner if they asked for it. A new arrival object runs again; a re-render does not.
 */
export function useArrival(editor: Editor | null, access: RosterAccess | null, arrival: Arrival | null): void {
  const handled = useRef<Arrival | null>(null)
  useEffect(() => {
    if (!editor || !access || !arrival || handled.current === arrival) return
    handled.current = arrival
    void arrive(editor, access, arrival)
  }, [editor, access, arrival])
}
