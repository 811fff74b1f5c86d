/** This feature's messages ("community", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type CommunityMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends CommunityMessages {}
}
