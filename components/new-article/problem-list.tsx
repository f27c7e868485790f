/** What a form refused and why, announced as soon as it appears. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-control border-2 border-danger bg-danger-soft p-3 text-sm text-danger">
      <ul className="grid gap-1">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
