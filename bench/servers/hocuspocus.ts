/**
 * The Hocuspocus peer as the benchmark runs it: `@hocuspocus/server` with its defaults and no
 * extensions (nothing stored), on 127.0.0.1:$PORT. Started as its own process by bench/lib/servers.ts.
 */
import { Server } from '@hocuspocus/server'

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true })
await server.listen()
process.on('SIGTERM', () => {
  void server.destroy().then(() => process.exit(0))
})
