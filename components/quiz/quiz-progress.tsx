/**
 * "Question 3 of 10" with a bar; the bar repeats the text for assistive tech.
 * `answeredRight` null: feedback only at the end, so no running count either.
 */
export function QuizProgress({
  current,
  total,
  answeredRight,
}: {
  current: number;
  total: number;
  answeredRight: number | null;
}) {
  const percent = total === 0 ? 0 : Math.round(((current - 1) / total) * 100);
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <p className="font-semibold">
          Question {current} of {total}
        </p>
        {answeredRight !== null && <p className="text-muted">{answeredRight} right so far</p>}
      </div>
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={`Question ${current} of ${total}`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className="h-full rounded-full bg-accent transition-[width] duration-300"
          style={{ width: `${Math.max(percent, 4)}%` }}
        />
      </div>
    </div>
  );
}
