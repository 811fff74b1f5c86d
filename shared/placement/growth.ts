/**
 * Growing an area to hold one more note: a frame's height raised, nothing else changed. People
 * who may not otherwise change a coop's corner or a group area may do this, so that "Add
 * sticky note" never puts a note outside its frame (the server's record rules let it pass).
 */
import type { Slot } from '../feature'
import { jsonEqual } from '../jsonEqual'
import { asObject } from '../values'

/** Tallest a frame may be grown this way, in page units: about forty rows of notes. */
export const MAX_GROWN_HEIGHT = 10_000

/** `frame` with its height set to `h`; the rest of the record is kept. */
export function withHeight<T extends object>(frame: T, h: number): T {
  const props = asObject('props' in frame ? frame.props : undefined) ?? {}
  return { ...frame, props: { ...props, h } }
}

/**
 * True when `after` is `before` with only `props.h` raised, up to {@link MAX_GROWN_HEIGHT}:
 * a frame grown downwards, its position, width, name, parent and meta untouched.
 */
export function isGrowthOnly(before: Slot, after: Slot): boolean {
  if (!before.present || !after.present) return false
  const was = asObject(before.value)
  const now = asObject(after.value)
  const wasH = asObject(was?.props)?.h
  const nowH = asObject(now?.props)?.h
  if (!was || !now || typeof wasH !== 'number' || typeof nowH !== 'number') return false
  if (!(nowH > wasH) || nowH > MAX_GROWN_HEIGHT) return false
  return jsonEqual(withHeight(was, nowH), now)
}
