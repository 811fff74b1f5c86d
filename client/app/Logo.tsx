/** The Plenary mark and wordmark. */

/** Three overlapping sticky notes: many voices, one board. Decorative; the text names it. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3" width="15" height="15" rx="3" fill="#f2b84b" stroke="#fff" strokeWidth="1.5" transform="rotate(-8 9 10.5)" />
      <rect x="15.5" y="5" width="15" height="15" rx="3" fill="#2f7d6d" stroke="#fff" strokeWidth="1.5" transform="rotate(7 23 12.5)" />
      <rect x="8.5" y="14" width="15" height="15" rx="3" fill="#e07a5f" stroke="#fff" strokeWidth="1.5" />
    </svg>
  )
}

/** The mark followed by the product name. */
export function Wordmark() {
  return (
    <span className="wordmark">
      <LogoMark />
      <span className="wordmark__text">Plenary</span>
    </span>
  )
}
