/** This feature's messages ("areas", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type AreasMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends AreasMessages {}
}
