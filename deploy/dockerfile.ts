/**
 * Reads a Dockerfile into its instructions, as far as the deployment tests need: continuation
 * lines joined, comments dropped, each instruction numbered by its build stage.
 */

/** One instruction: its keyword (upper case), the rest of its line, and its stage (0 = the first FROM). */
export interface DockerInstruction {
  readonly keyword: string
  readonly args: string
  readonly stage: number
}

/** The instructions of `text`, in order. */
export function parseDockerfile(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = []
  let pending = ''
  let stage = -1
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    // Comments may stand between continuation lines too; Docker drops them.
    if (line.startsWith('#') || (line === '' && pending === '')) continue
    const continued = line.endsWith('\\')
    pending += ` ${continued ? line.slice(0, -1) : line}`
    if (continued) continue
    const match = /^(\S+)\s*(.*)$/.exec(pending.trim())
    pending = ''
    if (!match?.[1]) continue
    const keyword = match[1].toUpperCase()
    if (keyword === 'FROM') stage += 1
    instructions.push({ keyword, args: (match[2] ?? '').replace(/\s+/g, ' '), stage })
  }
  return instructions
}

/** A COPY's options (`--from=build` → from: build), sources and destination. */
export interface DockerCopy {
  readonly options: Readonly<Record<string, string>>
  readonly sources: readonly string[]
  readonly destination: string
}

/** Splits a COPY instruction's arguments (the shell form; the JSON form is not used here). */
export function parseCopy(args: string): DockerCopy {
  const words = args.split(' ').filter((word) => word !== '')
  const options: Record<string, string> = {}
  while (words[0]?.startsWith('--')) {
    const [name = '', value = ''] = (words.shift() ?? '').slice(2).split('=')
    options[name] = value
  }
  const destination = words.pop() ?? ''
  return { options, sources: words, destination }
}

/** The command of a `HEALTHCHECK [options] CMD [...]` in exec (JSON) form. */
export function healthcheckCommand(args: string): string[] {
  const json = /\bCMD\s+(\[.*\])\s*$/.exec(args)?.[1]
  if (json === undefined) throw new Error(`HEALTHCHECK must use CMD in exec form ["node", ...], got: ${args}`)
  const command: unknown = JSON.parse(json)
  if (!Array.isArray(command) || !command.every((part): part is string => typeof part === 'string')) {
    throw new Error(`HEALTHCHECK CMD must be a list of strings, got: ${json}`)
  }
  return command
}
