/**
 * Relations between coops drawn on the board: an arrow from one coop's corner to another's,
 * labelled from the community's list ("works with", "mentors"…), is a relation the community
 * page and the public directory show. This entry gives participants and facilitators the label
 * picker over such an arrow; viewers see the labels only.
 */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { RelationsContext } from './relationsContext'
import { RelationToolbar } from './RelationToolbar'
import { useRelationFacts } from './useRelationFacts'

function useRelations({ doc, board }: BoardFeatureContext): FeatureParts {
  const facts = useRelationFacts(doc)
  const canLabel = board.role !== Role.viewer
  return {
    wrapCanvas: (canvas) => <RelationsContext.Provider value={canLabel ? facts : null}>{canvas}</RelationsContext.Provider>,
  }
}

/** The relations entry of the registry. */
export const relationsFeature: BoardFeature = {
  id: 'relations',
  namespaces: ['relations'],
  useFeature: useRelations,
  inFrontOfCanvas: RelationToolbar,
}
