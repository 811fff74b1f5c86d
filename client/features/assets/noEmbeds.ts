/**
 * tldraw's UI without embeds or bookmarks: an embed makes every browser on the board load
 * another site, and a bookmark unfurls one. The server refuses both; the UI does not offer them.
 */
import type { TLUiOverrides } from 'tldraw'

/** Actions that create embeds or bookmarks ("Insert embed…" and its shortcut, conversions). */
export const REMOVED_ACTIONS = ['insert-embed', 'convert-to-embed', 'convert-to-bookmark'] as const

/** Tools that do: the embed tool. */
export const REMOVED_TOOLS = ['embed'] as const

function without<T extends object>(items: T, ids: readonly string[]): T {
  return Object.fromEntries(Object.entries(items).filter(([id]) => !ids.includes(id))) as T
}

/** `<Tldraw overrides>` removing the actions and tools above from menus, toolbars and shortcuts. */
export const NO_EMBEDS_OVERRIDES: TLUiOverrides = {
  actions: (_editor, actions) => without(actions, REMOVED_ACTIONS),
  tools: (_editor, tools) => without(tools, REMOVED_TOOLS),
}
