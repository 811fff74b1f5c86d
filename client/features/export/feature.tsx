/**
 * The Export menu in the top bar, listing the meeting's minutes first and then every feature's
 * export actions (gathered by the board in registry order), and the minutes dialog.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardFeature, BoardFeatureContext, ExportAction, FeatureParts } from '../boardFeature'
import { ExportMenu } from './ExportMenu'
import { MinutesDialog } from './MinutesDialog'

function useExport({ board, token }: BoardFeatureContext): FeatureParts {
  const { t } = useTranslation()
  const [minutesOpen, setMinutesOpen] = useState(false)
  const minutes: ExportAction = {
    id: 'minutes',
    group: 'minutes',
    label: t('export.minutes.label'),
    description: t('export.minutes.description'),
    run: () => setMinutesOpen(true),
  }
  return {
    topBar: (gathered) => <ExportMenu actions={[minutes, ...gathered.exportActions]} />,
    dialogs: minutesOpen && (
      <MinutesDialog boardId={board.id} boardTitle={board.title} token={token} onClose={() => setMinutesOpen(false)} />
    ),
  }
}

/** The export entry of the registry. */
export const exportFeature: BoardFeature = {
  id: 'export',
  namespaces: ['export', 'minutes'],
  useFeature: useExport,
}
