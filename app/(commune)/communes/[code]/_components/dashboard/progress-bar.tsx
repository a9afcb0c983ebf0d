/** A bar with its name and value for screen readers (`role="progressbar"`); the visible text is the caller's. */
export function ProgressBar({ label, value, max, text, className }: { label: string; value: number; max: number; text: string; className?: string }) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={text}
      className={`h-2 w-full rounded bg-slate-200${className ? ` ${className}` : ""}`}
    >
      <div className="h-2 rounded bg-teal-700" style={{ width: `${percent}%` }} />
    </div>
  );
}
