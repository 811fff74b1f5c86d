/** The "Import from Miro…" entry of the Export menu (facilitators only) and its dialog. */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { FeatureDoc } from '../../sync/featureDoc'
import type { ExportAction } from '../boardFeature'
import { MiroImportDialog } from './MiroImportDialog'

/** No entry unless `allowed` (a facilitator's session) and the document is writable. */
export function useMiroImport(
  editor: Editor | null,
  features: FeatureDoc | null,
  allowed: boolean,
): { actions: ExportAction[]; dialog: ReactNode } {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  if (!allowed || !features?.canWrite) return { actions: [], dialog: null }
  const actions: ExportAction[] = [
    {
      id: 'miro-import',
      group: 'import',
      label: t('miro.menu.label'),
      description: t('miro.menu.description'),
      run: () => setOpen(true),
    },
  ]
  const dialog = open && editor ? <MiroImportDialog editor={editor} features={features} onClose={() => setOpen(false)} /> : null
  return { actions, dialog }
}
