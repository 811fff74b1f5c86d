#!/usr/bin/env node
// `npm start`: build once, run compiled. Builds only when dist/ is missing or older than a source
// (one line says which and why), then runs the compiled server in this same process: no child
// node and no tsx, so signals reach the server directly and a restart in a crash loop costs no build.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureBuilt, root } from './build.mjs'

ensureBuilt()
await import(pathToFileURL(join(root, 'dist/server/index.js')).href)
