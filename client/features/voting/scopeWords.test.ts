/**
 * The words for where a vote's notes came from are written twice: the panel's (./locales,
 * typed for the UI's `t`) and the minutes' (shared/voting/minutes.locales.ts, which the
 * server also uses). They must not drift apart, or the panel and the minutes would name one
 * vote's scope differently.
 */
import { describe, expect, it } from 'vitest'
import { VOTING_MINUTES_MESSAGES } from '../../../shared/voting/minutes.locales'
import en from './locales/en.json'
import es from './locales/es.json'

const panel = { en, es }

describe('the vote scope words', () => {
  it('are the same in the panel and in the minutes, in every language', () => {
    expect(Object.keys(panel).sort()).toEqual(Object.keys(VOTING_MINUTES_MESSAGES).sort())
    for (const language of ['en', 'es'] as const) {
      expect(panel[language].voting.scope).toEqual(VOTING_MINUTES_MESSAGES[language].votes.scope)
    }
  })
})
