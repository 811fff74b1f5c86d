/**
 * Files of the built client, sent by content negotiation: when the build left a brotli
 * (`<file>.br`) or gzip (`<file>.gz`) sibling (scripts/vite/precompress.ts) and the browser
 * accepts it, that sibling is sent with the file's own type. Files are looked up on every
 * request, so a rebuild while running gives 404s, never a crash; `.br`/`.gz` and dotfiles are
 * never served by their own name.
 */
import { open, stat, type FileHandle } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { negotiateEncoding, type ContentEncoding } from './contentEncoding'
import { writeRepresentationHead } from './conditionalResponse'
import { parseRequestTarget } from './requestTarget'
import { mediaTypeOf } from './staticMediaTypes'

/** The precompressed siblings a file may have, by encoding. */
const SUFFIXES = { br: '.br', gzip: '.gz' } as const satisfies Partial<Record<ContentEncoding, string>>

/** Serves the file a request names under the root; resolves false when there is none. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

/**
 * Serves files under `root`. `cacheControl` gets the path below the root (`assets/x.js`)
 * and returns the file's Cache-Control. The paths of `withheld` (below the root, as
 * `cacheControl` gets them) are never served, however the request spells them.
 */
export function createStaticFiles(
  root: string,
  cacheControl: (relativePath: string) => string,
  withheld: ReadonlySet<string> = new Set(),
): StaticFiles {
  return async (req, res) => {
    const relativePath = requestedPath(req.url)
    if (relativePath === null || withheld.has(relativePath)) return false
    const file = join(root, relativePath)
    if (!(await isFile(file))) return false
    const available = await precompressedVariants(file)
    const encoding = negotiateEncoding(req.headers['accept-encoding'], available)
    const handle = await open(encoding === 'identity' ? file : `${file}${SUFFIXES[encoding]}`).catch(() => null)
    // Gone between the look-up and the open: a rebuild while running.
    if (!handle) return false
    let streaming = false
    try {
      const { size, mtimeMs } = await handle.stat()
      const sendBody = writeRepresentationHead(req, res, {
        encoding,
        negotiated: available.length > 0,
        etag: `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}-${encoding}"`,
        length: size,
        headers: { 'content-type': mediaTypeOf(file), 'cache-control': cacheControl(relativePath) },
      })
      if (sendBody) {
        streamTo(handle, res)
        streaming = true
      }
      return true
    } finally {
      // A streamed handle is closed by its stream.
      if (!streaming) await handle.close()
    }
  }
}

/** The path below the root a request names, or null when it may not name a file. */
function requestedPath(url: string | undefined): string | null {
  const target = parseRequestTarget(url)
  if (!target) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(target.pathname)
  } catch {
    return null
  }
  const segments = decoded.split('/').filter((segment) => segment !== '')
  // A leading dot covers "..", so the path cannot leave the root, and hidden files.
  const refused = (segment: string) => segment.startsWith('.') || segment.includes('\\') || segment.includes('\0')
  if (segments.length === 0 || segments.some(refused)) return null
  const last = segments[segments.length - 1] ?? ''
  if (Object.values(SUFFIXES).some((suffix) => last.endsWith(suffix))) return null
  return segments.join('/')
}

async function isFile(path: string): Promise<boolean> {
  const found = await stat(path).catch(() => null)
  return found?.isFile() ?? false
}

async function precompressedVariants(file: string): Promise<ContentEncoding[]> {
  const encodings = ['br', 'gzip'] as const
  const present = await Promise.all(encodings.map((encoding) => isFile(`${file}${SUFFIXES[encoding]}`)))
  return encodings.filter((_, index) => present[index])
}

/** Streams the file to the response; the stream closes the handle when it ends or fails. */
function streamTo(handle: FileHandle, res: ServerResponse): void {
  const stream = handle.createReadStream()
  // A browser that goes away mid-file is not an error of the server: the stream just stops.
  res.once('close', () => stream.destroy())
  stream.once('error', () => res.destroy())
  stream.pipe(res)
}
