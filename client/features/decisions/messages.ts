/** This feature's messages ("decisions", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type DecisionsMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends DecisionsMessages {}
}
