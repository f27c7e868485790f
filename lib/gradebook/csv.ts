/**
 * CSV export of a quiz's results, for spreadsheets.
 *
 * RFC 4180: fields holding a comma, a semicolon, a tab, a double quote, CR
 * or LF are quoted, quotes doubled, rows end with CRLF. The semicolon and the
 * tab are not separators here, but a spreadsheet in a locale that uses them
 * (most of Europe uses ";") would otherwise split such a cell. A UTF-8 byte
 * order mark goes first, because Excel otherwise reads UTF-8 as the local
 * code page and turns "王小明" or "Zoë" into mojibake.
 *
 * Names and answers come from students, so a cell starting with = + - @, a
 * tab or a CR, after any leading spaces, is prefixed with an apostrophe:
 * spreadsheets would otherwise run it as a formula (CSV injection, OWASP).
 * The same is done after every common separator inside the cell (, ; tab |
 * and line breaks): an importer that splits on ";" regardless of quotes
 * turns "x;=1+1;y" into three cells, the middle one live. The apostrophe
 * shows in the cell; that is the accepted price.
 */
import { describeResponse } from "../quiz";
import type { Quiz } from "../quiz";
import type { GradedResult } from "./gradebook";
import { rescore } from "./scoring";
import { fileResult, type ClassListEntry } from "./class-list";

export const CSV_BOM = "\uFEFF";

const SEPARATORS = new Set([",", ";", "\t", "|", "\r", "\n"]);
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** An apostrophe at the start of every piece (the cell, or what follows a separator) that a spreadsheet would read as a formula. */
export function neutraliseFormulas(text: string): string {
  let out = "";
  let pieceStarts = true;
  for (let i = 0; i < text.length; i++) {
    if (pieceStarts) {
      let j = i;
      while (text[j] === " ") j++;
      if (j < text.length && TRIGGERS.has(text[j]!)) out += "'";
      pieceStarts = false;
    }
    out += text[i];
    if (SEPARATORS.has(text[i]!)) pieceStarts = true;
  }
  return out;
}

/** Neutralises formula triggers, then quotes if needed. Numbers are ours (a score, a duration) and left as they are. */
export function csvCell(value: string | number): string {
  const text = typeof value === "string" ? neutraliseFormulas(value) : String(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * One row per student: name, score recomputed from the answers, percent,
 * time taken, when they started and when the teacher added the result,
 * then for each question the student's answer and whether it was right.
 * Starts with a BOM. With a class list, "Name" is the name the result is
 * filed under (its personal link's) and "Name typed" what the student typed.
 */
export function gradebookCsv(
  quiz: Quiz,
  results: readonly GradedResult[],
  classList: readonly ClassListEntry[] = [],
): string {
  const withList = classList.length > 0;
  const header: string[] = ["Name", "Score", "Out of", "Percent", "Time taken (seconds)", "Started", "Added"];
  if (withList) header.splice(1, 0, "Name typed");
  quiz.questions.forEach((q, i) => header.push(`Q${i + 1}: ${q.prompt}`, `Q${i + 1} right?`));
  const rows: (string | number)[][] = [header];
  for (const result of results) {
    const score = rescore(result, quiz);
    const row: (string | number)[] = [
      ...(withList ? [fileResult(result, classList).name, result.name] : [result.name]),
      score.correct,
      score.total,
      score.total === 0 ? 0 : Math.round((100 * score.correct) / score.total),
      Math.round(result.durationMs / 1000),
      result.startedAt,
      result.importedAt,
    ];
    for (const q of quiz.questions) {
      const response = Object.hasOwn(result.answers, q.id) ? (result.answers[q.id] ?? null) : null;
      row.push(
        describeResponse(q, response).join("; "),
        response === null ? "skipped" : score.perQuestion[q.id] ? "yes" : "no",
      );
    }
    rows.push(row);
  }
  return CSV_BOM + toCsv(rows);
}
