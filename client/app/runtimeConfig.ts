/**
 * Configuration the server injects at runtime as `window.__PLENARY_CONFIG__`, so a deployer
 * changes it without rebuilding the client. Untrusted shape: validated before use.
 */

declare global {
  interface Window {
    __PLENARY_CONFIG__?: unknown
  }
}

/** The runtime settings the client understands. */
export interface RuntimeConfig {
  /** tldraw licence key for production deployments on HTTPS (see README). */
  tldrawLicenseKey?: string
}

/** Reads and validates the injected config; anything malformed is ignored. */
export function readRuntimeConfig(source: unknown = globalThis.window?.__PLENARY_CONFIG__): RuntimeConfig {
  if (typeof source !== 'object' || source === null) return {}
  const { tldrawLicenseKey } = source as Record<string, unknown>
  if (typeof tldrawLicenseKey === 'string' && tldrawLicenseKey.trim().length > 0) {
    return { tldrawLicenseKey: tldrawLicenseKey.trim() }
  }
  return {}
}
