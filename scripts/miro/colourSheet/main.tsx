/**
 * The colour sheet: every Miro sticky colour drawn as Miro draws it, beside a real tldraw note
 * of the colour it is imported as. Built and screenshotted by scripts/miro/drawColours.ts.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createRoot } from 'react-dom/client'
import { createShapeId, Tldraw, toRichText, type Editor } from 'tldraw'
import 'tldraw/tldraw.css'
import { SHEET, sheetRows } from './layout'

const rows = sheetRows()

function placeNotes(editor: Editor) {
  editor.createShapes(
    rows.map((row, i) => ({
      id: createShapeId(`row-${i}`),
      type: 'note',
      x: 0,
      y: i * SHEET.noteSpacing,
      props: { color: row.tldraw, richText: toRichText(row.tldraw), font: 'sans', size: 's' },
    })),
  )
  editor.setCamera({ x: SHEET.cameraX, y: SHEET.cameraY, z: SHEET.zoom }, { immediate: true })
  editor.updateInstanceState({ isReadonly: true })
  document.body.dataset['ready'] = 'true'
}

const cell = { height: SHEET.rowHeight, display: 'flex', alignItems: 'center' } as const

function Sheet() {
  return (
    <div style={{ display: 'flex', background: SHEET.background, fontFamily: 'system-ui, sans-serif', padding: `0 ${SHEET.margin}px` }}>
      <div style={{ paddingTop: SHEET.headerHeight }}>
        {rows.map((row) => (
          <div key={row.miro} style={{ ...cell, gap: 24 }}>
            <div
              data-swatch="miro"
              style={{
                width: SHEET.swatch,
                height: SHEET.swatch,
                background: row.miroHex,
                color: row.miro === 'black' ? '#fff' : '#1a1a1a',
                boxShadow: '0 2px 4px rgba(0,0,0,0.18)',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontSize: 13,
                fontFamily: 'Open Sans, Arial, sans-serif',
                textAlign: 'center',
              }}
            >
              {row.miro.replace('_', ' ')}
            </div>
            <div style={{ width: 360, fontSize: 14, lineHeight: 1.5, color: '#1d1d1d' }}>
              <div>
                <b>{row.miro}</b> <code>{row.miroHex}</code> → <b>{row.tldraw}</b> <code>{row.tldrawHex}</code>
              </div>
              <div style={{ color: '#555' }}>ΔE00 {row.distance.toFixed(1)}</div>
            </div>
          </div>
        ))}
      </div>
      <div style={{ position: 'relative', width: SHEET.canvasWidth }}>
        <div style={{ ...cell, height: SHEET.headerHeight, fontWeight: 600, fontSize: 14, paddingLeft: 14 }}>tldraw 5.4.2</div>
        <div style={{ width: SHEET.canvasWidth, height: rows.length * SHEET.rowHeight }}>
          <Tldraw hideUi assetUrls={getAssetUrlsByImport()} onMount={placeNotes} />
        </div>
      </div>
      <div style={{ position: 'absolute', top: 0, left: SHEET.margin, ...cell, height: SHEET.headerHeight, fontWeight: 600, fontSize: 14 }}>
        Miro
      </div>
    </div>
  )
}

const root = document.getElementById('root')
if (root) createRoot(root).render(<Sheet />)
