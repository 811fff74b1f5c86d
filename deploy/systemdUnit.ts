/**
 * Reads a systemd unit file into sections and settings, as far as the deployment tests need:
 * every assignment of a key kept in order (systemd adds them up; an empty one resets the list).
 */

/** Section name → key → the values assigned, in order. */
export type SystemdUnit = Map<string, Map<string, string[]>>

/** The sections and settings of `text`; throws on a line that is neither. */
export function parseUnit(text: string): SystemdUnit {
  const unit: SystemdUnit = new Map()
  let section: Map<string, string[]> | undefined
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[([^\]]+)\]$/.exec(line)
    if (header?.[1]) {
      section = new Map()
      unit.set(header[1], section)
      continue
    }
    const setting = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line)
    if (!setting?.[1] || !section) throw new Error(`line ${index + 1} is not a setting inside a section: ${line}`)
    const values = section.get(setting[1]) ?? []
    values.push((setting[2] ?? '').trim())
    section.set(setting[1], values)
  }
  return unit
}

/** The last value of `key` in `section` (what systemd uses for a single-valued setting). */
export function unitValue(unit: SystemdUnit, section: string, key: string): string | undefined {
  return unit.get(section)?.get(key)?.at(-1)
}

/** The variables of every `Environment=` line of [Service], as systemd reads them (quotes allowed). */
export function unitEnvironment(unit: SystemdUnit): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of unit.get('Service')?.get('Environment') ?? []) {
    for (const word of splitWords(line)) {
      const equals = word.indexOf('=')
      if (equals > 0) env[word.slice(0, equals)] = word.slice(equals + 1)
    }
  }
  return env
}

/** Splits on spaces outside double or single quotes, dropping the quotes. */
export function splitWords(line: string): string[] {
  return [...line.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((match) => match[0].replace(/["']/g, ''))
}
