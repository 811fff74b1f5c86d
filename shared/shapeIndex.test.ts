import { describe, expect, it } from 'vitest'
import { indicesAboveShapes } from './shapeIndex'

// Ordering and invalid keys are covered in breakouts/areas.test.ts, which re-exports this function.
describe('indicesAboveShapes', () => {
  it('gives no keys when none are asked for', () => {
    expect(indicesAboveShapes([{ id: 'shape:a', typeName: 'shape', index: 'a1' }], 0)).toEqual([])
  })
})
