/** This feature's messages ("snapshots", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type SnapshotsMessages = typeof en

declare module '../../i18n/featureMessages' {
  interface FeatureMessages extends SnapshotsMessages {}
}
