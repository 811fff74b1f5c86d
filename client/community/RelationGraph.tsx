/**
 * The relationship map as SVG: coops on a circle (names outward, full name in a tooltip; on a
 * phone, numbers with a numbered key below, so 31 names stay readable), one line per relation,
 * coloured by label, with a legend.
 */
import { useId, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { relationLabelText } from '../lib/relationLabelText'
import { layoutGraph, type GraphEdgeInput, type GraphNodeInput } from './graphLayout'
import './graph.css'

/** Line colours by label, distinguishable from one another and on white. */
const EDGE_COLORS = ['#1f6f5c', '#b5462b', '#3559a8', '#8a5300', '#7b3fa0', '#0f7c8c', '#a3245f', '#4f6b16']

const NARROW = '(max-width: 600px)'

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True on a phone-sized screen, where names around the circle would be drawn too small to read: numbers are drawn instead. */
function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches)
}

/** Props of {@link RelationGraph}. */
export interface RelationGraphProps {
  nodes: readonly GraphNodeInput[]
  edges: readonly GraphEdgeInput[]
}

/** The map; scales to its container's width. */
export function RelationGraph({ nodes, edges }: RelationGraphProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const narrow = useNarrow()
  const layout = useMemo(() => layoutGraph(nodes, edges, { numbered: narrow }), [nodes, edges, narrow])
  const color = (index: number) => EDGE_COLORS[index % EDGE_COLORS.length]
  return (
    <figure className="graph">
      <svg
        className="graph__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        data-testid="public-graph"
        style={narrow ? undefined : { maxWidth: layout.width }}
      >
        <title id={titleId}>{t('communityPage.public.graphLabel', { count: layout.nodes.length })}</title>
        <g className="graph__edges">
          {layout.edges.map((edge) => (
            <line
              key={`${edge.source}\n${edge.target}\n${edge.label}`}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              stroke={color(edge.labelIndex)}
              data-source={edge.source}
              data-target={edge.target}
              data-label={edge.label}
            >
              <title>{relationLabelText(edge.label, t)}</title>
            </line>
          ))}
        </g>
        <g className="graph__nodes">
          {layout.nodes.map((node) => (
            <g key={node.id} data-node={node.id}>
              <title>{node.name}</title>
              <circle cx={node.x} cy={node.y} r={5} />
              <text
                x={node.labelX}
                y={node.labelY}
                dominantBaseline="central"
                textAnchor={node.anchor}
                transform={`rotate(${node.rotate} ${node.labelX} ${node.labelY})`}
              >
                {node.shortName}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {(layout.labels.length > 0 || narrow) && (
        <figcaption className="graph__legend">
          {layout.labels.length > 0 && (
            <>
              <span className="visually-hidden">{t('communityPage.public.legend')}</span>
              <ul>
                {layout.labels.map((label, index) => (
                  <li key={label}>
                    <span className="graph__swatch" style={{ background: color(index) }} aria-hidden="true" />
                    {relationLabelText(label, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {narrow && (
            <ol className="graph__key" aria-label={t('communityPage.public.graphKey')} data-testid="graph-key">
              {layout.nodes.map((node) => (
                <li key={node.id}>{node.name}</li>
              ))}
            </ol>
          )}
        </figcaption>
      )}
    </figure>
  )
}
