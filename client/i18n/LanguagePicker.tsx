/** A select of the shipped languages; choosing one switches the whole app, tldraw included. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { changeLanguage, SHIPPED_LANGUAGES } from './i18n'
import './languagePicker.css'

/** Props of {@link LanguagePicker}. */
export interface LanguagePickerProps {
  className?: string
}

/** The language select, labelled "Language" in the current language. */
export function LanguagePicker({ className }: LanguagePickerProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <span className={`language-picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="language-picker__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-picker__select"
        data-testid="language-picker"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => changeLanguage(event.target.value)}
      >
        {SHIPPED_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </span>
  )
}
