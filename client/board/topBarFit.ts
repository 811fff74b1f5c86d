/**
 * How much the top bar folds its labels away, decided by measuring the bar rather than by a
 * fixed screen width: at each fold one more thing collapses to its icon (its words stay the
 * tooltip and accessible name), and the bar takes the first fold at which it fits. So a wide
 * screen shows every button with its words, a narrower one folds them one by one from the
 * right, and a longer language folds a little earlier.
 *
 * The folds, each on top of the ones before:
 * 1. details: who is here, the long connection state, the view-only explanation;
 * 2. "Change name" becomes its colour dot;
 * 3. …: the panel toggles' and menus' words, one at a time from the last;
 * last: every button shows only its icon ("Add sticky note", "Share", "Copy link").
 */

/** The folds before the panel toggles' and menus' words. */
export const FIRST_LABEL_FOLD = 3

/** The number of folds for a bar with `labels` panel toggles and menus: the last hides everything. */
export function foldCount(labels: number): number {
  return FIRST_LABEL_FOLD + labels
}

/** How many panel toggles and menus, counted from the last, show only their icon at `fold`. */
export function foldedLabels(fold: number, labels: number): number {
  return Math.min(labels, Math.max(0, fold - FIRST_LABEL_FOLD + 1))
}

/** The least the board's title keeps before any label is folded: about 16 characters. */
export const TITLE_MIN_WIDTH = 160

/** The bar as measured at one fold, in CSS pixels. */
export interface TopBarMetrics {
  /** The bar's content width and its own width: more content than width means overflow. */
  scrollWidth: number
  clientWidth: number
  /** The title's width on screen and the width it would need whole. */
  titleWidth: number
  titleNeeds: number
  /** The vertical middle of every action shown, to tell whether they wrapped onto another row. */
  actionMiddles: readonly number[]
}

/** True when nothing overflows, the actions stay on one row and the title keeps enough room. */
export function topBarFits(metrics: TopBarMetrics): boolean {
  const overflows = metrics.scrollWidth > metrics.clientWidth + 1
  const middles = metrics.actionMiddles
  // Actions of one row share their middle (the row centres them); a second row is a button lower.
  const wrapped = middles.length > 0 && Math.max(...middles) - Math.min(...middles) > 12
  const titleSqueezed = metrics.titleWidth + 1 < Math.min(metrics.titleNeeds, TITLE_MIN_WIDTH)
  return !overflows && !wrapped && !titleSqueezed
}

/** The first fold, from none to the last of `folds`, at which `fits` holds; the last when none does. */
export function chooseFold(fits: (fold: number) => boolean, folds: number): number {
  for (let fold = 0; fold < folds; fold++) if (fits(fold)) return fold
  return folds
}
