/**
 * Failures to start that an operator can fix (the port taken, the database unreachable or
 * refusing, the data folder not writable, the client not built), and how the composition root
 * reports them: one line on stderr naming the setting to look at, no stack trace, exit status 1
 * (2 for a bad setting, {@link ConfigError}). The error itself goes to the log at debug level;
 * an unexpected error is a bug, so it is logged whole.
 */
import { ConfigError, type ServerConfig } from './config'
import type { Logger } from './logger'

/** A start that failed for a reason the operator can fix; the message says which setting to look at. */
export class StartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StartError'
  }
}

/** Listening on PORT and HOST failed: a {@link StartError} for the known reasons, `error` itself otherwise. */
export function listenFailure(error: Error, config: Pick<ServerConfig, 'port' | 'host'>): Error {
  const { port, host } = config
  switch (codeOf(error)) {
    case 'EADDRINUSE':
      return new StartError(`port ${port} on ${host} is already in use (PORT, HOST): another program, or another Plenary, listens there`, {
        cause: error,
      })
    case 'EACCES':
      return new StartError(
        `not allowed to listen on port ${port} (PORT): ports below 1024 need privileges; use a higher one behind a proxy`,
        {
          cause: error,
        },
      )
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartError(`HOST ${host} is not an address of this machine`, { cause: error })
    default:
      return error
  }
}

/** The store could not be opened: a {@link StartError} naming DATABASE_URL (its host only, never a password) or DATA_DIR. */
export function storeFailure(error: unknown, config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): StartError {
  const reason = reasonOf(error)
  if (!config.databaseUrl)
    return new StartError(`cannot open the SQLite database in ${config.dataDir} (DATA_DIR): ${reason}`, { cause: error })
  const url = URL.parse(config.databaseUrl)
  const password = url?.password ? [url.password, decodeURIComponent(url.password)] : []
  // Drivers do not print passwords, but a message must never be the one that does.
  const safeReason = password.reduce((text, secret) => text.split(secret).join('***'), reason)
  return new StartError(`cannot use the PostgreSQL database at ${url?.host ?? 'DATABASE_URL'} (DATABASE_URL): ${safeReason}`, {
    cause: error,
  })
}

/**
 * Reports why the server cannot start, as one line on stderr (`plenary: …`), and exits: status 2
 * for a bad setting, 1 for anything else. `logger` is there once the configuration is read.
 */
export function exitOnFailure(error: unknown, logger?: Logger): never {
  const known = error instanceof ConfigError || error instanceof StartError
  if (known) logger?.debug({ err: error }, 'could not start')
  else if (logger) logger.fatal({ err: error }, 'could not start')
  process.stderr.write(`plenary: ${known ? error.message : `could not start: ${reasonOf(error)}`}\n`)
  // Without a logger, an unexpected error's stack has nowhere else to go.
  if (!known && !logger && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  process.exit(error instanceof ConfigError ? 2 : 1)
}

/** The messages of an error and its causes, on one line ("PostgreSQL is unavailable: connect ECONNREFUSED …"). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error === 'string' ? error : 'unknown error'
  const parts: string[] = []
  for (let current: unknown = error; current instanceof Error && parts.length < 4; current = current.cause) {
    // Node reports a refused connection to several addresses as an AggregateError with no message.
    const text = (current.message || codeOf(current) || current.name).split('\n')[0] ?? ''
    if (!parts.some((part) => part.includes(text))) parts.push(text)
  }
  return parts.join(': ')
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : undefined
}
