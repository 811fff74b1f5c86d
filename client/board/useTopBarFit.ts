/**
 * Folds the top bar's labels to fit its width (topBarFit.ts), measured again whenever the bar
 * changes size or content (a panel's count, a language switch, a font that loads late). The
 * fold is set as classes on the bar itself, so measuring never re-renders React.
 */
import { useLayoutEffect, type RefObject } from 'react'
import { chooseFold, foldCount, foldedLabels, topBarFits } from './topBarFit'

function setFold(bar: HTMLElement, fold: number): void {
  const labels = [...bar.querySelectorAll<HTMLElement>('.compact-label')]
  const folded = foldedLabels(fold, labels.length)
  bar.classList.toggle('topbar--fold-details', fold >= 1)
  bar.classList.toggle('topbar--fold-name', fold >= 2)
  labels.forEach((label, index) => label.toggleAttribute('data-folded', index >= labels.length - folded))
  bar.classList.toggle('topbar--fold-all', fold >= foldCount(labels.length))
}

/** The vertical middles of the actions on screen; one not shown (a hidden confirmation) has no place. */
function actionMiddles(actions: HTMLElement): number[] {
  return [...actions.children]
    .map((child) => child.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => box.top + box.height / 2)
}

function fitsAt(bar: HTMLElement, fold: number): boolean {
  setFold(bar, fold)
  const title = bar.querySelector<HTMLElement>('.topbar__title')
  const actions = bar.querySelector<HTMLElement>('.topbar__actions')
  return topBarFits({
    scrollWidth: bar.scrollWidth,
    clientWidth: bar.clientWidth,
    titleWidth: title?.clientWidth ?? 0,
    titleNeeds: title?.scrollWidth ?? 0,
    actionMiddles: actions ? actionMiddles(actions) : [],
  })
}

/** Keeps the bar in `ref` at the first fold at which it fits. */
export function useTopBarFit(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const bar = ref.current
    if (!bar) return
    let fitting = false
    const fit = () => {
      // Folding changes the content's size; ignore what the fitting itself causes.
      if (fitting) return
      fitting = true
      setFold(
        bar,
        chooseFold((fold) => fitsAt(bar, fold), foldCount(bar.querySelectorAll('.compact-label').length)),
      )
      fitting = false
    }
    fit()
    const resizes = new ResizeObserver(fit)
    resizes.observe(bar)
    const changes = new MutationObserver(fit)
    changes.observe(bar, { childList: true, subtree: true, characterData: true })
    let live = true
    void document.fonts?.ready.then(() => live && fit())
    return () => {
      live = false
      resizes.disconnect()
      changes.disconnect()
    }
  }, [ref])
}
