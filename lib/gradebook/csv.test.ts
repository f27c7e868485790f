import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { v1Fixtures } from "../share/test-helpers";
import { materializeQuiz } from "../share/materialize";
import { seedArticle } from "../share/test-helpers";
import { CSV_BOM, csvCell, gradebookCsv, toCsv } from "./csv";
import type { GradedResult } from "./gradebook";
import { loadFormat1Engine } from "../share";

// Format-1 quizzes are rebuilt by the old engine, which the app fetches only for them.
await loadFormat1Engine();

/** A strict RFC 4180 reader, to check that what we write reads back as what we meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted cell`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error("last row has no CRLF");
  return rows;
}

describe("csvCell", () => {
  it.each([
    ["plain text", "Ana", "Ana"],
    ["a number", 42, "42"],
    ["a negative number (ours, not a formula)", -3, "-3"],
    ["a comma", "Smith, Ana", '"Smith, Ana"'],
    ["quotes", 'She said "hi"', '"She said ""hi"""'],
    ["a line feed", "two\nlines", '"two\nlines"'],
    ["a CR LF", "two\r\nlines", '"two\r\nlines"'],
    ["Chinese", "王小明", "王小明"],
    ["Arabic", "محمد", "محمد"],
    ["an accent", "Zoë", "Zoë"],
    ["a formula", "=1+1", "'=1+1"],
    ["a plus", "+44 20", "'+44 20"],
    ["a minus", "-2+3", "'-2+3"],
    ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab (quoted: a tab is a separator somewhere)", "\t=1", "\"'\t'=1\""],
    ["a leading CR", "\r=1", "\"'\r'=1\""],
    ["a formula with a comma and quotes", '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["an equals sign later on", "a=b", "a=b"],
    ["empty", "", ""],
  ])("%s", (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("csvCell against hostile cells, for every separator a spreadsheet may split on", () => {
  it.each([
    ["a formula after a semicolon", "x;=1+1;y", `"x;'=1+1;y"`],
    ["a formula after a comma", "x,=1+1", `"x,'=1+1"`],
    ["a formula after a tab", "x\t=1+1", `"x\t'=1+1"`],
    ["a formula after a pipe", "x|=1+1", "x|'=1+1"],
    ["a formula on a second line", "x\n@SUM(A1)", `"x\n'@SUM(A1)"`],
    ["a formula after a CR", "x\r+1", `"x\r'+1"`],
    ["leading spaces before a formula", "   =1+1", "'   =1+1"],
    ["spaces after a semicolon before a formula", "x;  -1+A1", `"x;'  -1+A1"`],
    ["a DDE payload", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["a semicolon alone is quoted", "a;b", `"a;b"`],
    ["a tab alone is quoted", "a\tb", `"a\tb"`],
    ["a quote after a semicolon", 'a;"b', `"a;""b"`],
    ["a hyphen inside a word stays", "Mary-Jane", "Mary-Jane"],
    ["an at sign inside an address stays", "ana@school.org", "ana@school.org"],
  ])("%s", (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("no piece of any cell, split on any separator and stripped of spaces, starts a formula", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", ";", "|", " ", '"', "a") }),
        (value) => {
          const cell = csvCell(value);
          const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
          for (const piece of unquoted.split(/[,;\t|\r\n]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("toCsv", () => {
  it("ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("a,b\r\nc,d\r\n");
  });

  it("reads back cell for cell under a strict RFC 4180 reader, whatever the text", () => {
    // Cells with nothing to neutralise: no formula trigger at the start of any piece.
    const safeCell = fc.string({ unit: "binary" }).filter((s) => !/(?:^|[,;\t|\r\n]) *[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeCell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("gradebookCsv", () => {
  // A format-1 quiz, as the gradebooks teachers already have hold them.
  const shared = v1Fixtures.quizzes[0]!.value;
  const materialized = materializeQuiz(shared, seedArticle);
  if (!materialized.ok) throw new Error(materialized.message);
  const quiz = materialized.quiz;
  const [q1] = quiz.questions;
  const result = (name: string, answers: GradedResult["answers"]): GradedResult => ({
    id: name,
    quiz: materialized.fingerprint,
    name,
    answers,
    startedAt: "2025-03-14T09:30:00.000Z",
    durationMs: 61_400,
    importedAt: "2025-03-14T10:00:00.000Z",
  });
  const answerQ1 = "options" in q1! ? { kind: "choice" as const, index: q1.answer } : null;
  const csv = gradebookCsv(quiz, [
    result("王小明", { [q1!.id]: answerQ1 }),
    result("محمد", {}),
    result('Zoë, "the" best', {}),
    result('=HYPERLINK("http://evil.example","click")', {}),
  ]);
  const rows = parseCsv(csv.slice(CSV_BOM.length));

  it("starts with a UTF-8 BOM so Excel reads non-Latin names right", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
  });

  it("has a header naming each question, then one row per student with the recomputed score", () => {
    expect(rows[0]!.slice(0, 7)).toEqual([
      "Name",
      "Score",
      "Out of",
      "Percent",
      "Time taken (seconds)",
      "Started",
      "Added",
    ]);
    expect(rows[0]![7]).toBe(`Q1: ${q1!.prompt}`);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r[0])).toEqual([
      "Name",
      "王小明",
      "محمد",
      'Zoë, "the" best',
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(rows[1]!.slice(1, 5)).toEqual([
      answerQ1 ? "1" : "0",
      String(quiz.questions.length),
      answerQ1 ? "10" : "0",
      "61",
    ]);
    expect(rows[1]![8]).toBe(answerQ1 ? "yes" : "skipped");
    expect(rows[2]![8]).toBe("skipped");
  });

  it("every row has as many cells as the header", () => {
    for (const row of rows) expect(row).toHaveLength(7 + 2 * quiz.questions.length);
  });
});
