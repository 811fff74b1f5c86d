import { defineConfig } from 'vite'

// The server, compiled once to dist/server/index.js (plain ESM for Node 20), so production runs
// `node` alone: no tsx, no esbuild. Every npm package stays an import, installed as a runtime
// dependency; only our own code (server/ and the shared/ modules it uses) is bundled.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: {
    target: 'node',
    // External is the SSR default for packages; said here so a linked package cannot slip in.
    external: true,
  },
  build: {
    ssr: 'server/index.ts',
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    // The client's build goes to dist/client; this build copies nothing from public/.
    copyPublicDir: false,
    rolldownOptions: {
      output: { format: 'esm', entryFileNames: 'index.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
