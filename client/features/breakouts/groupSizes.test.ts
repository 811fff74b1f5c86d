import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../i18n/testing'
import { groupSizeRange, groupSizesText } from './groupSizes'

describe('groupSizeRange', () => {
  it('gives the smallest and largest group of an even split', () => {
    expect(groupSizeRange(4, 3)).toEqual({ min: 1, max: 2 })
    expect(groupSizeRange(6, 3)).toEqual({ min: 2, max: 2 })
    expect(groupSizeRange(50, 8)).toEqual({ min: 6, max: 7 })
    expect(groupSizeRange(2, 3)).toEqual({ min: 0, max: 1 })
  })
})

describe('groupSizesText', () => {
  const en = testTranslator('en')
  const es = testTranslator('es')

  it('says what 4 people in 3 groups really get, in English and Spanish', () => {
    expect(groupSizesText(4, 3, en)).toBe('3 groups of 1–2 people.')
    expect(groupSizesText(4, 3, es)).toBe('3 grupos de 1 a 2 personas.')
  })

  it('uses singular and plural for even splits', () => {
    expect(groupSizesText(6, 3, en)).toBe('3 groups of 2 people.')
    expect(groupSizesText(3, 3, en)).toBe('3 groups of 1 person.')
    expect(groupSizesText(3, 3, es)).toBe('3 grupos de 1 persona.')
    expect(groupSizesText(31, 1, es)).toBe('1 grupo de 31 personas.')
  })

  it('says so when there are fewer people than groups', () => {
    expect(groupSizesText(1, 3, en)).toBe('3 groups for 1 person: some groups stay empty.')
    expect(groupSizesText(2, 4, es)).toBe('4 grupos para 2 personas: algunos grupos quedan vacíos.')
  })
})
