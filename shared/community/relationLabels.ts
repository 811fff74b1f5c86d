/**
 * The community's relation labels ("works with", "mentors", …): cleaned as a coordinator sets
 * them, and kept in each of its boards under {@link COMMUNITY_MAP} so a board's label picker
 * offers them without asking the server (read them with `readRelationLabels`, ./maps.ts). Pure.
 */
import type * as Y from 'yjs'
import { stripUnseen } from '../text/clean'
import { matchKey } from '../text/fold'
import { COMMUNITY_MAP, CommunityKey } from './maps'

/**
 * `labels` as stored: hidden characters stripped, white space collapsed, blank ones dropped,
 * and each label once (folded: "Works with" and "works  with" are one; the first spelling stays).
 */
export function cleanRelationLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>()
  const clean: string[] = []
  for (const label of labels) {
    const text = stripUnseen(label).replace(/\s+/g, ' ').trim()
    const key = matchKey(text)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    clean.push(text)
  }
  return clean
}

/** Writes the labels into a board (one change; nothing when they are already there). */
export function writeRelationLabels(doc: Y.Doc, labels: readonly string[]): void {
  const map = doc.getMap<unknown>(COMMUNITY_MAP)
  const stored = map.get(CommunityKey.relationLabels)
  if (Array.isArray(stored) && stored.length === labels.length && stored.every((label, i) => label === labels[i])) return
  map.set(CommunityKey.relationLabels, [...labels])
}
