/** "Following Ana · Coop — Stop": shown over the canvas while following someone's view. */
import { Trans, useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'

/** Props of {@link FollowingBanner}. */
export interface FollowingBannerProps {
  editor: Editor
  peer: Participant
}

/** A pill in the peer's colour with a button to stop following. */
export function FollowingBanner({ editor, peer }: FollowingBannerProps) {
  const { t } = useTranslation()
  return (
    <div className="notice notice--following" data-testid="following-banner" role="status" style={{ borderColor: peer.color }}>
      <span className="dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
      <span>
        <Trans i18nKey="board.following.banner" values={{ label: participantLabel(peer) }} components={{ strong: <strong /> }} />
      </span>
      <button type="button" className="notice__action" onClick={() => editor.stopFollowingUser()}>
        {t('board.following.stop')}
      </button>
    </div>
  )
}
