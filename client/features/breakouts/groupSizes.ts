/**
 * How many people each group of a planned session gets, worded truthfully: "3 groups of 2
 * people", "3 groups of 1–2 people" (4 people), never a rounded "about 1".
 */
import type { TFunction } from 'i18next'

/** The sizes of the smallest and the largest group when `people` are split as evenly as possible into `groups`. */
export function groupSizeRange(people: number, groups: number): { min: number; max: number } {
  const count = Math.max(1, Math.floor(groups))
  const total = Math.max(0, Math.floor(people))
  const min = Math.floor(total / count)
  return { min, max: total % count === 0 ? min : min + 1 }
}

/** The form's line about the planned groups, e.g. "3 groups of 1–2 people." */
export function groupSizesText(people: number, groups: number, t: TFunction): string {
  const { min, max } = groupSizeRange(people, groups)
  const groupsText = t('breakouts.form.plannedGroups', { count: Math.max(1, Math.floor(groups)) })
  if (min === 0) return t('breakouts.form.groupsSomeEmpty', { groups: groupsText, count: people })
  if (min === max) return t('breakouts.form.groupsOfSize', { groups: groupsText, count: min })
  return t('breakouts.form.groupsOfRange', { groups: groupsText, min, max })
}
