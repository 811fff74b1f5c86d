import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { precompress } from './scripts/vite/precompress'

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
  },
  server: {
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/healthz': `http://localhost:${serverPort}`,
      '/sync': { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
})
