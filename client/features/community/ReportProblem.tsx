/** Why passing the floor or finishing the working groups' report did not happen, in the facilitator's language. */
import { useTranslation } from 'react-i18next'

/** Props of {@link ReportProblem}. */
export interface ReportProblemProps {
  message: string
  onDismiss: () => void
}

/** A warning in the notices area, until dismissed. */
export function ReportProblem({ message, onDismiss }: ReportProblemProps) {
  const { t } = useTranslation()
  return (
    <div className="notice notice--warning" role="alert" data-testid="wg-report-problem">
      <span>{message}</span>
      <button type="button" className="notice__action" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  )
}
