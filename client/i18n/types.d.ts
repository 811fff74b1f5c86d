/** Message keys checked by the compiler: a `t('…')` with a key English lacks does not build. */
import type en from './locales/en.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}
