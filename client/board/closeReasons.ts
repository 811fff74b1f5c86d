/** Words for why the server closed a board's connection for good. */
import { CloseCode } from '../../shared/protocol'
import type { PermanentClose } from '../sync/types'

/** A sentence for people, preferring the server's own reason when it gave one. */
export function describePermanentClose(close: PermanentClose): string {
  const reason = close.reason.trim()
  if (reason) return reason
  switch (close.code) {
    case CloseCode.boardNotFound:
      return 'The server no longer has this board. It may have been deleted.'
    case CloseCode.badRequest:
      return 'The link to this board is not valid.'
    default:
      return `The server ended the connection (code ${close.code}).`
  }
}
