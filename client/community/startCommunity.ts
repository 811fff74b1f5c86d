/**
 * "Create a community" from the home page: check the name, ask the server, keep the
 * coordinator's token for the community (never shown in the address bar).
 */
import type { TFunction } from 'i18next'
import { COMMUNITY_LIMITS } from '../../shared/community/api'
import { apiErrorText } from '../lib/apiErrorText'
import { tokenFromFragment } from '../lib/boardAccess'
import { createCommunity } from './communityApi'
import { communityPath, communityTokens, withToken } from './communityLink'

/** Where to open the new community, or a message to show by the form. */
export type StartCommunityResult = { ok: true; path: string } | { ok: false; error: string }

/** Creates the community and returns its page, with the coordinator's token kept for it. */
export async function startCommunity(rawName: string, rawDescription: string, t: TFunction): Promise<StartCommunityResult> {
  const name = rawName.replace(/\s+/g, ' ').trim()
  const description = rawDescription.trim()
  if (name === '') return { ok: false, error: t('communityPage.create.nameMissing') }
  if (name.length > COMMUNITY_LIMITS.name)
    return { ok: false, error: t('communityPage.create.nameTooLong', { max: COMMUNITY_LIMITS.name }) }
  if (description.length > COMMUNITY_LIMITS.description)
    return { ok: false, error: t('communityPage.create.descriptionTooLong', { max: COMMUNITY_LIMITS.description }) }
  const result = await createCommunity(name, description)
  if (!result.ok) return { ok: false, error: apiErrorText(result.error, t) }
  let hash = ''
  try {
    hash = new URL(result.value.links.coordinator).hash
  } catch {
    // Not a URL: handled below as a link without a token.
  }
  const coordinator = tokenFromFragment(hash)
  if (coordinator.kind !== 'token') return { ok: false, error: t('communityPage.create.noCoordinatorKey') }
  const { id } = result.value
  // Storage refused: the token travels in the fragment, which the page takes and removes.
  const saved = communityTokens.save(id, coordinator.token)
  return { ok: true, path: saved ? communityPath(id) : withToken(communityPath(id), coordinator.token) }
}
