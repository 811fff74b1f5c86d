/**
 * What the votes panel reads from the board's records: note texts, and the frames and the
 * selection a vote can be opened on. Re-read when records change, only while the panel shows them.
 */
import { useCallback } from 'react'
import type { Editor } from 'tldraw'
import { useValue } from 'tldraw'
import type * as Y from 'yjs'
import { asStoredRecord, readRecords, RECORDS_MAP, recordsMap } from '../../../shared/boardDoc'
import { notesFromSelection, notesInFrame, noteText, scopeFrames } from '../../../shared/voting/scope'
import type { VoteScope } from '../../../shared/voting/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'

const RECORDS = [RECORDS_MAP] as const
const NO_TEXTS: ReadonlyMap<string, string> = new Map()

/** The text of each note in `noteIds` (absent: the note is gone). */
export function useNoteTexts(features: FeatureDoc | null, noteIds: readonly string[]): ReadonlyMap<string, string> {
  const key = noteIds.join('\n')
  const reader = useCallback(
    (doc: Y.Doc) => {
      const records = recordsMap(doc)
      const texts = new Map<string, string>()
      for (const id of key === '' ? [] : key.split('\n')) {
        const record = asStoredRecord(records.get(id))
        if (record) texts.set(id, noteText(record))
      }
      return texts
    },
    [key],
  )
  return useFeatureValue(features, RECORDS, reader, NO_TEXTS)
}

/** One place a vote can take its notes from. */
export interface ScopeChoice {
  /** 'selection', or a frame id. */
  value: string
  /** What the vote stores: each reader words it in their language. */
  scope: VoteScope
  noteIds: string[]
}

/** The selection first, then every frame with the notes inside it. */
export function useScopeChoices(features: FeatureDoc | null, editor: Editor | null): ScopeChoice[] {
  const selected = useValue('selected shape ids', () => editor?.getSelectedShapeIds() ?? [], [editor])
  const selectionKey = selected.join('\n')
  const reader = useCallback(
    (doc: Y.Doc): ScopeChoice[] => {
      const records = readRecords(doc)
      const selection = notesFromSelection(records, selectionKey === '' ? [] : selectionKey.split('\n'))
      return [
        { value: 'selection', scope: { kind: 'selection' }, noteIds: selection },
        ...scopeFrames(records).map(({ id, kind, name }) => ({
          value: id,
          scope: { kind, frameId: id, name },
          noteIds: notesInFrame(records, id),
        })),
      ]
    },
    [selectionKey],
  )
  return useFeatureValue(features, RECORDS, reader, [])
}
