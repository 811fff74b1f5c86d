/** Errors a BoardStore throws that callers treat specially. */

/**
 * The database cannot be reached (down, restarting, out of connections). Callers refuse the
 * operation loudly: the HTTP API answers 503, the sync endpoint closes with 4001, and a room
 * that cannot store an update is dropped rather than serving what it could not store.
 */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageUnavailableError'
  }
}

/** True for an error meaning the store could not be reached (see {@link StorageUnavailableError}). */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError
}
