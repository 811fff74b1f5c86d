/**
 * zod 4 probes once whether it may compile fast parsers with `new Function`. The page's
 * Content-Security-Policy forbids eval (server/http/securityHeaders.ts), so the probe only
 * fails and is reported as a violation: tell zod up front to parse without compiling.
 * Imported first by main.tsx, before anything parses.
 */
import { config } from 'zod'

config({ jitless: true })
