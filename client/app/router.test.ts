import { describe, expect, it } from 'vitest'
import { parseRoute } from './router'

describe('parseRoute', () => {
  it('maps paths to pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
    expect(parseRoute('/b/AbCdEfGhIjKlMnOpQrStUv')).toEqual({ page: 'board', boardId: 'AbCdEfGhIjKlMnOpQrStUv' })
    expect(parseRoute('/elsewhere')).toEqual({ page: 'notFound' })
  })
})
