/**
 * CSV export of a quiz's results, for spreadsheets.
 *
 * RFC 4180: fields holding a comma, a double quote, CR or LF are quoted,
 * quotes doubled, rows end with CRLF. A UTF-8 byte order mark goes first,
 * because Excel otherwise reads UTF-8 as the local code page and turns
 * "王小明" or "Zoë" into mojibake.
 *
 * Names and answers come from students, so a cell starting with = + - @,
 * a tab or a CR is prefixed with an apostrophe: spreadsheets would
 * otherwise run it as a formula (CSV injection, OWASP). The apostrophe
 * shows in the cell; that is the accepted price.
 */
import { describeResponse } from "../quiz";
import type { Quiz } from "../quiz/types";
import type { GradedResult } from "./gradebook";
import { rescore } from "./scoring";

export const CSV_BOM = "\uFEFF";

/** Neutralises formula triggers, then quotes if needed. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text with CRLF line ends, without the BOM. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * One row per student: name, score recomputed from the answers, percent,
 * time taken, when they started and when the teacher added the result,
 * then for each question the student's answer and whether it was right.
 * Starts with a BOM.
 */
export function gradebookCsv(quiz: Quiz, results: readonly GradedResult[]): string {
  const header: string[] = ["Name", "Score", "Out of", "Percent", "Time taken (seconds)", "Started", "Added"];
  quiz.questions.forEach((q, i) => header.push(`Q${i + 1}: ${q.prompt}`, `Q${i + 1} right?`));
  const rows: (string | number)[][] = [header];
  for (const result of results) {
    const score = rescore(result, quiz);
    const row: (string | number)[] = [
      result.name,
      score.correct,
      score.total,
      score.total === 0 ? 0 : Math.round((100 * score.correct) / score.total),
      Math.round(result.durationMs / 1000),
      result.startedAt,
      result.importedAt,
    ];
    for (const q of quiz.questions) {
      const response = Object.hasOwn(result.answers, q.id) ? (result.answers[q.id] ?? null) : null;
      row.push(describeResponse(q, response).join("; "), response === null ? "skipped" : score.perQuestion[q.id] ? "yes" : "no");
    }
    rows.push(row);
  }
  return CSV_BOM + toCsv(rows);
}
