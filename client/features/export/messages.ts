/** This feature's messages ("export", "minutes" and "pictures", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type ExportMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends ExportMessages {}
}
