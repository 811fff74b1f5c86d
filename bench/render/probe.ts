/**
 * What runs inside the benchmarked page from before its first script: it finds the tldraw
 * editor, notes when the store holds the whole board, when the notes in view have been painted
 * and when a click was handled, and records frame intervals while pan or zoom runs. The
 * same probe goes into Plenary's page and the bare-tldraw page, so both are timed alike.
 */

/** The probe's record; times are ms since navigation start (the page's performance.now()). */
export interface ProbeState {
  /** Whether the tldraw editor was found (through React's fiber of the canvas element). */
  editorFound: boolean
  /** Shapes on the current page, per the editor. */
  storeShapes: number
  /** The editor first found (mounted); for Plenary it may hold part of the board then. */
  editorMs: number | null
  /** (a) the editor's current page first held every expected shape. */
  storeMs: number | null
  /** Note shape elements in the DOM (tldraw keeps culled ones, hidden). */
  domNotes: number
  /** Note elements shown (not culled), with their text, inside the viewport, at (b). */
  visibleNotes: number
  /** (b) the first frame after one in which every note was mounted and those in view shown. */
  paintedMs: number | null
  /** Centre of a note in view, nearest the viewport's centre, for the scripted click. */
  target: { x: number; y: number } | null
  /** When the scripted click's pointerdown reached the page. */
  pointerDownMs: number | null
  /** (c) the first frame after the click's selection appeared in the editor. */
  selectedMs: number | null
  /** tldraw's option as the editor holds it, and whether it lets one more note be created. */
  maxShapesPerPage: number | null
  canCreateOneMore: boolean | null
  recording: boolean
  /** rAF-to-rAF intervals while a gesture ran, ms. */
  frames: number[]
  zoomMin: number | null
  zoomMax: number | null
}

/** Global name under which the probe exposes its state. */
export const PROBE_GLOBAL = '__renderProbe'
/** Global with the probe's one function, `gesture(kind, ms)`, kept apart so the state serializes. */
export const PROBE_CONTROL = '__renderProbeControl'

/** What a scripted gesture does with the camera; 'idle' leaves it still (the frame-rate floor). */
export type GestureKind = 'pan' | 'zoom' | 'idle'

/**
 * The probe itself. Serialized into the page, so it must not close over anything: only
 * browser globals and its argument.
 */
function renderProbe(expected: number): void {
  interface ProbeEditor {
    getCurrentPageShapeIds(): { size: number }
    getSelectedShapeIds(): readonly unknown[]
    getZoomLevel(): number
    getCamera(): { x: number; y: number; z: number }
    setCamera(point: { x: number; y: number; z: number }): unknown
    canCreateShapes(shapes: readonly unknown[]): boolean
    options: { maxShapesPerPage: number }
  }
  interface Fiber {
    memoizedProps: Record<string, unknown> | null
    return: Fiber | null
  }
  const state: ProbeState = {
    editorFound: false,
    storeShapes: 0,
    editorMs: null,
    storeMs: null,
    domNotes: 0,
    visibleNotes: 0,
    paintedMs: null,
    target: null,
    pointerDownMs: null,
    selectedMs: null,
    maxShapesPerPage: null,
    canCreateOneMore: null,
    recording: false,
    frames: [],
    zoomMin: null,
    zoomMax: null,
  }
  ;(window as unknown as Record<string, unknown>)['__renderProbe'] = state

  const isEditor = (value: unknown): value is ProbeEditor =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getCurrentPageShapeIds?: unknown }).getCurrentPageShapeIds === 'function'

  // No hook in either page exposes the editor; tldraw provides it through React context, whose
  // provider sits above the canvas element in the fiber tree.
  const findEditor = (): ProbeEditor | null => {
    const canvas = document.querySelector('.tl-canvas')
    if (!canvas) return null
    const key = Object.keys(canvas).find((name) => name.startsWith('__reactFiber$'))
    if (!key) return null
    let fiber = (canvas as unknown as Record<string, Fiber | undefined>)[key] ?? null
    for (let depth = 0; fiber && depth < 1000; depth++) {
      const props = fiber.memoizedProps
      if (props && isEditor(props.value)) return props.value
      if (props && isEditor(props.editor)) return props.editor
      fiber = fiber.return
    }
    return null
  }

  /** True once every note is mounted and some in view are shown with their text. */
  const notesPainted = (): boolean => {
    const notes = document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')
    state.domNotes = notes.length
    if (notes.length < expected) return false
    const width = window.innerWidth
    const height = window.innerHeight
    let visible = 0
    let best: { x: number; y: number; distance: number } | null = null
    for (const note of notes) {
      if (note.style.display === 'none' || !note.textContent) continue
      const rect = note.getBoundingClientRect()
      if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= width || rect.top >= height) continue
      visible++
      const x = rect.left + rect.width / 2
      const y = rect.top + rect.height / 2
      // Plenary's bars and panels cover parts of the canvas; click only where the canvas is hit.
      const hit = document.elementFromPoint(x, y)
      if (!hit || !hit.closest('.tl-canvas')) continue
      const distance = Math.hypot(x - width / 2, y - height / 2)
      if (!best || distance < best.distance) best = { x, y, distance }
    }
    state.visibleNotes = visible
    if (visible === 0 || !best) return false
    state.target = { x: best.x, y: best.y }
    return true
  }

  window.addEventListener(
    'pointerdown',
    () => {
      if (state.pointerDownMs === null) state.pointerDownMs = performance.now()
    },
    { capture: true },
  )

  let editor: ProbeEditor | null = null
  let paintPending = false
  let selectPending = false
  let lastFrame = 0
  const tick = (frameTime: number): void => {
    if (state.recording && lastFrame > 0) state.frames.push(frameTime - lastFrame)
    lastFrame = frameTime
    const now = performance.now()
    if (!editor) {
      editor = findEditor()
      if (editor) {
        state.editorFound = true
        state.editorMs = now
        state.maxShapesPerPage = editor.options.maxShapesPerPage
      }
    }
    if (editor) {
      state.storeShapes = editor.getCurrentPageShapeIds().size
      if (state.storeMs === null && state.storeShapes >= expected) {
        state.storeMs = now
        // canCreateShapes only counts: one placeholder stands for the next note.
        state.canCreateOneMore = editor.canCreateShapes([{ type: 'note' }])
      }
      if (state.recording) {
        const zoom = editor.getZoomLevel()
        state.zoomMin = Math.min(state.zoomMin ?? zoom, zoom)
        state.zoomMax = Math.max(state.zoomMax ?? zoom, zoom)
      }
    }
    // A rAF callback runs after the previous frame was presented: that frame is "painted".
    if (paintPending) {
      state.paintedMs = now
      paintPending = false
    } else if (state.storeMs !== null && state.paintedMs === null && notesPainted()) {
      paintPending = true
    }
    if (selectPending) {
      state.selectedMs = now
      selectPending = false
    } else if (state.pointerDownMs !== null && state.selectedMs === null && editor && editor.getSelectedShapeIds().length > 0) {
      selectPending = true
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)

  // Camera moves computed from elapsed time each frame, so a slow page skips ahead as under a
  // real gesture, and both pages get the same path whatever their frame rate.
  const PAN_PX_PER_SECOND = 1500
  const ZOOM_OUT_TO = 0.2
  const gesture = (kind: GestureKind, durationMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const camera = editor
      if (!camera) {
        reject(new Error('no editor'))
        return
      }
      const start = camera.getCamera()
      const centreX = window.innerWidth / 2
      const centreY = window.innerHeight / 2
      // The page point under the viewport's centre, held there while zooming.
      const pageX = centreX / start.z - start.x
      const pageY = centreY / start.z - start.y
      state.frames = []
      state.zoomMin = null
      state.zoomMax = null
      state.recording = true
      let startedAt: number | null = null
      const step = (now: number): void => {
        startedAt ??= now
        const elapsed = now - startedAt
        const t = Math.min(1, elapsed / durationMs)
        if (kind === 'pan') {
          camera.setCamera({ x: start.x - (PAN_PX_PER_SECOND * elapsed) / 1000 / start.z, y: start.y, z: start.z })
        } else if (kind === 'zoom') {
          // Out to ZOOM_OUT_TO at half time, then back in, geometrically as a pinch feels.
          const z = start.z * Math.pow(ZOOM_OUT_TO, 1 - Math.abs(1 - 2 * t))
          camera.setCamera({ x: centreX / z - pageX, y: centreY / z - pageY, z })
        }
        if (t < 1) {
          requestAnimationFrame(step)
          return
        }
        state.recording = false
        resolve()
      }
      requestAnimationFrame(step)
    })
  ;(window as unknown as Record<string, unknown>)['__renderProbeControl'] = { gesture }
}

/**
 * The init script for Playwright. tsx compiles with esbuild's keepNames, which wraps named
 * functions in a `__name` helper; the serialized probe gets a local stand-in for it.
 */
export function probeScript(expected: number): string {
  return `(() => { const __name = (f) => f; (${renderProbe.toString()})(${JSON.stringify(expected)}) })()`
}

/** Narrows what `page.evaluate` returned to the probe's state. */
export function asProbeState(value: unknown): ProbeState {
  if (typeof value !== 'object' || value === null || !('paintedMs' in value) || !('frames' in value)) {
    throw new Error('the render probe is not in the page')
  }
  return value as ProbeState
}
