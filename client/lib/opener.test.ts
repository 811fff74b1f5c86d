import { describe, expect, it, vi } from 'vitest'
import { createOpener } from './opener'

interface Resource {
  name: string
  closed: boolean
}

function resources() {
  const made: Resource[] = []
  const opener = createOpener(
    (name: string): Resource => {
      const resource = { name, closed: false }
      made.push(resource)
      return resource
    },
    (resource) => {
      resource.closed = true
    },
  )
  return { made, opener }
}

describe('createOpener', () => {
  it('shows nothing until opened, the resource while open, and nothing once closed', () => {
    const { made, opener } = resources()
    const listener = vi.fn()
    opener.subscribe(listener)
    expect(opener.get()).toBeNull()
    const close = opener.open('Łódź — Ιωάννα')
    expect(opener.get()).toEqual({ name: 'Łódź — Ιωάννα', closed: false })
    close()
    expect(opener.get()).toBeNull()
    expect(made[0]?.closed).toBe(true)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('makes a new resource on each open, as a double mount does, and closes each once', () => {
    const { made, opener } = resources()
    opener.open('合作社')()
    const close = opener.open('合作社')
    expect(made).toHaveLength(2)
    expect(made[0]?.closed).toBe(true)
    expect(opener.get()).toBe(made[1])
    close()
    expect(made[1]?.closed).toBe(true)
  })

  it('keeps showing the newer resource when an older one closes after it opened', () => {
    const { made, opener } = resources()
    const closeFirst = opener.open('first')
    opener.open('second')
    closeFirst()
    expect(made[0]?.closed).toBe(true)
    expect(opener.get()).toBe(made[1])
  })

  it('stops telling a listener that unsubscribed', () => {
    const { opener } = resources()
    const listener = vi.fn()
    opener.subscribe(listener)()
    opener.open('x')
    expect(listener).not.toHaveBeenCalled()
  })
})
