"use client";
import { useId, useState } from "react";
import {
  classListCsv,
  classListEntries,
  classListTsv,
  parseClassList,
  type ClassListEntry,
  type ParsedClassList,
} from "@/lib/gradebook";
import { newToken, personalLink, fileNameFor } from "@/lib/share";
import { useClassList, useGradebookActions } from "@/components/state/gradebook-store";
import { CopyButton } from "@/components/sharing/copy-button";
import { SelectableText } from "@/components/sharing/selectable-text";
import { downloadFile } from "./download-file";

const names = (students: readonly ClassListEntry[]) => students.map((s) => s.name).join("\n");

/**
 * Personal links: from a class list, one link per student, each with its own
 * random token. The list and the tokens stay in this browser's gradebook, so
 * results can be filed under the right name when they come back.
 */
export function PersonalLinks({ fingerprint, link, title }: { fingerprint: string; link: string; title: string }) {
  const saved = useClassList(fingerprint);
  const students = saved?.students ?? [];
  const { setClassList } = useGradebookActions();
  const [text, setText] = useState(() => names(students));
  const [report, setReport] = useState<ParsedClassList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const listId = `${id}-class-list`;
  const allId = `${id}-all-links`;

  function make(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parseClassList(text);
    if (parsed.names.length === 0) {
      setProblem("Paste your class list first: one student’s name on each line.");
      setReport(null);
      return;
    }
    setProblem(null);
    setReport(parsed);
    setClassList(
      fingerprint,
      classListEntries(parsed.names, students, () => newToken()),
    );
    setText(parsed.names.join("\n"));
  }

  const rows = students.map((s) => ({ name: s.name, token: s.token, link: personalLink(link, s.token) }));

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-2 grid gap-3 border-t border-line pt-4">
      <h3 id={`${id}-heading`} className="font-semibold">
        Personal links
      </h3>
      <p className="text-sm text-muted">
        Give each student their own link: the gradebook then files each result under the name on your list, and points
        out a result sent from someone else’s link, from no personal link, or from one link twice. The link does not
        show the student’s name, so a forwarded link does not give it away.
      </p>
      <form noValidate onSubmit={make} className="grid gap-2">
        <label htmlFor={listId} className="text-sm font-semibold">
          Class list <span className="font-normal text-muted">(one name per line)</span>
        </label>
        <textarea
          id={listId}
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          className="w-full rounded-control border-2 border-line bg-surface px-3 py-2 text-sm text-ink"
        />
        <button
          type="submit"
          className="justify-self-start rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft"
        >
          {students.length > 0 ? "Update personal links" : "Make personal links"}
        </button>
        {problem && (
          <p id={`${id}-problem`} role="alert" className="text-sm font-medium text-danger">
            {problem}
          </p>
        )}
        <div role="status" className="grid gap-1 text-sm">
          {report && (
            <>
              <p>
                {report.names.length} personal link{report.names.length === 1 ? "" : "s"} ready. Students already on the
                list keep the link they had.
              </p>
              {report.duplicates.length > 0 && (
                <p className="font-medium text-warning">
                  Left out as repeated (the same name, or one that looks the same, is already on the list):{" "}
                  {report.duplicates.join(", ")}.
                </p>
              )}
              {report.problems.map((p) => (
                <p key={p} className="font-medium text-warning">
                  {p}
                </p>
              ))}
            </>
          )}
        </div>
      </form>

      {rows.length > 0 && (
        <>
          <ul className="grid gap-2" aria-label="Personal links, one per student">
            {rows.map((row, i) => (
              <li key={row.token} className="grid gap-1 rounded-control border border-line p-2 sm:p-3">
                <label htmlFor={`${id}-link-${i}`} className="text-sm font-semibold break-words">
                  {row.name}
                </label>
                <div className="flex flex-wrap items-center gap-2">
                  <div className="min-w-0 flex-1 basis-56">
                    <SelectableText id={`${id}-link-${i}`} value={row.link} />
                  </div>
                  <CopyButton
                    text={row.link}
                    label="Copy"
                    fieldId={`${id}-link-${i}`}
                    accessibleName={`Copy ${row.name}’s link`}
                    className="px-3 py-1.5 text-sm"
                  />
                </div>
              </li>
            ))}
          </ul>
          <div className="grid gap-2">
            <label htmlFor={allId} className="text-sm font-semibold">
              All links <span className="font-normal text-muted">(name, tab, link: paste into a spreadsheet)</span>
            </label>
            <SelectableText id={allId} value={classListTsv(rows)} rows={3} />
            <div className="flex flex-wrap items-center gap-3">
              <CopyButton text={classListTsv(rows)} label="Copy all" fieldId={allId} />
              <button
                type="button"
                onClick={() =>
                  downloadFile(classListCsv(rows), fileNameFor(title, "-personal-links.csv"), "text/csv;charset=utf-8")
                }
                className="rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft"
              >
                Download as CSV
              </button>
            </div>
          </div>
          <p className="text-sm text-muted">
            A personal link shows that a result came from someone who had that link, not who answered: a student can
            still pass their link on. Send each link only to its student (e-mail or your class platform).
          </p>
        </>
      )}
    </section>
  );
}
