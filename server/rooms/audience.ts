/**
 * Who sees whose presence, as the board's features decide it (breakout groups, the stage's
 * presenters), and which coop a presence names. The room knows no feature: the server injects
 * an audience (server/boardAudience.ts) and the room only caches what it reads.
 */
import type * as Y from 'yjs'
import type { GroupOf, PresenceAudience } from './presenceView'

/** The audience as one version of the document says. */
export interface DocAudience {
  /** Breakout group of each participant id while a session runs, else null. */
  readonly groups: GroupOf | null
  /** Participant ids whose presence everyone gets at once (the stage's presenters) at time `now` (ms since the epoch). */
  presenters(now: number): ReadonlySet<string>
}

/** What the room asks the board's features about presence. */
export interface RoomAudience {
  /** Reads the audience from the document; read again only after the document changed. */
  read(doc: Y.Doc): DocAudience
  /** The coop id a presence state's `user.coop` names, or null (see WriterIdentity.coopIds). */
  coopIdOf(coopName: string): string | null
}

const NOBODY: ReadonlySet<string> = new Set()
const EVERYONE_SEES_EVERYONE: DocAudience = { groups: null, presenters: () => NOBODY }

/** A board without features: no groups, no presenters, no coops. */
export const NO_AUDIENCE: RoomAudience = {
  read: () => EVERYONE_SEES_EVERYONE,
  coopIdOf: () => null,
}

/** Reads a room's audience once per version of its document. */
export class AudienceCache {
  /** Undefined: the document changed since the last read. */
  private current: DocAudience | undefined

  constructor(
    private readonly doc: Y.Doc,
    private readonly audience: RoomAudience,
  ) {
    doc.on('update', this.invalidate)
  }

  /** Groups and presenters at time `now`. */
  at(now: number): PresenceAudience {
    this.current ??= this.audience.read(this.doc)
    return { groups: this.current.groups, presenters: this.current.presenters(now) }
  }

  coopIdOf(coopName: string): string | null {
    return this.audience.coopIdOf(coopName)
  }

  /** Stops watching the document. */
  dispose(): void {
    this.doc.off('update', this.invalidate)
  }

  private readonly invalidate = (): void => {
    this.current = undefined
  }
}
