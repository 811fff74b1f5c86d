/**
 * Why an item failed Miro's item schema, as a facilitator can read it: zod's first issue
 * becomes the field it concerns (in words: "text", not "data.content") and the problem ("is
 * not text", "is missing"), which the client says in the reader's language
 * ("miro.invalid.<problem>" with "miro.fields.<field>"). The English here is the same as the
 * client's English locale (a test checks it) and stays in the report for logs.
 */
import type { z } from 'zod'
import type { MiroMessageParams } from './messages'
import { shownValue } from './untrusted'

/** The parts of an item a message can name. */
export const MIRO_ITEM_FIELDS = [
  'id',
  'type',
  'text',
  'title',
  'shape',
  'data',
  'style',
  'position',
  'size',
  'rotation',
  'parent',
  'ends',
  'captions',
  'other',
] as const

/** One of {@link MIRO_ITEM_FIELDS}. */
export type MiroItemField = (typeof MIRO_ITEM_FIELDS)[number]

/** What is wrong with the field. */
export const MIRO_ITEM_PROBLEMS = [
  'missing',
  'notText',
  'notNumber',
  'notFinite',
  'notList',
  'wrongShape',
  'tooLong',
  'tooMany',
  'blank',
  'badId',
  'unknownRelativeTo',
  'unknownValue',
  'invalid',
] as const

/** One of {@link MIRO_ITEM_PROBLEMS}. */
export type MiroItemProblem = (typeof MIRO_ITEM_PROBLEMS)[number]

/** English words for each field, as the client's English locale has them. */
export const FIELD_WORDS: Readonly<Record<MiroItemField, string>> = {
  id: 'id',
  type: 'type',
  text: 'text',
  title: 'title',
  shape: 'shape',
  data: 'content',
  style: 'style',
  position: 'position',
  size: 'size',
  rotation: 'rotation',
  parent: 'parent frame',
  ends: 'start or end item',
  captions: 'captions',
  other: 'data',
}

/** English sentences for each problem ({{field}}, {{max}}, {{value}} filled in). */
export const PROBLEM_WORDS: Readonly<Record<MiroItemProblem, string>> = {
  missing: 'its {{field}} is missing',
  notText: 'its {{field}} is not text',
  notNumber: 'its {{field}} is not a number',
  notFinite: 'its {{field}} is not a finite number',
  notList: 'its {{field}} is not a list',
  wrongShape: 'its {{field}} is not in Miro’s format',
  tooLong: 'its {{field}} is longer than {{max}} characters',
  tooMany: 'its {{field}} has more than {{max}} entries',
  blank: 'its {{field}} is blank',
  badId: 'its {{field}} is not a Miro id',
  unknownRelativeTo: 'its position is relative to “{{value}}”, which Miro does not use (only canvas_center or parent_top_left)',
  unknownValue: 'its {{field}} “{{value}}” is not a value Miro uses',
  invalid: 'its {{field}} does not match Miro’s item format',
}

/** The field a zod path points at. */
function fieldOf(path: readonly PropertyKey[]): MiroItemField {
  const [head, next] = path.map(String)
  switch (head) {
    case 'id':
    case 'type':
    case 'style':
    case 'position':
    case 'parent':
    case 'captions':
      return head
    case 'data':
      if (next === 'content') return 'text'
      if (next === 'title' || next === 'shape') return next
      return 'data'
    case 'geometry':
      return next === 'rotation' ? 'rotation' : 'size'
    case 'startItem':
    case 'endItem':
      return 'ends'
    case 'shape':
      return 'shape'
    default:
      return 'other'
  }
}

/** The value at `path` in `value`, to tell "missing" from "wrong". */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at
}

function problemOf(issue: z.core.$ZodIssue, given: unknown): { problem: MiroItemProblem; params: MiroMessageParams } {
  const last = issue.path[issue.path.length - 1]
  if (given === undefined || given === null) return { problem: 'missing', params: {} }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'string') return { problem: 'notText', params: {} }
      if (issue.expected === 'number') return { problem: typeof given === 'number' ? 'notFinite' : 'notNumber', params: {} }
      if (issue.expected === 'array') return { problem: 'notList', params: {} }
      return { problem: 'wrongShape', params: {} }
    case 'too_big':
      return { problem: issue.origin === 'array' ? 'tooMany' : 'tooLong', params: { max: Number(issue.maximum) } }
    case 'too_small':
      return { problem: 'blank', params: {} }
    case 'invalid_format':
      // Only ids and the type have a format; a type outside Miro's names is said as the value.
      return last === 'type' ? { problem: 'unknownValue', params: { value: shownValue(given) } } : { problem: 'badId', params: {} }
    case 'invalid_value':
      return { problem: last === 'relativeTo' ? 'unknownRelativeTo' : 'unknownValue', params: { value: shownValue(given) } }
    case 'custom':
      return { problem: typeof given === 'number' ? 'notFinite' : 'invalid', params: {} }
    default:
      return { problem: issue.code === 'invalid_union' && typeof given !== 'object' ? 'wrongShape' : 'invalid', params: {} }
  }
}

/** `template` with {{name}} replaced by `params` (numbers in English digits). */
function fill(template: string, params: MiroMessageParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name]
    return typeof value === 'number' ? value.toLocaleString('en') : (value ?? '')
  })
}

/**
 * Why `item` failed the schema: the English sentence (for logs) and the values the client
 * words it from: `field` ({@link MIRO_ITEM_FIELDS}), `problem` ({@link MIRO_ITEM_PROBLEMS}),
 * and `max` or `value` where the problem has one.
 */
export function describeItemIssue(error: z.ZodError, item: unknown): { reason: string; params: MiroMessageParams } {
  const issue = error.issues[0]
  if (!issue) return { reason: fill(PROBLEM_WORDS.invalid, { field: FIELD_WORDS.other }), params: { field: 'other', problem: 'invalid' } }
  const field = fieldOf(issue.path)
  const { problem, params } = problemOf(issue, valueAt(item, issue.path))
  return { reason: fill(PROBLEM_WORDS[problem], { ...params, field: FIELD_WORDS[field] }), params: { ...params, field, problem } }
}
