/** One answer as text: inline when it is one line, a list for matching pairs or an order. */
export function AnswerLines({ lines, ordered }: { lines: string[]; ordered: boolean }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`mt-0.5 grid gap-0.5 pl-5 ${ordered ? "list-decimal" : "list-disc"}`}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </List>
  );
}
