/** This feature's messages ("relations", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type RelationsMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends RelationsMessages {}
}
