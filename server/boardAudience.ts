/**
 * The board's features as the room's presence sees them (rooms/audience.ts): a running
 * breakout keeps each group's presence among its members, the stage's presenter reaches
 * everyone at once, and a presence's coop is the roster's coop id. The one place the server
 * core reads those features for presence.
 */
import { currentSession, readMembers } from '../shared/breakouts/readDoc'
import { coopIdFor } from '../shared/corners/roster'
import { readFollow, readSummon } from '../shared/stage/stage'
import type { DocAudience, RoomAudience } from './rooms/audience'
import type { GroupOf } from './rooms/presenceView'

/** How long after a summons its presenter's presence still goes to everyone at once. */
const SUMMON_PRESENCE_MS = 60_000

/** Breakout groups, stage presenters and coops, read from the board document. */
export const BOARD_AUDIENCE: RoomAudience = {
  read(doc): DocAudience {
    const session = currentSession(doc)
    const groups: GroupOf | null =
      session?.status === 'running' ? new Map(readMembers(doc, session.id).map((member) => [member.participantId, member.groupId])) : null
    const follow = readFollow(doc)
    const summon = readSummon(doc)
    return {
      groups,
      // Whom the stage follows, or summoned people to in the last minute.
      presenters(now) {
        const presenters = new Set<string>()
        if (follow) presenters.add(follow.presenterId)
        if (summon && now - summon.at < SUMMON_PRESENCE_MS) presenters.add(summon.presenterId)
        return presenters
      },
    }
  },
  coopIdOf: coopIdFor,
}
