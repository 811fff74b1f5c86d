/** Loading something for a component: the answer to the latest request only, and a way to ask again. */
import { useCallback, useEffect, useEffectEvent, useState } from 'react'

/** What {@link useLoad} gives. */
export interface Load<T> {
  /** The answer to the latest request, or null while it runs. */
  answer: T | null
  /** Asks again (after an error). */
  reload: () => void
  /** Replaces the answer, e.g. with what a later call returned. */
  replace: (answer: T) => void
}

/**
 * Runs `load` when the component mounts and whenever `key` changes or `reload` is called. An
 * answer belongs to the request it answers: the one of an older key, or of a request aborted on
 * unmount, is never shown, and a new key reads as loading at once (no render shows the old
 * answer under the new key). `load` must turn its failures into an answer; it may be a new
 * function on every render (the one of the render that starts the request runs).
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [attempt, setAttempt] = useState(0)
  const request = `${attempt}\n${key}`
  const [latest, setLatest] = useState<{ request: string; answer: T } | null>(null)
  const start = useEffectEvent((signal: AbortSignal) => load(signal))

  useEffect(() => {
    const controller = new AbortController()
    void start(controller.signal).then((answer) => {
      if (!controller.signal.aborted) setLatest({ request, answer })
    })
    return () => controller.abort()
  }, [request])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const replace = useCallback((answer: T) => setLatest({ request, answer }), [request])
  return { answer: latest?.request === request ? latest.answer : null, reload, replace }
}
