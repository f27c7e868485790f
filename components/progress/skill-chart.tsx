import { SKILL_LABELS, type SkillAccuracy } from "@/lib/progress";

/** Accuracy per skill as labelled bars; each bar states its numbers in text, so the chart needs no legend. */
export function SkillChart({ skills }: { skills: SkillAccuracy[] }) {
  if (skills.length === 0) return <p className="text-muted">Answer a few questions to see your accuracy per skill.</p>;
  return (
    <ul className="grid gap-3">
      {skills.map(({ skill, correct, answered }) => {
        const percent = Math.round((correct / answered) * 100);
        return (
          <li key={skill} className="grid gap-1">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium">{SKILL_LABELS[skill]}</span>
              <span className="text-muted tabular-nums">
                {percent}%{" "}
                <span className="text-xs">
                  ({correct} of {answered})
                </span>
              </span>
            </div>
            <div aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-surface-muted">
              <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
