import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from './testing/freePort'
import { startTestServer, tempDir } from './testing/testServer'
import { listenFailure, StartError, storeFailure } from './startError'

describe('a start that fails for a reason the operator can fix', () => {
  let busy: Server
  let busyPort = 0
  beforeAll(async () => {
    busyPort = await freePort()
    busy = createServer()
    await new Promise<void>((resolve) => busy.listen(busyPort, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => busy.close(resolve))
  })

  it('names PORT when the port is taken, CLIENT_DIR when the client is not built, DATA_DIR when the database cannot be made', async () => {
    await expect(startTestServer({ port: busyPort })).rejects.toThrow(
      new StartError(`port ${busyPort} on 127.0.0.1 is already in use (PORT, HOST): another program, or another Plenary, listens there`),
    )
    const nowhere = join(tempDir(), 'nowhere')
    await expect(startTestServer({ clientDir: nowhere })).rejects.toThrow(
      new StartError(`the client is not built: ${nowhere}/index.html is missing (CLIENT_DIR). Run "npm run build" (npm start does it).`),
    )
    // A file where the data folder should be: as unusable as a folder without write access.
    const notAFolder = join(tempDir(), 'data')
    writeFileSync(notAFolder, 'not a folder')
    await expect(startTestServer({ dataDir: notAFolder })).rejects.toThrow(
      new RegExp(`^cannot open the SQLite database in ${notAFolder} \\(DATA_DIR\\): .*(EEXIST|ENOTDIR)`),
    )
  })

  it('names HOST when it is no address of this machine', () => {
    const error = Object.assign(new Error('listen EADDRNOTAVAIL: address not available 10.254.254.254:8080'), { code: 'EADDRNOTAVAIL' })
    expect(listenFailure(error, { port: 8080, host: '10.254.254.254' }).message).toBe(
      'HOST 10.254.254.254 is not an address of this machine',
    )
    const other = new Error('something else')
    expect(listenFailure(other, { port: 8080, host: '127.0.0.1' })).toBe(other)
  })

  it('tells what PostgreSQL said, with its causes, and never the password in DATABASE_URL', () => {
    const refused = Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' })
    const unavailable = new Error('PostgreSQL is unavailable', { cause: refused })
    const config = { databaseUrl: 'postgres://asamblea:p%C3%A1ss%20w0rd@db.coop.example:5432/plenary', dataDir: '/srv/plenary' }
    expect(storeFailure(unavailable, config).message).toBe(
      'cannot use the PostgreSQL database at db.coop.example:5432 (DATABASE_URL): PostgreSQL is unavailable: ECONNREFUSED',
    )
    const echoing = new Error('password "páss w0rd" was refused (p%C3%A1ss%20w0rd)')
    expect(storeFailure(echoing, config).message).toBe(
      'cannot use the PostgreSQL database at db.coop.example:5432 (DATABASE_URL): password "***" was refused (***)',
    )
  })
})
