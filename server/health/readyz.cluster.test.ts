import { describe, expect, it } from 'vitest'
import { useCluster } from '../testing/cluster'
import { getReadyz, readyzUntil } from '../testing/readyz'

const cluster = useCluster()
const READY = { status: 200, body: { ready: true } }

describe('GET /readyz on a node with PostgreSQL and Redis', () => {
  it('answers 503 naming redis while Redis is down, and postgres while PostgreSQL is, and 200 once they are back', async () => {
    const node = await cluster.node()
    expect(await getReadyz(node.origin)).toEqual(READY)

    await cluster.redis.stop()
    const redisDown = { status: 503, body: { ready: false, reason: 'redis' } }
    expect(await readyzUntil(node.origin, redisDown)).toEqual(redisDown)
    await cluster.redis.start()
    expect(await readyzUntil(node.origin, READY)).toEqual(READY)

    await cluster.postgres.stop()
    const postgresDown = { status: 503, body: { ready: false, reason: 'postgres' } }
    expect(await readyzUntil(node.origin, postgresDown)).toEqual(postgresDown)
    // Liveness is another question: the node is alive and will serve again once the database is back.
    expect((await fetch(`${node.origin}/healthz`)).status).toBe(200)
    await cluster.postgres.start()
    expect(await readyzUntil(node.origin, READY)).toEqual(READY)
  })
})
