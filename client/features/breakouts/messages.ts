/** This feature's messages ("breakouts", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type BreakoutsMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends BreakoutsMessages {}
}
