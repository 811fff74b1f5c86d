/** What every route module needs to read a path and turn away a wrong method. */
import type { ServerResponse } from 'node:http'
import { ErrorId } from '../../shared/protocol'
import { sendError } from './json'

/** A path segment, percent-decoded; '' when it is not valid percent-encoding (no such board). */
export function segment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    return ''
  }
}

/** Answers 405 with the methods the route takes in `Allow`. */
export function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow)
  sendError(res, 405, ErrorId.badRequest, `Use ${allow}.`)
}
