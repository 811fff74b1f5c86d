import { describe, expect, it } from 'vitest'
import { parseRoute } from './router'

describe('parseRoute', () => {
  it('maps paths to pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
    expect(parseRoute('/b/AbCdEfGhIjKlMnOpQrStUv')).toEqual({ page: 'board', boardId: 'AbCdEfGhIjKlMnOpQrStUv' })
    expect(parseRoute('/c/AbCdEfGhIjKlMnOpQrStUv')).toEqual({ page: 'community', communityId: 'AbCdEfGhIjKlMnOpQrStUv' })
    expect(parseRoute('/c/AbCdEfGhIjKlMnOpQrStUv/public')).toEqual({ page: 'communityPublic', communityId: 'AbCdEfGhIjKlMnOpQrStUv' })
    expect(parseRoute('/c/AbCdEfGhIjKlMnOpQrStUv/other')).toEqual({ page: 'notFound' })
    expect(parseRoute('/elsewhere')).toEqual({ page: 'notFound' })
  })
})
