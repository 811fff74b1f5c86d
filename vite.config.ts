import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
// With its extension: Vite's native config loader (to become the default) resolves no other way.
import { precompress } from './scripts/vite/precompress.ts'

const serverPort = process.env.PORT ?? '8080'

// The client lives in client/; the server serves the build from dist/client.
export default defineConfig({
  root: 'client',
  publicDir: false,
  // precompress: .br and .gz siblings of the built files, sent by content negotiation.
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // tldraw fetches its translation files; an inlined one would be a data: URL, which the
    // page's CSP (connect-src 'self') refuses. Other small assets are inlined as usual.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // Rolldown warns when plugins take most of the build. Here that is precompress's brotli at
      // quality 11, on purpose (paid once per build, not per request); it prints its own line
      // with the time it took.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/healthz': `http://localhost:${serverPort}`,
      '/sync': { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
})
