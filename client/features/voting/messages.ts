/** This feature's messages ("voting", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type VotingMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends VotingMessages {}
}
