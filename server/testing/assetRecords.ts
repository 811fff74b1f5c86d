/**
 * tldraw records that show pictures or other sites, as plain JSON that passes tldraw's
 * validators: for the tests of the policy's asset rules, the exports and the cold-join bench.
 */
import type { StoredRecord } from '../../shared/boardDoc'

/** An image asset record whose picture is `src`. */
export function imageAsset(id: string, src: string | null, props: Record<string, unknown> = {}): StoredRecord {
  return {
    id,
    typeName: 'asset',
    type: 'image',
    props: { w: 116, h: 116, name: 'photo.png', isAnimated: false, mimeType: 'image/png', src, ...props },
    meta: {},
  }
}

/** A shape record of `type` with `props`, on the default page. */
export function shapeRecord(id: string, type: string, props: Record<string, unknown>, index = 'a1'): StoredRecord {
  return {
    id,
    typeName: 'shape',
    type,
    x: 0,
    y: 0,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
  }
}

/** An image shape showing `assetId`. */
export function imageShape(id: string, assetId: string, index = 'a1'): StoredRecord {
  return shapeRecord(
    id,
    'image',
    { w: 116, h: 116, playing: true, url: '', assetId, crop: null, flipX: false, flipY: false, altText: '' },
    index,
  )
}

/** An embed shape framing `url`. */
export function embedShape(id: string, url = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'): StoredRecord {
  return shapeRecord(id, 'embed', { w: 560, h: 315, url })
}

/** A bookmark shape of `url` (tldraw unfurls it from the browser). */
export function bookmarkShape(id: string, url = 'https://example.com/', assetId: string | null = null): StoredRecord {
  return shapeRecord(id, 'bookmark', { w: 300, h: 320, assetId, url })
}

/** A bookmark asset: the remote preview of a page. */
export function bookmarkAsset(id: string, src = 'https://example.com/'): StoredRecord {
  return {
    id,
    typeName: 'asset',
    type: 'bookmark',
    props: { title: 'Example', description: '', image: 'https://example.com/preview.png', favicon: 'https://example.com/favicon.ico', src },
    meta: {},
  }
}
