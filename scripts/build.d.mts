// Types of build.mjs, for the TypeScript that imports it (deploy/build.test.ts).

/** The repository's root folder. */
export const root: string

/** What `npm run build` makes, relative to the root. */
export const BUILD_OUTPUTS: readonly string[]

/** Why `dir`'s dist/ must be built, or null when it is up to date. `dir` is the repository's root by default. */
export function reasonToBuild(dir?: string): string | null

/** Builds dist/ when it is missing or stale, printing one line that says which and why; exits on failure. */
export function ensureBuilt(): void
