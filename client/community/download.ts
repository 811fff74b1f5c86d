/** Downloads from the community API with the person's token, saved under the one naming rule (shared/export/fileName.ts). */
import type { TFunction } from 'i18next'
import { downloadFileName, localFileDate, type FileKind } from '../../shared/export/fileName'
import { apiErrorText } from '../lib/apiErrorText'
import { saveFile } from '../features/corners/saveFile'
import { fetchFile } from './communityApi'

/** Fetches `path` and offers it as `<community>-<kind>-<date>.<extension>`; resolves to an error message, or null once saved. */
export async function downloadFromApi(
  path: string,
  token: string,
  file: { community: string; kind: FileKind; extension: string },
  t: TFunction,
): Promise<string | null> {
  const result = await fetchFile(path, token)
  if (!result.ok) return apiErrorText(result.error, t)
  saveFile(result.value, downloadFileName({ title: file.community, kind: file.kind, date: localFileDate(), extension: file.extension }))
  return null
}
