/** The Boussole mark: a compass whose needle points north-east. Decorative. */
export function CompassIcon({ className, hub = "#fff" }: { className?: string; hub?: string }) {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" className={className}>
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M22.5 9.5 17.8 17.8 9.5 22.5 14.2 14.2Z" fill="currentColor" />
      <circle cx="16" cy="16" r="1.8" fill={hub} />
    </svg>
  );
}
