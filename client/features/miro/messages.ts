/** This feature's messages ("miro", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type MiroMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends MiroMessages {}
}
