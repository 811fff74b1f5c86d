import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { useCluster } from '../testing/cluster'
import { metricValue, scrape } from '../testing/metricsText'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'

const cluster = useCluster()

/** A node's fan-out counters. */
async function fanoutCounts(
  origin: string,
): Promise<{ published: number; received: number; publishedBytes: number; receivedBytes: number }> {
  const samples = await scrape(origin)
  return {
    published: metricValue(samples, 'plenary_fanout_messages_total', { direction: 'published' }),
    received: metricValue(samples, 'plenary_fanout_messages_total', { direction: 'received' }),
    publishedBytes: metricValue(samples, 'plenary_fanout_bytes_total', { direction: 'published' }),
    receivedBytes: metricValue(samples, 'plenary_fanout_bytes_total', { direction: 'received' }),
  }
}

describe('fan-out metrics of two nodes on PostgreSQL and Redis', () => {
  it('count what each node publishes and what the other receives, in messages and bytes', async () => {
    const [a, b] = await Promise.all([cluster.node(), cluster.node()])
    if (!a || !b) throw new Error('two nodes')
    const board = await createBoard(a.origin, 'Federación de cooperativas — Wrocław · 大阪 · Θεσσαλονίκη')
    const onA = cluster.client(a.origin, board)
    const onB = cluster.client(b.origin, board)
    await Promise.all([waitForSync(onA), waitForSync(onB)])

    for (let i = 0; i < 12; i++) recordsMap(onA.doc).set(`shape:n${i}`, testNote(i))
    await waitFor(() => recordsMap(onB.doc).size === 12, 10_000, 'the notes on the other node')
    // And the other way: a presence change of B's client reaches A's client through A's node.
    onB.provider.awareness.setLocalStateField('user', {
      id: 'p-zofia',
      name: 'Zofia Łukasiewicz',
      coop: 'Spółdzielnia Mleczarska',
      color: '#0a0',
    })
    await waitFor(
      () => JSON.stringify(onA.provider.awareness.getStates().get(onB.doc.clientID) ?? {}).includes('Zofia'),
      10_000,
      'B’s presence on A',
    )

    // Counters only grow, and a message is received after it is published: read in this
    // order, each node has received at most what the other had published. A node's own
    // messages, which Redis also delivers to it, are not counted as received.
    const first = await fanoutCounts(b.origin)
    const onNodeA = await fanoutCounts(a.origin)
    const then = await fanoutCounts(b.origin)
    expect(first.received).toBeGreaterThanOrEqual(12)
    expect(first.receivedBytes).toBeGreaterThan(12 * 250)
    expect(first.received).toBeLessThanOrEqual(onNodeA.published)
    expect(first.receivedBytes).toBeLessThanOrEqual(onNodeA.publishedBytes)
    expect(onNodeA.received).toBeGreaterThan(0)
    expect(onNodeA.received).toBeLessThanOrEqual(then.published)
    expect(onNodeA.receivedBytes).toBeLessThanOrEqual(then.publishedBytes)
  })
})
