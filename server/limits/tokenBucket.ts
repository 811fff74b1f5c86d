/**
 * A token bucket: holds up to `capacity` tokens and refills continuously at `ratePerSecond`.
 * Taking more than is left fails and takes nothing, so a burst is allowed up to the capacity
 * while the long-run average stays at the rate.
 */

/** Milliseconds from a monotonic clock; injected so tests need no real time. */
export type Clock = () => number

/** One bucket; see the file comment. */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly capacity: number,
    private readonly ratePerSecond: number,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.tokens = capacity
    this.last = now()
  }

  /** Takes `amount` tokens if the bucket holds them; false (and nothing taken) otherwise. */
  take(amount: number): boolean {
    const now = this.now()
    // Refilling lazily on each take costs nothing while a connection is idle.
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond)
    this.last = now
    if (amount > this.tokens) return false
    this.tokens -= amount
    return true
  }

  /** Seconds until `amount` tokens are held (0 when they are now), as of the last `take`. */
  secondsUntil(amount: number): number {
    const missing = amount - this.tokens
    return missing <= 0 ? 0 : missing / this.ratePerSecond
  }
}
