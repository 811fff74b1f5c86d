import { describe, expect, it } from 'vitest'
import { recordingUrlOf } from './recordingUrl'

describe('recordingUrlOf', () => {
  it('keeps http and https links as written', () => {
    expect(recordingUrlOf(' https://video.example.coop/asamblea-ñandú?t=1&u=2 ')).toBe('https://video.example.coop/asamblea-ñandú?t=1&u=2')
    expect(recordingUrlOf('http://vídeo.example.coop/1')).toBe('http://vídeo.example.coop/1')
  })

  it('reads a blank field as removing the link', () => {
    expect(recordingUrlOf('   ')).toBeNull()
    expect(recordingUrlOf(null)).toBeNull()
  })

  it('refuses anything else', () => {
    for (const text of ['javascript:alert(1)', 'mailto:sekretariat@spoldzielnia.pl', 'not a link', 'video.example.coop/1']) {
      expect(recordingUrlOf(text)).toBeUndefined()
    }
  })
})
