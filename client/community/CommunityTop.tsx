/** The header of the community pages (members' and public): the wordmark home and the language picker. */
import { useTranslation } from 'react-i18next'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { Wordmark } from '../app/Logo'
import { handleLinkClick } from '../app/router'

/** The header. */
export function CommunityTop() {
  const { t } = useTranslation()
  return (
    <header className="community__top">
      <a href="/" onClick={(event) => handleLinkClick(event, '/')} aria-label={t('common.plenaryHome')}>
        <Wordmark />
      </a>
      <LanguagePicker className="community__language" />
    </header>
  )
}
