/** This feature's messages ("meeting", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type MeetingMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends MeetingMessages {}
}
