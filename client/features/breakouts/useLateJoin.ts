/**
 * A participant who arrives while a session runs (random or manual) puts themselves in a
 * group: the smallest, spreading coops as the session does. The server lets a participant write
 * only their own entry, marked 'late'. Facilitators and viewers are never put in groups.
 */
import { useEffect, useRef } from 'react'
import { placeLateJoiner } from '../../../shared/breakouts/assign'
import type { Participant } from '../../../shared/participant'
import type { Role } from '../../../shared/protocol'
import { needsLateJoin, type BreakoutsData } from './breakoutView'
import type { BreakoutActions } from './useBreakouts'

/** Adds this browser's participant to the running session once, when they are in no group. */
export function useLateJoin(actions: BreakoutActions | null, data: BreakoutsData, self: Participant, role: Role): void {
  const tried = useRef<string | null>(null)
  const session = data.session
  const needed = needsLateJoin(data, { id: self.id, role })
  useEffect(() => {
    if (!actions || !session || !needed || tried.current === session.id) return
    // Once per session: if the server refuses, trying again on every render would loop.
    tried.current = session.id
    const person = { id: self.id, name: self.name, coop: self.coop }
    const groupId = placeLateJoiner(
      person,
      session.groups.map((g) => g.id),
      data.members,
      {
        spreadCoops: session.spreadCoops,
        cap: session.cap,
      },
    )
    if (groupId) actions.assign(person, groupId, 'late')
  }, [actions, session, needed, data.members, self.id, self.name, self.coop])
}
