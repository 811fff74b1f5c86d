import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freePort } from './testing/freePort'
import { fakeClientDir, tempDir } from './testing/testServer'

/** What a server process that could not start left behind. */
interface Outcome {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `server/index.ts` with `env` until it exits by itself (it must: every setting here is bad). */
function runServer(env: Record<string, string>): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })))
}

// Each run starts Node with tsx (~2 s of CPU), so two runs stand for the two ways out: a bad
// setting and a failed start. Every message is checked in config and startError tests.
describe('a server that cannot start', () => {
  it('prints one line naming the setting and what is wrong, without a stack trace, and exits non-zero', async () => {
    const usable = { DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), HOST: '127.0.0.1', PORT: '0' }
    const unusedPort = await freePort()
    const cases: { env: Record<string, string>; code: number; line: RegExp }[] = [
      { env: { ...usable, PORT: 'abc' }, code: 2, line: /^plenary: PORT must be a non-negative integer, got "abc"$/ },
      {
        env: { ...usable, DATABASE_URL: `postgres://plenary:S3cr3t-Łódź@127.0.0.1:${unusedPort}/plenary` },
        code: 1,
        line: new RegExp(
          `^plenary: cannot use the PostgreSQL database at 127\\.0\\.0\\.1:${unusedPort} \\(DATABASE_URL\\): .*ECONNREFUSED`,
        ),
      },
    ]
    const outcomes = await Promise.all(cases.map((one) => runServer(one.env)))
    outcomes.forEach((outcome, i) => {
      const expected = cases[i]
      if (!expected) throw new Error('one outcome per case')
      const lines = outcome.stderr.split('\n').filter((line) => line !== '')
      expect({ code: outcome.code, lines: lines.length, stdout: outcome.stdout }, outcome.stderr).toEqual({
        code: expected.code,
        lines: 1,
        stdout: '',
      })
      expect(lines[0]).toMatch(expected.line)
      expect(outcome.stderr).not.toMatch(/S3cr3t|\bat .*\.ts:\d+/)
    })
  })
})
