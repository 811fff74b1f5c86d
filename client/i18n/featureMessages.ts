/**
 * The messages features bring from their own folders, as the compiler sees them. Empty here:
 * each feature's `messages.ts` adds its English tree by declaration merging, so a new feature's
 * `t()` keys are checked without editing client/i18n. Two features declaring one top-level key
 * with different messages do not compile (and the catalog throws at start, see catalogFrom).
 *
 * The augmentations are `.ts`, not `.d.ts`: skipLibCheck skips `.d.ts` files, and a broken
 * import there would silently turn every key into `any` instead of failing the typecheck.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the target of declaration merging: each feature's messages.ts extends it
export interface FeatureMessages {}
