/**
 * The deployment files, checked as far as this machine can (Docker cannot run here): the
 * compose files parse and name only what they define, every path the Dockerfile copies out of
 * the build stage is in the release, the image's HEALTHCHECK works against a started release,
 * and the systemd unit's ExecStart, with its own environment, runs the release.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { createBoard } from '../server/testing/syncClient'
import { healthcheckCommand, parseCopy, parseDockerfile } from './dockerfile'
import { REPO_ROOT, startRelease, tempDataDir, unpackRelease, type RunningRelease, type UnpackedRelease } from './releaseProcess'
import { parseUnit, unitEnvironment, unitValue } from './systemdUnit'

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8')
const run = promisify(execFile)

const serviceSchema = z.object({
  build: z.string().optional(),
  image: z.string().optional(),
  pull_policy: z.string().optional(),
  ports: z.array(z.string()).optional(),
  depends_on: z.union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string() }))]).optional(),
  volumes: z.array(z.string()).optional(),
  healthcheck: z.object({ test: z.array(z.string()).optional() }).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})
const composeSchema = z.object({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.null()).optional(),
})

/** A compose file parsed the way Compose reads it (YAML merge keys on), with its folder. */
function readCompose(path: string) {
  const text = read(path)
  return { dir: dirname(join(REPO_ROOT, path)), text, file: composeSchema.parse(parse(text, { merge: true })) }
}

const COMPOSE_FILES = ['compose.yaml', 'deploy/compose.cluster.yaml']

describe.each(COMPOSE_FILES)('%s', (path) => {
  // Read in each test, so that a file that does not parse fails as a test.
  const compose = () => {
    const { dir, text, file } = readCompose(path)
    return { dir, text, file, services: Object.entries(file.services) }
  }

  it('parses as YAML with services', () => {
    expect(compose().services.length).toBeGreaterThan(0)
  })

  it('names only services it defines', () => {
    const { file, services } = compose()
    for (const [, service] of services) {
      const needs = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {})
      for (const name of needs) expect(Object.keys(file.services)).toContain(name)
    }
  })

  it('waits for health only where there is a health check: its own or the image built from the Dockerfile', () => {
    const { file, services } = compose()
    for (const [, service] of services) {
      const conditions = Array.isArray(service.depends_on) ? [] : Object.entries(service.depends_on ?? {})
      for (const [name, { condition }] of conditions) {
        if (condition !== 'service_healthy') continue
        const needed = file.services[name]
        expect(needed?.healthcheck?.test ?? (needed?.build !== undefined && read('Dockerfile').includes('HEALTHCHECK'))).toBeTruthy()
      }
    }
  })

  it('mounts only volumes it declares and files that exist', () => {
    const { dir, file, services } = compose()
    for (const [, service] of services) {
      for (const mount of service.volumes ?? []) {
        const [source = ''] = mount.split(':')
        if (source.startsWith('.') || source.startsWith('/')) expect(existsSync(join(dir, source)), source).toBe(true)
        else expect(Object.keys(file.volumes ?? {})).toContain(source)
      }
    }
  })

  it('builds the Plenary image from the repository root, where the Dockerfile is', () => {
    const { dir, services } = compose()
    const builds = services.flatMap(([, service]) => (service.build === undefined ? [] : [service.build]))
    expect(builds.length).toBeGreaterThan(0)
    for (const context of builds) expect(join(dir, context)).toBe(join(REPO_ROOT, '.'))
  })

  it('trusts X-Forwarded-For by default only where no port is published beyond this machine', () => {
    const { services } = compose()
    for (const [name, service] of services) {
      const trust = String(service.environment?.TRUST_PROXY ?? 0).replace(/^\$\{TRUST_PROXY:-(\d+)\}$/, '$1')
      if (trust === '0') continue
      for (const port of service.ports ?? []) expect(port, name).toMatch(/^(?:\$\{[A-Z_]+:-)?127\.0\.0\.1\}?:/)
    }
  })

  it('builds each image once: the other services that run it never pull it', () => {
    const { services } = compose()
    const built = services.filter(([, service]) => service.build !== undefined).map(([, service]) => service.image)
    expect(new Set(built).size, 'two services build one image name').toBe(built.length)
    for (const [name, service] of services) {
      if (service.build === undefined && service.image !== undefined && built.includes(service.image)) {
        expect(service.pull_policy, name).toBe('never')
      }
    }
  })

  it('writes no secret inline: passwords and keys come from the environment or a .env file', () => {
    const { text, services } = compose()
    for (const [, service] of services) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|KEY|SECRET|TOKEN/.test(name)) expect(String(value), name).toMatch(/^\$\{[A-Z_]+(:[-?][^}]*)?\}$/)
      }
    }
    expect(text).not.toMatch(/postgres:\/\/[^:]+:(?!\$\{)[^@]+@/)
  })
})

describe('the cluster compose file', () => {
  const { file, text } = readCompose('deploy/compose.cluster.yaml')
  const caddyfile = read('deploy/Caddyfile')
  const imageEnv = parseDockerfile(read('Dockerfile'))
    .filter((instruction) => instruction.keyword === 'ENV')
    .map((instruction) => instruction.args)
    .join(' ')
  const imagePort = /(?:^|\s)PORT=(\d+)\b/.exec(imageEnv)?.[1]

  it("reads the nodes' port from the image", () => {
    expect(imagePort).toMatch(/^\d+$/)
  })

  it('sends Caddy only to Plenary nodes it defines, on their port, each with its own NODE_ID', () => {
    const upstreams = /reverse_proxy ([^{]+)\{/.exec(caddyfile)?.[1]?.trim().split(/\s+/) ?? []
    expect(upstreams.length).toBe(2)
    const nodeIds = new Set<string>()
    for (const upstream of upstreams) {
      const [name = '', port] = upstream.split(':')
      const env = file.services[name]?.environment
      expect(env, `${name} is a service`).toBeDefined()
      // The port the node listens on: the image's, unless the compose file overrides it.
      expect(port).toBe(String(env?.PORT ?? imagePort))
      expect(env?.TRUST_PROXY).toBe(1)
      expect(String(env?.DATABASE_URL)).toMatch(/^postgres:\/\/.+@postgres:5432\//)
      expect(env?.REDIS_URL).toBe('redis://redis:6379')
      nodeIds.add(String(env?.NODE_ID))
    }
    expect(nodeIds.size).toBe(upstreams.length)
    expect(caddyfile).toMatch(/health_uri \/readyz/)
  })

  it('documents in .env.example every variable it reads', () => {
    const example = read('deploy/.env.example')
    const used = new Set([...text.matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]))
    for (const name of used) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'))
  })
})

describe('the Dockerfile', () => {
  const instructions = parseDockerfile(read('Dockerfile'))
  const runtimeStage = Math.max(...instructions.map((instruction) => instruction.stage))
  const runtime = instructions.filter((instruction) => instruction.stage === runtimeStage)
  const last = (keyword: string) => runtime.filter((instruction) => instruction.keyword === keyword).at(-1)?.args

  it('builds and runs on one base image, so the native SQLite module matches', () => {
    const bases = instructions.filter((instruction) => instruction.keyword === 'FROM').map((from) => from.args.split(' ')[0])
    expect(bases.length).toBe(2)
    expect(new Set(bases).size).toBe(1)
  })

  it('runs as a user that is not root, with its data in the /data volume', () => {
    expect(last('USER')).toMatch(/^(?!root$|0$)\S+$/)
    expect(last('VOLUME')).toBe('/data')
    expect(runtime.filter((i) => i.keyword === 'ENV').map((i) => i.args)).toContainEqual(expect.stringMatching(/\bDATA_DIR=\/data\b/))
    expect(last('CMD')).toBe('["node", "server/index.js"]')
  })

  it('copies nothing into the runtime image but the release', () => {
    const copies = runtime.filter((instruction) => ['COPY', 'ADD'].includes(instruction.keyword)).map((i) => parseCopy(i.args))
    expect(copies.length).toBeGreaterThan(0)
    for (const copy of copies) expect(copy.options.from).toBe('build')
  })
})

describe('.dockerignore', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))

  it("keeps the host's state out of the image: everything git ignores, the git history and .env files", () => {
    const gitIgnored = read('.gitignore')
      .split('\n')
      .map((line) => line.trim().replace(/^\/|\/$/g, ''))
      .filter((line) => line !== '' && !line.startsWith('#'))
    const covers = (entry: string) => ignored.some((pattern) => [entry, `**/${entry}`].includes(pattern) || entry.startsWith(`${pattern}/`))
    for (const entry of [...gitIgnored, '.git', '**/.env', 'node_modules', 'data', 'release']) expect(covers(entry), entry).toBe(true)
  })
})

describe('the release as the image and the systemd unit run it', () => {
  const unit = parseUnit(read('deploy/plenary.service'))
  const dockerfile = parseDockerfile(read('Dockerfile'))
  const healthcheck = healthcheckCommand(dockerfile.find((instruction) => instruction.keyword === 'HEALTHCHECK')?.args ?? '')
  let release: UnpackedRelease
  let dataDir: string
  let running: RunningRelease

  const runHealthcheck = async (port: number): Promise<number> => {
    const [program, ...args] = healthcheck
    expect(program).toBe('node')
    try {
      await run(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String(port) }, timeout: 10_000 })
      return 0
    } catch (error) {
      return z.object({ code: z.number() }).parse(error).code
    }
  }

  beforeAll(async () => {
    release = await unpackRelease()
    dataDir = tempDataDir()
    // What systemd does: the unit's command and Environment=, with /opt/plenary where the release
    // was unpacked, the StateDirectory a temporary folder, and this Node for /usr/bin/node.
    const execStart = unitValue(unit, 'Service', 'ExecStart')?.split(/\s+/) ?? []
    expect(execStart[0]).toBe('/usr/bin/node')
    const command = [process.execPath, ...execStart.slice(1).map((word) => word.replace(/^\/opt\/plenary(?=\/|$)/, release.dir))]
    const cwd = (unitValue(unit, 'Service', 'WorkingDirectory') ?? '/').replace(/^\/opt\/plenary(?=\/|$)/, release.dir)
    running = await startRelease({ cwd, command, env: { ...unitEnvironment(unit), DATA_DIR: dataDir } })
  }, 60_000)

  afterAll(async () => {
    await running?.stop()
    release?.remove()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('has every path the Dockerfile copies out of the build stage, from a tarball of one folder', () => {
    expect(release.topLevel).toEqual([expect.stringMatching(/^plenary-/)])
    const copies = dockerfile.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => parseCopy(instruction.args))
    const fromBuild = copies.filter((copy) => copy.options.from === 'build').flatMap((copy) => copy.sources)
    expect(fromBuild.length).toBeGreaterThanOrEqual(4)
    for (const source of fromBuild) {
      expect(source, 'the build stage unpacks the release into /release').toMatch(/^\/release\//)
      expect(existsSync(join(release.dir, posix.relative('/release', source))), source).toBe(true)
    }
    const workdir = dockerfile.filter((instruction) => instruction.keyword === 'WORKDIR').at(-1)?.args
    expect(workdir).toBe(dirname(dirname(unitValue(unit, 'Service', 'ExecStart')?.split(/\s+/)[1] ?? '')))
  })

  it("starts from the unit's ExecStart with the unit's environment and serves the board", async () => {
    expect(unitEnvironment(unit).DATA_DIR).toBe(`/var/lib/${unitValue(unit, 'Service', 'StateDirectory')}`)
    const page = await fetch(`${running.origin}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    const board = await createBoard(running.origin, 'Asamblea de 31 cooperativas: Łódź, 東京, Αθήνα')
    expect(board.links.participant).toContain(board.id)
    // The unit's DATA_DIR is where the board went.
    expect(readdirSync(dataDir).length).toBeGreaterThan(0)
  })

  it("passes the image's HEALTHCHECK while it runs", async () => {
    expect(await runHealthcheck(running.port)).toBe(0)
  })

  it('stops on SIGTERM with exit code 0, and the HEALTHCHECK then fails', async () => {
    expect(await running.stop()).toBe(0)
    expect(await runHealthcheck(running.port)).not.toBe(0)
  })

  it('is hardened: no privileges, a read-only system, only its state folder writable', () => {
    const service = (key: string) => unitValue(unit, 'Service', key)
    expect(service('NoNewPrivileges')).toBe('yes')
    expect(service('ProtectSystem')).toBe('strict')
    expect(service('CapabilityBoundingSet')).toBe('')
    expect(service('RestrictAddressFamilies')).toBe('AF_INET AF_INET6 AF_UNIX')
    expect(service('UMask')).toBe('0077')
    // V8 writes machine code into memory it then runs: Node cannot start under it.
    expect(service('MemoryDenyWriteExecute')).toBeUndefined()
  })
})
