/** The stage's parts over the canvas: the presenter's outline and the banner. */
import type { Editor } from 'tldraw'
import { PresenterOutline } from './PresenterOutline'
import { StageBanner } from './StageBanner'
import type { StageSession } from './useStageSession'
import './stage.css'

/** The outline of the presenter's view; place it over the editor, under the notices. */
export function StageOutline({ editor, stage }: { editor: Editor | null; stage: StageSession }) {
  if (!editor || !stage.outline) return null
  return <PresenterOutline editor={editor} view={stage.outline.view} label={stage.outline.presenter.presenterLabel} />
}

/** The stage banner; place it in the notices area. */
export function StageNotice({ stage }: { stage: StageSession }) {
  if (!stage.banner) return null
  return (
    <StageBanner
      mode={stage.banner}
      onRelease={stage.controls?.release ?? null}
      onGoToPresenter={stage.goToPresenter}
      onHideSummons={stage.hideSummons}
    />
  )
}
