/**
 * Serves the built client: hashed assets with long caching (serve-static), and index.html for the
 * app's routes with the runtime configuration injected, so the tldraw licence key is set by
 * the deployer's environment, not at build time.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import serveStatic from 'serve-static'

/** Runtime configuration the client reads from `window.__PLENARY_CONFIG__`. */
export interface ClientRuntimeConfig {
  tldrawLicenseKey: string | null
}

/** Request handlers for the client app. */
export interface ClientApp {
  /** Serves index.html (for `/` and `/b/:id`). */
  serveIndex(res: ServerResponse): void
  /** Serves a static file; calls `next` when there is none. */
  serveStatic(req: IncomingMessage, res: ServerResponse, next: () => void): void
}

/** Builds the handlers over `clientDir`; throws with instructions when the client is not built. */
export function createClientApp(clientDir: string, config: ClientRuntimeConfig): ClientApp {
  const indexFile = join(clientDir, 'index.html')
  if (!existsSync(indexFile)) {
    throw new Error(`The client is not built: ${indexFile} is missing. Run "npm run build" (npm start does it).`)
  }
  // JSON.stringify escapes quotes; "<" is escaped too so a key can never close the script tag.
  const configScript = `<script>window.__PLENARY_CONFIG__=${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`
  const indexHtml = readFileSync(indexFile, 'utf8').replace('</head>', `${configScript}</head>`)
  // serve-static reports a file that vanished under it (a rebuild while running) as an error
  // to `next` instead of crashing the process, which is why it is used rather than sirv.
  const assets = serveStatic(clientDir, {
    index: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders(res, path) {
      const immutable = path.startsWith(join(clientDir, 'assets'))
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  return {
    serveIndex(res) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-length': Buffer.byteLength(indexHtml),
      })
      res.end(indexHtml)
    },
    serveStatic(req, res, next) {
      assets(req, res, () => next())
    },
  }
}
