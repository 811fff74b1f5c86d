/**
 * The two pages the render benchmark opens, built afresh each run so a clean clone needs no
 * earlier `npm run build` and a stale dist/ cannot be measured: Plenary's real client (its own
 * vite.config.ts) and the bare-tldraw page (bench/render/vite.config.ts), each into a temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'

const ROOT = join(import.meta.dirname, '..', '..')

/** Where the builds went; `remove` deletes them. */
export interface RenderBuilds {
  plenaryClientDir: string
  baselineDir: string
  remove(): void
}

async function viteBuild(configFile: string, root: string, outDir: string): Promise<void> {
  await build({ configFile, root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

/** Builds both pages; about 5 s here. */
export async function buildRenderPages(): Promise<RenderBuilds> {
  const base = mkdtempSync(join(tmpdir(), 'plenary-render-'))
  const plenaryClientDir = join(base, 'client')
  const baselineDir = join(base, 'baseline')
  try {
    await viteBuild(join(ROOT, 'vite.config.ts'), join(ROOT, 'client'), plenaryClientDir)
    await viteBuild(join(ROOT, 'bench', 'render', 'vite.config.ts'), join(ROOT, 'bench', 'render', 'baseline'), baselineDir)
  } catch (error) {
    rmSync(base, { recursive: true, force: true })
    throw error
  }
  return { plenaryClientDir, baselineDir, remove: () => rmSync(base, { recursive: true, force: true }) }
}
