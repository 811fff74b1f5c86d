/**
 * Reading a server's `GET /metrics` in tests: the Prometheus text format parsed into samples,
 * so assertions name a metric and its labels instead of matching text.
 */

/** One sample line: name, labels and value. */
export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g

/** Parses Prometheus text exposition (comments skipped). */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const match = SAMPLE.exec(line)
    if (!match?.[1] || match[3] === undefined) throw new Error(`not a sample line: ${line}`)
    const labels: Record<string, string> = {}
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) if (key) labels[key] = value ?? ''
    samples.push({ name: match[1], labels, value: Number(match[3]) })
  }
  return samples
}

/** Sum of the samples of `name` whose labels include `labels` (NaN when there is none). */
export function metricValue(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  const matching = samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )
  return matching.length === 0 ? Number.NaN : matching.reduce((sum, sample) => sum + sample.value, 0)
}

/** Fetches and parses `origin`/metrics. */
export async function scrape(origin: string): Promise<Sample[]> {
  const response = await fetch(`${origin}/metrics`)
  if (response.status !== 200) throw new Error(`GET /metrics: ${response.status}`)
  return parseMetrics(await response.text())
}
