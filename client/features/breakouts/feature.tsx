/**
 * Breakout groups: the facilitator's panel, the bar with the timer, the group areas' labels,
 * and, while a person is in a running group, their view held in the group's area.
 */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { BreakoutBar } from './BreakoutBar'
import { BreakoutsButton } from './BreakoutsButton'
import { BreakoutsPanel } from './BreakoutsPanel'
import { groupOf, membershipOf, presentParticipants } from './breakoutView'
import { BreakoutAreasContext, GroupAreaLabels } from './GroupAreaLabels'
import { useBreakoutsFeature } from './useBreakoutsFeature'

function useBreakouts(context: BoardFeatureContext): FeatureParts {
  const { editor, doc, participant, board, clock, peers } = context
  const { data, actions } = useBreakoutsFeature({
    editor,
    features: doc,
    setPresenceFilter: context.setPresenceFilter,
    self: participant,
    role: board.role,
    clock,
  })
  const running = data.session?.status === 'running'
  const member = membershipOf(data, participant.id)
  return {
    panel:
      board.role === Role.facilitator
        ? {
            button: (slot) => (
              <BreakoutsButton
                open={slot.open}
                panelId={slot.id}
                calls={running ? data.calls.length : 0}
                running={running}
                onToggle={slot.onToggle}
              />
            ),
            content: (slot) => (
              <BreakoutsPanel
                id={slot.id}
                editor={editor}
                features={doc}
                data={data}
                clock={clock}
                actions={actions}
                people={presentParticipants(peers)}
                presentIds={new Set([participant.id, ...peers.map((peer) => peer.id)])}
                onClose={slot.onClose}
              />
            ),
          }
        : undefined,
    notices: clock && <BreakoutBar editor={editor} data={data} clock={clock} actions={actions} self={participant} role={board.role} />,
    // The group area labels, drawn inside tldraw's tree, read the breakouts from this context.
    wrapCanvas: (canvas) => <BreakoutAreasContext.Provider value={data}>{canvas}</BreakoutAreasContext.Provider>,
    claimsView: running && member !== null,
    // In a running group, new notes go into the group's area.
    noteHome: running && member ? () => groupOf(data.session, member.groupId)?.areaId ?? null : undefined,
  }
}

/** The breakouts entry of the registry. */
export const breakoutsFeature: BoardFeature = {
  id: 'breakouts',
  namespaces: ['breakouts'],
  useFeature: useBreakouts,
  noticeOrder: 10,
  inFrontOfCanvas: GroupAreaLabels,
}
