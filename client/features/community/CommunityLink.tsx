/**
 * The way back from a community's board to its page, in the top bar: the community's name, a
 * link carrying the person's token when it is the community's. A board attached to a community
 * keeps its own tokens, which the community refuses: the link then carries none, and the page
 * uses the token the person keeps for the community, if any.
 */
import { useTranslation } from 'react-i18next'
import { communityPath, withToken } from '../../community/communityLink'

/** Props of {@link CommunityLink}. */
export interface CommunityLinkProps {
  communityId: string
  name: string
  /** The community token this board was opened with, or null when it was opened with the board's own. */
  token: string | null
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path
      d="M2.5 7.5L8 3l5.5 4.5M4 6.5V13h3v-3h2v3h3V6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)

/** A top-bar link to `/c/<id>`, with `#token=…` when there is a community token. */
export function CommunityLink({ communityId, name, token }: CommunityLinkProps) {
  const { t } = useTranslation()
  return (
    <a
      className="button button--bar community-link"
      href={token === null ? communityPath(communityId) : withToken(communityPath(communityId), token)}
      title={t('community.link.title', { name })}
      data-testid="community-home-link"
    >
      {icon}
      <span className="community-link__name compact-label">{t('community.link.label', { name })}</span>
    </a>
  )
}
