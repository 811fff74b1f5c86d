/**
 * The "Member list" field both roster imports share (a board's and a community's): the label with
 * its upload button, the text area to paste into, the format hint, and what went wrong with a file.
 */
import type { ReactNode, Ref } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { FileButton } from '../../ui/FileButton'

/** Props of {@link MemberListField}. */
export interface MemberListFieldProps {
  /** Element ids of the text area, its hint and the file input. */
  ids: { text: string; hint: string; file: string }
  /** The file input's accept attribute. */
  accept: string
  text: string
  textRef?: Ref<HTMLTextAreaElement>
  placeholder?: string
  onChange: (text: string) => void
  /** Called with the chosen file, or undefined when none was chosen. */
  onFile: (file: File | undefined) => void
  /** Shown under the hint, e.g. which file the text came from. */
  note?: ReactNode
  /** Why the chosen file could not be read, in words; null when it could. */
  fileError: string | null
}

/** The field, in a `.field` block. */
export function MemberListField({ ids, accept, text, textRef, placeholder, onChange, onFile, note, fileError }: MemberListFieldProps) {
  const { t } = useTranslation()
  return (
    <div className="field">
      <div className="field__label-row">
        <label className="field__label" htmlFor={ids.text}>
          {t('coops.import.memberList')}
        </label>
        <FileButton id={ids.file} accept={accept} testId="import-roster-file" onFile={onFile}>
          {t('coops.import.upload')}
        </FileButton>
      </div>
      <textarea
        ref={textRef}
        id={ids.text}
        className="input import-dialog__text"
        value={text}
        rows={9}
        spellCheck={false}
        placeholder={placeholder}
        aria-describedby={ids.hint}
        data-testid="import-roster-text"
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field__hint" id={ids.hint}>
        <Trans i18nKey="coops.import.hint" components={{ code: <code /> }} />
      </p>
      {note}
      {fileError && (
        <p className="field__error" role="alert">
          {fileError}
        </p>
      )}
    </div>
  )
}
