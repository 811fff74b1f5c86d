/** The community pages' messages ("communityPage", in ./locales) join the keys `t()` accepts. */
import type en from './locales/en.json'

type CommunityPageMessages = typeof en

declare module '../i18n/featureMessages' {
  interface FeatureMessages extends CommunityPageMessages {}
}
