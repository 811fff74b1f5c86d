/** This feature's messages ("assets", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type AssetsMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends AssetsMessages {}
}
