/**
 * A "Choose file…" button: a visually hidden file input with its label styled as a button
 * (styles in features/corners/importDialog.css, which every import dialog loads).
 */
import type { ReactNode, Ref } from 'react'

/** Props of {@link FileButton}. */
export interface FileButtonProps {
  id: string
  /** The input's accept attribute. */
  accept: string
  testId: string
  /** Called with the chosen file, or undefined when none was chosen. */
  onFile?: (file: File | undefined) => void
  /** Given, several files may be chosen at once, and this is called with all of them. */
  onFiles?: (files: File[]) => void
  inputRef?: Ref<HTMLInputElement>
  /** The button's text, e.g. "Upload CSV file…". */
  children: ReactNode
}

/** The input and its button-like label. */
export function FileButton({ id, accept, testId, onFile, onFiles, inputRef, children }: FileButtonProps) {
  return (
    <span className="import-dialog__file">
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        multiple={onFiles !== undefined}
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          if (onFiles) onFiles(files)
          else onFile?.(files[0])
          // Choosing the same file again after editing it must read it again.
          event.target.value = ''
        }}
      />
      <label htmlFor={id} className="button button--secondary button--bar import-dialog__file-button">
        {children}
      </label>
    </span>
  )
}
