/**
 * Serves the built client: hashed assets with long caching (serve-static), and index.html for the
 * app's routes with the runtime configuration injected, so the tldraw licence key is set by
 * the deployer's environment, not at build time. The pages carry the security headers
 * (securityHeaders.ts); the configuration is a JSON data block, not a script, so the CSP needs
 * no inline script.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import serveStatic from 'serve-static'
import { RUNTIME_CONFIG_ELEMENT_ID } from '../../shared/protocol'
import { publicOrigin } from './origin'
import { pageSecurityHeaders } from './securityHeaders'

/** Runtime configuration the client reads from the `RUNTIME_CONFIG_ELEMENT_ID` JSON block. */
export interface ClientRuntimeConfig {
  tldrawLicenseKey: string | null
}

/** Request handlers for the client app. */
export interface ClientApp {
  /** Serves index.html (for `/` and `/b/:id`) with the page's security headers. */
  serveIndex(req: IncomingMessage, res: ServerResponse): void
  /** Serves a static file; calls `next` when there is none. */
  serveStatic(req: IncomingMessage, res: ServerResponse, next: () => void): void
}

/** What the pages' security headers depend on. */
export interface PageSecurityConfig {
  /** PUBLIC_URL; null = the origin of the request (its Host was vetted by hostCheck.ts). */
  publicUrl: string | null
  /** FRAME_ANCESTORS. */
  frameAncestors: string
}

/** Builds the handlers over `clientDir`; throws with instructions when the client is not built. */
export function createClientApp(clientDir: string, config: ClientRuntimeConfig, security: PageSecurityConfig): ClientApp {
  const indexFile = join(clientDir, 'index.html')
  if (!existsSync(indexFile)) {
    throw new Error(`The client is not built: ${indexFile} is missing. Run "npm run build" (npm start does it).`)
  }
  // "<" is escaped so a key can never close the element; JSON.parse reads \u003c back as "<".
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c')
  const configScript = `<script type="application/json" id="${RUNTIME_CONFIG_ELEMENT_ID}">${configJson}</script>`
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
    serveIndex(req, res) {
      const pageOrigin = publicOrigin(req, security.publicUrl)
      res.writeHead(200, {
        ...pageSecurityHeaders({ pageOrigin, frameAncestors: security.frameAncestors }),
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
