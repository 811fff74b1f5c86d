/**
 * Message keys checked by the compiler: a `t('…')` with a key English lacks does not build.
 * The core's English file, and each feature's, merged into FeatureMessages from its folder.
 */
import type { FeatureMessages } from './featureMessages'
import type coreEn from './locales/en.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof coreEn & FeatureMessages }
  }
}
