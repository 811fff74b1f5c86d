/**
 * Serves the bare-tldraw page and its snapshot on loopback, with serve-static as Plenary's
 * server uses for its client, so both pages' files travel the same way.
 */
import { createServer } from 'node:http'
import serveStatic from 'serve-static'

/** A listening static server. */
export interface StaticServer {
  origin: string
  stop(): Promise<void>
}

/** Serves `dir`, and `snapshotJson` at /snapshot.json. */
export async function startStaticServer(dir: string, snapshotJson: string): Promise<StaticServer> {
  const files = serveStatic(dir, { index: ['index.html'] })
  const server = createServer((req, res) => {
    if (req.url === '/snapshot.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end(snapshotJson)
      return
    }
    files(req, res, () => {
      res.writeHead(404)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('static server has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
