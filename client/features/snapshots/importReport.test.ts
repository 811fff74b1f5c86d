import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../i18n/testing'
import { leftOutLines } from './importReport'

describe('leftOutLines', () => {
  it('says how many were left out and why, pictures first', () => {
    expect(leftOutLines({ incomplete: 2, embed: 1, linkedImage: 3 }, testTranslator('en'))).toEqual([
      '3 images that load from other websites or boards. Plenary loads nothing from elsewhere: download the images and drop the files on the board.',
      '1 embed: content from another website (a video, a map, a page).',
      '2 items that are incomplete or too large.',
    ])
  })

  it('speaks the reader’s language, with the size limit filled in', () => {
    expect(leftOutLines({ tooLarge: 1, bookmark: 2 }, testTranslator('es'))).toEqual([
      '1 imagen de más de 10 MB.',
      '2 tarjetas de enlace: pedirían vistas previas a otros sitios web.',
    ])
  })

  it('says nothing when nothing was left out', () => {
    expect(leftOutLines({}, testTranslator('en'))).toEqual([])
  })
})
