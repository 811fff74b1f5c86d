/**
 * Serves the built client: hashed assets cached for good, other files revalidated, each sent
 * precompressed when the browser accepts it (staticFiles.ts); and index.html for the app's
 * routes, with the runtime configuration injected, so the tldraw licence key is set by the
 * deployer's environment, not at build time. The page is completed and compressed once, at
 * start, and revalidated by ETag, so a reload costs a 304. The pages carry the security headers
 * (securityHeaders.ts); the configuration is a JSON data block, not a script, so the CSP needs
 * no inline script.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { RUNTIME_CONFIG_ELEMENT_ID } from '../../shared/protocol'
import { negotiateEncoding, type ContentEncoding } from './contentEncoding'
import { writeRepresentationHead } from './conditionalResponse'
import { publicOrigin } from './origin'
import { pageSecurityHeaders } from './securityHeaders'
import { createStaticFiles } from './staticFiles'
import { StartError } from '../startError'

/** Runtime configuration the client reads from the `RUNTIME_CONFIG_ELEMENT_ID` JSON block. */
export interface ClientRuntimeConfig {
  tldrawLicenseKey: string | null
}

/** Request handlers for the client app. */
export interface ClientApp {
  /** Serves index.html (for `/` and `/b/:id`) with the page's security headers. */
  serveIndex(req: IncomingMessage, res: ServerResponse): void
  /** Serves a static file; calls `next` when there is none. */
  serveStatic(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>
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
    throw new StartError(`the client is not built: ${indexFile} is missing (CLIENT_DIR). Run "npm run build" (npm start does it).`)
  }
  // "<" is escaped so a key can never close the element; JSON.parse reads \u003c back as "<".
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c')
  const configScript = `<script type="application/json" id="${RUNTIME_CONFIG_ELEMENT_ID}">${configJson}</script>`
  const indexHtml = readFileSync(indexFile, 'utf8').replace('</head>', `${configScript}</head>`)
  const index = compressedPage(Buffer.from(indexHtml))
  // Vite names everything under assets/ by its content hash, so a copy never goes stale.
  // The bare template lacks the page's security headers and configuration: only serveIndex sends the page.
  const files = createStaticFiles(clientDir, (path) => (path.startsWith('assets/') ? IMMUTABLE : 'no-cache'), new Set(['index.html']))
  return {
    serveIndex(req, res) {
      const pageOrigin = publicOrigin(req, security.publicUrl)
      const encoding = negotiateEncoding(req.headers['accept-encoding'], index.encodings)
      const body = index.bodies[encoding]
      const sendBody = writeRepresentationHead(req, res, {
        encoding,
        negotiated: index.encodings.length > 0,
        etag: `"${index.hash}-${encoding}"`,
        length: body.byteLength,
        headers: {
          ...pageSecurityHeaders({ pageOrigin, frameAncestors: security.frameAncestors }),
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
        },
      })
      if (sendBody) res.end(body)
    },
    async serveStatic(req, res, next) {
      if (!(await files(req, res))) next()
    },
  }
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** A page held in memory in every encoding that makes it smaller. */
interface CompressedPage {
  bodies: Record<ContentEncoding, Buffer>
  /** The encodings other than identity that were kept. */
  encodings: ContentEncoding[]
  /** Hash of the page, for its ETags. */
  hash: string
}

function compressedPage(page: Buffer): CompressedPage {
  const bodies: Record<ContentEncoding, Buffer> = {
    identity: page,
    br: brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    gzip: gzipSync(page, { level: constants.Z_BEST_COMPRESSION }),
  }
  const encodings = (['br', 'gzip'] as const).filter((encoding) => bodies[encoding].byteLength < page.byteLength)
  return { bodies, encodings, hash: createHash('sha256').update(page).digest('base64url').slice(0, 22) }
}
