import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

/** The variables readConfig reads: every `env.NAME` in config.ts. */
function variablesRead(): string[] {
  return [...new Set(Array.from(read('server/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g), (match) => match[1] ?? ''))].sort()
}

/** The variables README.md's configuration table documents: the first cell of each row. */
function variablesDocumented(): string[] {
  const readme = read('README.md')
  const start = readme.indexOf('\n## Configuration\n')
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return Array.from(section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm), (match) => match[1] ?? '').sort()
}

describe('the documented settings', () => {
  it('are exactly the ones the server reads, each once, so the README and config.ts never drift apart', () => {
    const inConfig = variablesRead()
    expect(inConfig.length).toBeGreaterThan(30)
    expect(inConfig).toContain('CLIENT_DIR')
    expect(variablesDocumented()).toEqual(inConfig)
  })

  it('are read in config.ts alone', () => {
    expect(read('server/configValues.ts')).not.toMatch(/process\.env|\benv\./)
    expect(read('server/index.ts')).not.toMatch(/process\.env\.[A-Z]/)
  })
})
