/**
 * Embed and bookmark shapes drawn as a plain link, never loaded. The server refuses both and
 * the UI does not offer them, but one may still arrive from before (a local offline copy, an
 * old snapshot): tldraw's own utils would frame the site or load its preview image and
 * favicon from the browser. Same type, props and migrations as tldraw's, so the schema is
 * unchanged.
 */
import { useTranslation } from 'react-i18next'
import { BookmarkShapeUtil, EmbedShapeUtil, HTMLContainer, type TLBookmarkShape, type TLEmbedShape } from 'tldraw'
import { parseHttpUrl } from './pastedLinks'
import './inertShapes.css'

/** The box shown instead: what the shape was, and its address as a link opened in a new tab. */
function InertLink({ url, kind }: { url: string; kind: 'embed' | 'bookmark' }) {
  const { t } = useTranslation()
  const href = parseHttpUrl(url)?.href ?? null
  return (
    <HTMLContainer className="plenary-inert-link" data-testid={`inert-${kind}`}>
      <span className="plenary-inert-link__label">{t(kind === 'embed' ? 'assets.inert.embed' : 'assets.inert.bookmark')}</span>
      {href ? (
        // Pointer events reach the link only; the rest of the box still selects and drags.
        <a
          className="plenary-inert-link__url"
          href={href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          onPointerDown={(event) => event.stopPropagation()}
        >
          {url}
        </a>
      ) : (
        <span className="plenary-inert-link__url">{url}</span>
      )}
    </HTMLContainer>
  )
}

/** An embed shape shown as its address: no iframe, nothing loaded. */
export class InertEmbedShapeUtil extends EmbedShapeUtil {
  override canEdit() {
    return false
  }

  override component(shape: TLEmbedShape) {
    return <InertLink url={shape.props.url} kind="embed" />
  }
}

/** A bookmark shape shown as its address: no preview image, no favicon, no unfurling. */
export class InertBookmarkShapeUtil extends BookmarkShapeUtil {
  override component(shape: TLBookmarkShape) {
    return <InertLink url={shape.props.url} kind="bookmark" />
  }
}
