/** "Standing board": the community's board between meetings, where the working groups' areas stay open. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { handleLinkClick } from '../app/router'
import { boardLinkWithToken } from './boardLinks'
import type { SectionProps } from './useCommunity'

/** A link to the standing board with the person's token. */
export function StandingBoard({ view, token }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const href = boardLinkWithToken(view.standingBoard.id, token)
  return (
    <section className="community__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('communityPage.standing.title')}</h2>
      <p className="community__muted">{t('communityPage.standing.text')}</p>
      <a
        className="button button--secondary community__standing"
        href={href}
        data-testid="standing-board"
        onClick={(event) => handleLinkClick(event, href)}
      >
        {t('communityPage.standing.open')}
      </a>
    </section>
  )
}
