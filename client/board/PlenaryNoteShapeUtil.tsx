/**
 * tldraw's sticky note plus a clear author line ("Name · Coop") at the bottom. It keeps the
 * type 'note', so it replaces the default note util: tldraw merges `shapeUtils` with its
 * defaults by type, custom ones winning. It draws, exports and copies the note as the features
 * let it be shown (`shown`: in an anonymous area, naming no writer: neither our author line
 * nor tldraw's attribution, the first name of `textLastEditedBy`, a hidden element in the SVG
 * export), even if a record still carries one.
 */
import type { ComponentType } from 'react'
import {
  getDisplayValues,
  NoteShapeUtil,
  useColorMode,
  type Editor,
  type SvgExportContext,
  type TLAnyShapeUtilConstructor,
  type TLNoteShape,
} from 'tldraw'
import { participantLabel, readNoteAuthor, type NoteAuthor } from '../../shared/participant'
import type { NoteFooterProps } from '../features/boardFeature'

/** Author text size in page units: 12px on screen at zoom 1 and note scale 1. */
const AUTHOR_FONT_SIZE = 12
const AUTHOR_INSET_X = 10
const AUTHOR_INSET_BOTTOM = 5

/**
 * The default note with its author footer, then the features' `footers` (the registry's
 * `noteFooter` parts, e.g. voting's dots and reactions), drawn as `shown` says (the registry's
 * `noteAsShown` parts), so this util names no feature.
 */
export function plenaryNoteShapeUtil(
  footers: readonly ComponentType<NoteFooterProps>[],
  shown: (editor: Editor, note: TLNoteShape) => TLNoteShape,
): TLAnyShapeUtilConstructor {
  return class PlenaryNoteShapeUtil extends NoteShapeUtil {
    override component(original: TLNoteShape) {
      const shape = shown(this.editor, original)
      const author = readNoteAuthor(shape.meta)
      return (
        <>
          {super.component(shape)}
          {/* A separate component so its hooks do not depend on whether a note has an author. */}
          {author && <NoteAuthorLine util={this} shape={shape} author={author} />}
          {footers.map((Footer, index) => (
            <Footer key={index} noteId={shape.id} scale={shape.props.scale} />
          ))}
        </>
      )
    }

    /** No user record travels with a copied anonymous note (tldraw copies those referenced). */
    override getReferencedUserIds(shape: TLNoteShape): string[] {
      return super.getReferencedUserIds(shown(this.editor, shape))
    }

    override toSvg(original: TLNoteShape, ctx: SvgExportContext) {
      const shape = shown(this.editor, original)
      const author = readNoteAuthor(shape.meta)
      const base = super.toSvg(shape, ctx)
      if (!author) return base
      const dv = getDisplayValues(this, shape, ctx.colorMode)
      const height = dv.noteHeight + shape.props.growY
      return (
        <g>
          {base}
          <text
            x={AUTHOR_INSET_X}
            y={height - AUTHOR_INSET_BOTTOM - 2}
            fontSize={AUTHOR_FONT_SIZE}
            fontWeight={600}
            fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
            fill={dv.labelColor}
            fillOpacity={0.8}
          >
            {truncate(participantLabel(author), 30)}
          </text>
        </g>
      )
    }
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function NoteAuthorLine({ util, shape, author }: { util: NoteShapeUtil; shape: TLNoteShape; author: NoteAuthor }) {
  const colorMode = useColorMode()
  const dv = getDisplayValues(util, shape, colorMode)
  const { scale, growY } = shape.props
  const label = participantLabel(author)
  return (
    <div
      className="plenary-note-author"
      data-testid="note-author"
      title={label}
      style={{
        width: dv.noteWidth * scale,
        height: (dv.noteHeight + growY) * scale,
        padding: `0 ${AUTHOR_INSET_X * scale}px ${AUTHOR_INSET_BOTTOM * scale}px`,
        fontSize: AUTHOR_FONT_SIZE * scale,
        color: dv.labelColor,
      }}
    >
      <span className="plenary-note-author__text">{label}</span>
    </div>
  )
}
