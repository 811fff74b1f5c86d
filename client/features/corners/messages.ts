/** This feature's messages ("coops", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type CornersMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends CornersMessages {}
}
