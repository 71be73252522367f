/** A thin bar for a ratio between 0 and 1; the number beside it carries the meaning for assistive technology. */
export function ProgressBar({ ratio }: { ratio: number }) {
  const width = `${Math.round(Math.max(0, Math.min(1, ratio)) * 100)}%`;
  return (
    <div className="bar" aria-hidden="true">
      <div className="bar__fill" style={{ width }} />
    </div>
  );
}
