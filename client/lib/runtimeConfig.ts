/**
 * Configuration the server injects at runtime into index.html, as a JSON data block
 * (`<script type="application/json" id="plenary-config">`), so a deployer changes it without
 * rebuilding the client and the Content-Security-Policy needs no inline script. Untrusted
 * shape: validated before use.
 */
import { RUNTIME_CONFIG_ELEMENT_ID } from '../../shared/protocol'

/** The runtime settings the client understands. */
export interface RuntimeConfig {
  /** tldraw licence key for production deployments on HTTPS (see README). */
  tldrawLicenseKey?: string
}

/** The injected block's parsed JSON; undefined when it is missing (Vite's dev server) or not JSON. */
export function injectedConfig(root: Pick<Document, 'getElementById'> | undefined = globalThis.document): unknown {
  const text = root?.getElementById(RUNTIME_CONFIG_ELEMENT_ID)?.textContent
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Reads and validates the injected config; anything malformed is ignored. */
export function readRuntimeConfig(source: unknown = injectedConfig()): RuntimeConfig {
  if (typeof source !== 'object' || source === null) return {}
  const { tldrawLicenseKey } = source as Record<string, unknown>
  if (typeof tldrawLicenseKey === 'string' && tldrawLicenseKey.trim().length > 0) {
    return { tldrawLicenseKey: tldrawLicenseKey.trim() }
  }
  return {}
}
