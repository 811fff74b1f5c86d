/**
 * Builds the bare-tldraw page of the render benchmark (bench/render/baseline) with the same
 * bundler settings as Plenary's client (vite.config.ts), into a directory the scenario picks.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: 'bench/render/baseline',
  publicDir: false,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
})
