import { describe, expect, it } from 'vitest'
import { distinctiveNames, layoutGraph, shortenName } from './graphLayout'

const NAMES = [
  'Cooperativa de Trabajo Tecnológica del Sur Limitada',
  'Spółdzielnia Łódź Software',
  '東京テック協同組合',
  'Συνεργατική Αθήνας',
  'Tech Workers Coop',
  'Çağrı Yazılım Kooperatifi',
]
const coops = Array.from({ length: 31 }, (_, index) => ({ id: `coop-${index}`, name: `${NAMES[index % NAMES.length] ?? ''} ${index}` }))

describe('the relationship map layout', () => {
  it('keeps 31 coops apart on a circle that fits in its box', () => {
    const layout = layoutGraph(coops, [])
    expect(layout.nodes).toHaveLength(31)
    const distances = layout.nodes.map((node, index) => {
      const next = layout.nodes[(index + 1) % layout.nodes.length] ?? node
      return Math.hypot(next.x - node.x, next.y - node.y)
    })
    // Names run along the radius: neighbours a line height apart never overlap.
    expect(Math.min(...distances)).toBeGreaterThanOrEqual(23)
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThan(0)
      expect(node.x).toBeLessThan(layout.width)
      expect(node.y).toBeLessThan(layout.height)
      expect([...node.shortName].length).toBeLessThanOrEqual(24)
    }
  })

  it('turns the names on the left half round, anchored at their dot', () => {
    const layout = layoutGraph(coops.slice(0, 4), [])
    const left = layout.nodes.filter((node) => node.x < layout.width / 2 - 1)
    expect(left.length).toBeGreaterThan(0)
    for (const node of left) expect(node.anchor).toBe('end')
    for (const node of layout.nodes.filter((n) => n.x > layout.width / 2 + 1)) expect(node.anchor).toBe('start')
  })

  it('draws one edge per pair and label, and skips unknown coops and loops', () => {
    const layout = layoutGraph(coops.slice(0, 3), [
      { source: 'coop-0', target: 'coop-1', label: 'works with' },
      { source: 'coop-1', target: 'coop-0', label: 'works with' },
      { source: 'coop-0', target: 'coop-1', label: 'mentors' },
      { source: 'coop-0', target: 'coop-0', label: 'mentors' },
      { source: 'coop-0', target: 'gone', label: 'mentors' },
    ])
    expect(layout.edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual([
      ['coop-0', 'coop-1', 'works with'],
      ['coop-0', 'coop-1', 'mentors'],
    ])
    expect(layout.labels).toEqual(['works with', 'mentors'])
    const a = layout.nodes.find((node) => node.id === 'coop-0')
    expect(layout.edges[0]).toMatchObject({ x1: a?.x, y1: a?.y, labelIndex: 0 })
  })
})

describe('shortenName', () => {
  it('keeps short names and cuts long ones at a word with an ellipsis', () => {
    expect(shortenName('Spółdzielnia Łódź', 24)).toBe('Spółdzielnia Łódź')
    expect(shortenName('Cooperativa de Trabajo Tecnológica del Sur Limitada', 24)).toBe('Cooperativa de Trabajo…')
    expect(shortenName('東京テック協同組合東京テック協同組合東京テック協同組合', 10)).toBe('東京テック協同組合…')
  })
})

const TRABAJO = [
  'Cooperativa de Trabajo La Esperanza Limitada',
  'Cooperativa de Trabajo Textiles Unidos',
  'Cooperativa de Trabajo Gráfica Patricios',
  'Cooperativa de Vivienda Río Ñandú',
  'Spółdzielnia Pracy Łódź',
]

describe('distinctiveNames', () => {
  it('drops the words long names share at their start, so each drawn name differs', () => {
    const drawn = distinctiveNames(TRABAJO, 24)
    expect(drawn).toEqual([
      '…La Esperanza Limitada',
      '…Textiles Unidos',
      '…Gráfica Patricios',
      '…Vivienda Río Ñandú',
      'Spółdzielnia Pracy Łódź',
    ])
    expect(new Set(distinctiveNames(TRABAJO, 14)).size).toBe(TRABAJO.length)
    for (const name of distinctiveNames(TRABAJO, 14)) expect([...name].length).toBeLessThanOrEqual(14)
  })

  it('keeps more of two names that would otherwise be drawn alike', () => {
    const names = [...TRABAJO, 'Cooperativa de Trabajo Río Ñandú', 'Cooperativa de Vivienda Barracas']
    const drawn = distinctiveNames(names, 24)
    expect(drawn).toContain('…Trabajo Río Ñandú')
    expect(drawn).toContain('…Vivienda Río Ñandú')
    expect(new Set(drawn).size).toBe(names.length)
  })

  it('cuts a long name nothing else starts like at its end', () => {
    expect(distinctiveNames(['東京テック協同組合東京テック協同組合', 'Tech Workers Coop'], 10)).toEqual([
      '東京テック協同組合…',
      'Tech Work…',
    ])
  })
})

describe('a numbered map', () => {
  it('draws numbers in name order, leaving a smaller box than names do', () => {
    const named = layoutGraph(coops, [])
    const numbered = layoutGraph(coops, [], { numbered: true })
    expect(numbered.nodes.map((node) => node.shortName)).toEqual(coops.map((_, index) => String(index + 1)))
    expect(numbered.nodes.map((node) => node.id)).toEqual(named.nodes.map((node) => node.id))
    expect(numbered.width).toBeLessThan(named.width * 0.75)
  })
})
