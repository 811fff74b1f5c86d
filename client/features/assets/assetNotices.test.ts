import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../i18n/testing'
import { UploadFailure } from './assetApi'
import { noticeId, noticeText } from './assetNotices'

describe('noticeText', () => {
  it('says every refusal in English and Spanish, with the size limit', () => {
    for (const language of ['en', 'es']) {
      const t = testTranslator(language)
      for (const code of Object.values(UploadFailure)) {
        const text = noticeText({ kind: 'upload', code }, t)
        expect(text.title, `${language} ${code}`).not.toMatch(/^assets\./)
        expect(text.description, `${language} ${code}`).not.toMatch(/^assets\./)
      }
      expect(noticeText({ kind: 'upload', code: UploadFailure.tooLarge }, t).description).toContain('10 MB')
      expect(noticeText({ kind: 'too-many-files', max: 100 }, t).description).toContain('100')
      const notAdded = noticeText({ kind: 'not-added' }, t)
      expect(notAdded.title, language).not.toMatch(/^assets\./)
      expect(notAdded.title, language).not.toBe(noticeText({ kind: 'upload', code: UploadFailure.failed }, t).title)
    }
  })

  it('says an unexpected failure without blaming an upload, in the person’s language', () => {
    expect(noticeText({ kind: 'not-added' }, testTranslator('en')).title).toBe('This could not be added')
    expect(noticeText({ kind: 'not-added' }, testTranslator('es')).title).toBe('No se ha podido añadir')
  })

  it('asks for the file instead of an image URL, in the person’s language', () => {
    expect(noticeText({ kind: 'image-url' }, testTranslator('en')).description).toBe('Download the image and drop the file here instead.')
    expect(noticeText({ kind: 'image-url' }, testTranslator('es')).description).toBe('Descarga la imagen y suelta el archivo aquí.')
  })
})

describe('noticeId', () => {
  it('is the same for the same refusal and differs between refusals, so a repeat replaces its toast', () => {
    expect(noticeId({ kind: 'image-url' })).toBe(noticeId({ kind: 'image-url' }))
    expect(noticeId({ kind: 'upload', code: UploadFailure.tooLarge })).toBe(noticeId({ kind: 'upload', code: UploadFailure.tooLarge }))
    const ids = new Set([
      noticeId({ kind: 'image-url' }),
      noticeId({ kind: 'outside-content' }),
      noticeId({ kind: 'too-many-files', max: 100 }),
      noticeId({ kind: 'not-added' }),
      ...Object.values(UploadFailure).map((code) => noticeId({ kind: 'upload', code })),
    ])
    expect(ids.size).toBe(4 + Object.values(UploadFailure).length)
  })
})
