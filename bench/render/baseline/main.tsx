/**
 * The render benchmark's peer: stock tldraw, nothing of Plenary's, opening the board's records
 * from a local snapshot served next to this page. Assets are bundled as Plenary bundles them,
 * so both pages load fonts and icons the same way and neither reaches another host.
 */
/// <reference types="vite/client" />
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createRoot } from 'react-dom/client'
import { Tldraw, type TLStoreSnapshot } from 'tldraw'
import 'tldraw/tldraw.css'

const ASSET_URLS = getAssetUrlsByImport()
// The same limit as Plenary's BoardCanvas: tldraw's default (4,000) is below the board's size.
const OPTIONS = { maxShapesPerPage: 10_000 }

const container = document.getElementById('root')
if (!container) throw new Error('no #root')
const response = await fetch('/snapshot.json')
if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`)
const snapshot = (await response.json()) as TLStoreSnapshot
createRoot(container).render(<Tldraw snapshot={snapshot} assetUrls={ASSET_URLS} options={OPTIONS} />)
