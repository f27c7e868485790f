import type { AnswerCount } from "@/lib/gradebook";
import { letter } from "@/components/quiz/option-letters";

/**
 * What the class chose on one question, as a small bar chart: one bar per
 * option (the right one marked), or the most common wrong typed answers.
 * The numbers are in the text, so the bars are decoration for screen readers.
 */
export function AnswerBreakdown({
  counts,
  students,
  typed,
}: {
  counts: AnswerCount[];
  students: number;
  typed: boolean;
}) {
  if (counts.length === 0) return null;
  const most = Math.max(1, ...counts.map((c) => c.students));
  return (
    <div className="mt-3">
      <p className="text-sm font-semibold">{typed ? "Most common wrong answers" : "What students chose"}</p>
      <ul className="mt-1 grid gap-1.5 text-sm">
        {counts.map((c, i) => (
          <li
            key={i}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_auto]"
          >
            <span className="min-w-0 break-words">
              {!typed && <span className="font-semibold text-muted">{letter(i)}. </span>}
              {c.answer}
              {c.right && <span className="ml-1.5 font-semibold text-success">(right answer)</span>}
            </span>
            {/* On a phone the count sits beside the answer and the bar goes below both; wider, the bar comes between. */}
            <span className="whitespace-nowrap text-muted tabular-nums sm:order-3">
              {c.students} of {students}
            </span>
            <span
              aria-hidden="true"
              className="col-span-2 h-2 overflow-hidden rounded-full bg-surface-muted sm:order-2 sm:col-span-1"
            >
              <span
                className={`block h-full rounded-full ${c.right ? "bg-success" : "bg-danger"}`}
                style={{ width: `${(c.students / most) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
