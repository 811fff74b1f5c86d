/**
 * Running totals of one board (records, and bytes of JSON in the maps that count towards the
 * board's size), kept up to date after every transaction so a review never rescans the board.
 * Totals describe the document as of the last finished transaction.
 */
import type * as Y from 'yjs'
import { changedRoots, slotBefore, slotNow, TransactionDeletions, type Slot } from './docChanges'
import { jsonByteSize } from './json'

/** What a board holds. */
export interface BoardTotals {
  /** Entries of the records map. */
  records: number
  /** Bytes of JSON of every entry of the counted maps. */
  bytes: number
}

function slotBytes(slot: Slot): number {
  return slot.present ? (jsonByteSize(slot.value) ?? 0) : 0
}

/** Keeps {@link BoardTotals} per document. */
export class BoardTally {
  private readonly totals = new WeakMap<Y.Doc, BoardTotals>()

  /**
   * @param recordsMapName the map whose entries are counted as records
   * @param countedMaps every map whose entries count towards the board's bytes
   */
  constructor(
    private readonly recordsMapName: string,
    private readonly countedMaps: ReadonlySet<string>,
  ) {}

  /**
   * The totals as of the end of the last transaction. The first call for a document scans it
   * once and starts following its transactions until it is destroyed.
   */
  totalsOf(doc: Y.Doc): Readonly<BoardTotals> {
    return this.totals.get(doc) ?? this.start(doc)
  }

  /** What `transaction` changed in the totals so far. */
  delta(doc: Y.Doc, transaction: Y.Transaction): BoardTotals {
    const delta: BoardTotals = { records: 0, bytes: 0 }
    const deletions = new TransactionDeletions(transaction)
    for (const change of changedRoots(doc, transaction).values()) {
      if (!this.countedMaps.has(change.name)) continue
      const isRecords = change.name === this.recordsMapName
      for (const key of change.keys) {
        const before = slotBefore(change.type, key, transaction, deletions)
        const after = slotNow(change.type, key)
        delta.bytes += slotBytes(after) - slotBytes(before)
        if (isRecords) delta.records += Number(after.present) - Number(before.present)
      }
    }
    return delta
  }

  private start(doc: Y.Doc): BoardTotals {
    const totals: BoardTotals = { records: 0, bytes: 0 }
    for (const name of this.countedMaps) {
      const type = doc.share.get(name)
      if (!type) continue
      for (const key of type._map.keys()) {
        const slot = slotNow(type, key)
        if (!slot.present) continue
        totals.bytes += slotBytes(slot)
        if (name === this.recordsMapName) totals.records++
      }
    }
    // Started inside a transaction: the scan saw its changes, which the listener below will
    // add again when it ends.
    const open = doc._transaction
    if (open) {
      const pending = this.delta(doc, open)
      totals.records -= pending.records
      totals.bytes -= pending.bytes
    }
    const onAfterTransaction = (transaction: Y.Transaction): void => {
      const change = this.delta(doc, transaction)
      totals.records += change.records
      totals.bytes += change.bytes
    }
    doc.on('afterTransaction', onAfterTransaction)
    doc.once('destroy', () => {
      doc.off('afterTransaction', onAfterTransaction)
      this.totals.delete(doc)
    })
    this.totals.set(doc, totals)
    return totals
  }
}
