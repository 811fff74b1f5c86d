/**
 * Records this person in the board's attendance (shared/attendance/attendance.ts) once connected, and
 * again every few minutes while they stay, so the minutes can say who came. Viewers are not
 * recorded: they are nobody's delegate on the board.
 */
import { useEffect } from 'react'
import { ATTENDANCE_REFRESH_MS, recordAttendance } from '../../../shared/attendance/attendance'
import type { Participant } from '../../../shared/participant'
import { Role } from '../../../shared/protocol'
import type { FeatureDoc } from '../../sync/featureDoc'
import type { ConnectionState } from '../../sync/types'

/** Keeps the attendance of `participant` current while `connection` is connected. */
export function useAttendance(
  features: FeatureDoc | null,
  participant: Participant,
  role: Role,
  connection: ConnectionState | null,
  /** The board's server clock, once measured: times in the board are the server's, as the minutes read them. */
  clock: { now(): number } | null,
): void {
  const { id, name, coop } = participant
  useEffect(() => {
    if (!features || !clock || role === Role.viewer || connection !== 'connected') return
    const record = () => {
      features.write((doc) =>
        recordAttendance(doc, { id, name, coop }, role === Role.facilitator ? 'facilitator' : 'participant', clock.now()),
      )
    }
    record()
    const timer = setInterval(record, ATTENDANCE_REFRESH_MS)
    return () => clearInterval(timer)
  }, [features, id, name, coop, role, connection, clock])
}
