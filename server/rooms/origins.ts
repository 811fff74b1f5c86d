/** Transaction and awareness origin of what another server node sent (not stored, not re-published). */
export const REMOTE_ORIGIN = Symbol('remote node')
