/** A value that follows another once it has stopped changing, so typing asks the server once, not at every keystroke. */
import { useEffect, useState } from 'react'

/** `value`, updated `delayMs` after its last change. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
