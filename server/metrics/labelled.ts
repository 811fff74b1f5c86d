/** A helper shared by the metric modules. */
import { Counter, type Registry } from 'prom-client'

/**
 * A counter with one label whose every value gets a zero-valued series from the start, so
 * dashboards and rate() see each value before it first happens.
 */
export function labelledCounter<L extends string>(
  registers: Registry[],
  name: string,
  help: string,
  label: L,
  values: readonly string[],
): Counter<L> {
  const metric = new Counter({ name, help, labelNames: [label], registers })
  for (const value of values) {
    const labels: Partial<Record<L, string>> = {}
    labels[label] = value
    metric.inc(labels, 0)
  }
  return metric
}
