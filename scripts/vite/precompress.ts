/**
 * Build-time compression of the client: after Vite writes the bundle, every compressible file
 * gets a brotli (`<file>.br`, quality 11) and a gzip (`<file>.gz`, level 9) sibling, kept only
 * when it is smaller than the file. The server sends them by content negotiation
 * (server/http/staticFiles.ts), so no request pays for compression at run time.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { extname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Extensions worth compressing; fonts (woff2) and images (png, jpg, webp) already are. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.wasm',
  '.map',
  '.ico',
  '.webmanifest',
])

/**
 * Left alone: the root index.html is a template the server completes with the runtime
 * configuration and compresses in memory at start (server/http/clientApp.ts); a copy made
 * here would lack the configuration.
 */
const TEMPLATES = new Set(['index.html'])

/** What one run wrote: bytes of the compressible files and of their best variants. */
export interface PrecompressSummary {
  files: number
  rawBytes: number
  /** The gzip variant's size where one was written, else the file's own. */
  gzipBytes: number
  /** Likewise for brotli. */
  brotliBytes: number
}

/** Compresses every compressible file under `dir` (recursively) next to itself. */
export async function precompressDir(dir: string): Promise<PrecompressSummary> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !TEMPLATES.has(relative(dir, file)))
  const sizes = await Promise.all(files.map((file) => precompressFile(file)))
  return sizes.reduce<PrecompressSummary>(
    (sum, size) => ({
      files: sum.files + 1,
      rawBytes: sum.rawBytes + size.raw,
      gzipBytes: sum.gzipBytes + size.gzip,
      brotliBytes: sum.brotliBytes + size.brotli,
    }),
    { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 },
  )
}

async function precompressFile(file: string): Promise<{ raw: number; gzip: number; brotli: number }> {
  const bytes = await readFile(file)
  const [brotliBytes, gzipBytes] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ])
  const keep = async (variant: Buffer, suffix: string): Promise<number> => {
    if (variant.byteLength >= bytes.byteLength) return bytes.byteLength
    await writeFile(`${file}${suffix}`, variant)
    return variant.byteLength
  }
  return { raw: bytes.byteLength, brotli: await keep(brotliBytes, '.br'), gzip: await keep(gzipBytes, '.gz') }
}

/** The Vite plugin: precompresses the client build's output folder once it is written. */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'plenary:precompress',
    // The client only: a server (SSR) build is not sent to browsers.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After the files are written, and only when the build succeeded.
    async writeBundle() {
      const started = performance.now()
      const summary = await precompressDir(outDir)
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
      this.info(
        `precompressed ${summary.files} files: ${kib(summary.rawBytes)} → gzip ${kib(summary.gzipBytes)}, ` +
          `brotli ${kib(summary.brotliBytes)} in ${Math.round(performance.now() - started)} ms`,
      )
    },
  }
}
