/** A full page explaining why the board cannot be shown, with a reload when that can help. */
import { useTranslation } from 'react-i18next'
import { StatusPage } from '../app/StatusPage'
import type { ProblemText } from './accessProblems'

/** Props of {@link AccessProblemPage}. */
export interface AccessProblemPageProps {
  text: ProblemText
  /** A stable name for the problem, for tests and support ("data-problem"). */
  problem: string
}

/** The problem's title and explanation in the app's status card. */
export function AccessProblemPage({ text, problem }: AccessProblemPageProps) {
  const { t } = useTranslation()
  return (
    <StatusPage
      title={text.title}
      tone="problem"
      problem={problem}
      actions={
        text.reload ? (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('common.reloadPage')}
          </button>
        ) : undefined
      }
    >
      <p>{text.body}</p>
    </StatusPage>
  )
}
