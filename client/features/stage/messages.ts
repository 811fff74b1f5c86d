/** This feature's messages ("stage", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type StageMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends StageMessages {}
}
