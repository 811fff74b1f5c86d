import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PAGE_ID } from '../notes'
import { tooManyItems } from './fixtures/hostile'
import { MAX_IMPORT_RECORDS, planMiroImport } from './importMiro'

// The real outlier step, watched: it is quadratic, so it must not run on an import that is refused.
const outliers = vi.hoisted(() => ({ calls: 0 }))
vi.mock('./outliers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./outliers')>()
  return {
    ...actual,
    bringInOutliers: (...args: Parameters<typeof actual.bringInOutliers>) => {
      outliers.calls++
      return actual.bringInOutliers(...args)
    },
  }
})

describe('planMiroImport: the record limit', () => {
  it('refuses too many records before gathering outliers, and gathers them when the import fits', () => {
    const options = { pageId: DEFAULT_PAGE_ID, records: [] }
    expect(planMiroImport(tooManyItems(9_000), options)).toMatchObject({
      ok: false,
      code: 'tooManyRecords',
      params: { count: 9_000, max: MAX_IMPORT_RECORDS },
    })
    expect(outliers.calls).toBe(0)
    expect(planMiroImport(tooManyItems(MAX_IMPORT_RECORDS), options).ok).toBe(true)
    expect(outliers.calls).toBe(1)
  })
})
