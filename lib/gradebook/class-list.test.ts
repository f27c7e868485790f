import { describe, expect, it } from "vitest";
import {
  classListCsv,
  classListEntries,
  classListTsv,
  fileResult,
  flagResults,
  notSubmitted,
  parseClassList,
  type FlagKind,
  type GradedResult,
  saveQuiz,
  emptyGradebook,
  setClassList,
  classListOf,
  gradebookFile,
  mergeGradebooks,
  removeQuiz,
  migrateGradebook,
} from "./index";

describe("parseClassList", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "one name a line, trimmed, blank lines skipped",
      "  Ana López \n\n\tBen\r\nChloé\n   \n",
      ["Ana López", "Ben", "Chloé"],
      [],
    ],
    ["invisible and bidi characters removed, NFKC", "A\u200bna\nＢｅｎ\n\u202eChloé", ["Ana", "Ben", "Chloé"], []],
    ["spaces collapsed", "Ana   María", ["Ana María"], []],
    ["a repeated name reported", "Ana\nBen\nAna", ["Ana", "Ben"], ["Ana"]],
    ["a look-alike (Cyrillic А, other case) reported as repeated", "Ana\n\u0410na\nANA", ["Ana"], ["Аna", "ANA"]],
  ])("%s", (_, text, names, duplicates) => {
    const parsed = parseClassList(text);
    expect(parsed.names).toEqual(names);
    expect(parsed.duplicates).toEqual(duplicates);
    expect(parsed.problems).toEqual([]);
  });

  it("says which line is too long instead of dropping it silently", () => {
    const parsed = parseClassList(`Ana\n${"x".repeat(81)}`);
    expect(parsed.names).toEqual(["Ana"]);
    expect(parsed.problems).toEqual([expect.stringMatching(/Line 2 .*80 characters/)]);
  });
});

describe("classListEntries", () => {
  let n = 0;
  const token = () => `tok${String(++n).padStart(8, "0")}`;
  it("keeps the token of a name already on the list, gives new names new tokens", () => {
    const first = classListEntries(["Ana", "Ben"], [], token);
    const again = classListEntries(["Ben", "Chloé", "Ana"], first, token);
    expect(again.find((s) => s.name === "Ana")!.token).toBe(first[0]!.token);
    expect(again.find((s) => s.name === "Ben")!.token).toBe(first[1]!.token);
    expect(new Set(again.map((s) => s.token)).size).toBe(3);
  });
  it("never gives two students one token, even if the random source repeats", () => {
    const tokens = ["AAAAAAAAAAA", "AAAAAAAAAAA", "BBBBBBBBBBB"];
    const list = classListEntries(["Ana", "Ben"], [], () => tokens.shift()!);
    expect(list.map((s) => s.token)).toEqual(["AAAAAAAAAAA", "BBBBBBBBBBB"]);
  });
});

const students = [
  { name: "Ana", token: "AAAAAAAAAAA" },
  { name: "Ben", token: "BBBBBBBBBBB" },
  { name: "Chloé", token: "CCCCCCCCCCC" },
];
let counter = 0;
function result(over: Partial<GradedResult> = {}): GradedResult {
  counter++;
  return {
    id: counter.toString(16).padStart(16, "0"),
    quiz: "238239400fc6",
    name: "Ana",
    answers: { q1: { kind: "choice", index: counter % 3 } },
    startedAt: "2025-03-14T09:30:00.000Z",
    durationMs: 5 * 60_000,
    importedAt: "2025-03-14T11:00:00.000Z",
    ...over,
  };
}

describe("filing results under the class list", () => {
  it.each<[string, Partial<GradedResult>, string, string | null]>([
    ["a known token, the same name", { name: "Ana", token: "AAAAAAAAAAA" }, "Ana", null],
    ["a known token, another name typed", { name: "Benny", token: "BBBBBBBBBBB" }, "Ben", "Benny"],
    ["a classmate's name typed on Ana's link", { name: "Ben", token: "AAAAAAAAAAA" }, "Ana", "Ben"],
    ["an unknown token: as typed", { name: "Dan", token: "ZZZZZZZZZZZ" }, "Dan", null],
    ["no token: as typed", { name: "Eve" }, "Eve", null],
  ])("%s", (_, over, name, typed) => {
    const filed = fileResult(result(over), students);
    expect({ name: filed.name, typed: filed.typed }).toEqual({ name, typed });
  });

  it("lists who has not submitted", () => {
    expect(
      notSubmitted([result({ token: "AAAAAAAAAAA" }), result({ token: "ZZZZZZZZZZZ" }), result()], students),
    ).toEqual(students.slice(1));
  });
});

describe("token flags", () => {
  const context = {
    questions: 10,
    quizCreatedAt: "2025-03-14T08:00:00.000Z",
    now: Date.parse("2025-03-14T12:00:00.000Z"),
  };
  const flagsOf = (results: GradedResult[], list = students) => {
    const flags = flagResults(results, { ...context, classList: list });
    return results.map((r) =>
      (flags.get(r.id) ?? [])
        .map((f) => f.kind)
        .filter((k) => k.startsWith("token"))
        .sort(),
    );
  };
  it.each<[string, Partial<GradedResult>[], FlagKind[][]]>([
    [
      "each student on their own link",
      [
        { name: "Ana", token: "AAAAAAAAAAA" },
        { name: "Ben", token: "BBBBBBBBBBB" },
      ],
      [[], []],
    ],
    ["no token, with a class list", [{ name: "Ana" }], [["token-missing"]]],
    ["a forged token", [{ name: "Ana", token: "ZZZZZZZZZZZ" }], [["token-unknown"]]],
    [
      "one link used for two different submissions",
      [
        { name: "Ana", token: "AAAAAAAAAAA" },
        { name: "Ben", token: "AAAAAAAAAAA" },
      ],
      [["token-reused"], ["token-reused"]],
    ],
  ])("%s", (_, overs, expected) => {
    expect(flagsOf(overs.map((o) => result(o)))).toEqual(expected);
  });

  it("without a class list, tokens are not checked (links work as today)", () => {
    expect(flagsOf([result(), result({ token: "ZZZZZZZZZZZ" })], [])).toEqual([[], []]);
  });

  it("names the link's owner when a link is reused", () => {
    const rs = [result({ token: "CCCCCCCCCCC" }), result({ token: "CCCCCCCCCCC" })];
    const reasons = flagResults(rs, { ...context, classList: students })
      .get(rs[0]!.id)!
      .map((f) => f.reason);
    expect(reasons.join(" ")).toMatch(/2 different results came from Chloé’s personal link/);
  });
});

describe("copying and downloading the links", () => {
  const rows = [
    { name: "Ana", link: "https://x.example/play/#q=3.x&t=AAAAAAAAAAA" },
    { name: "=cmd;x", link: "https://x.example/play/#q=3.x&t=BBBBBBBBBBB" },
  ];
  it("Copy all: name TAB link per line, formulas neutralised", () => {
    expect(classListTsv(rows)).toBe(`Ana\t${rows[0]!.link}\n'=cmd;x\t${rows[1]!.link}`);
  });
  it("CSV: quoted and neutralised like the results' CSV", () => {
    expect(classListCsv(rows)).toBe(
      `\uFEFFName,Personal link\r\nAna,${rows[0]!.link}\r\n"'=cmd;x",${rows[1]!.link}\r\n`,
    );
  });
});

describe("class lists in the gradebook store's data", () => {
  const quiz = {
    fingerprint: "238239400fc6",
    code: "3.x",
    shared: {} as never,
    createdAt: "2025-03-14T08:00:00.000Z",
  };
  const withQuiz = () => saveQuiz(emptyGradebook(), quiz);
  it("survive export and import of the backup file", () => {
    const data = setClassList(withQuiz(), quiz.fingerprint, students, "2025-03-14T09:00:00.000Z");
    const read = JSON.parse(gradebookFile(data, "2025-03-14T10:00:00.000Z")).gradebook.classLists;
    expect(read[quiz.fingerprint].students).toEqual(students);
  });
  it("two tabs keep the later list; removing the quiz removes its list", () => {
    const older = setClassList(withQuiz(), quiz.fingerprint, students.slice(0, 1), "2025-03-14T09:00:00.000Z");
    const newer = setClassList(withQuiz(), quiz.fingerprint, students, "2025-03-14T09:05:00.000Z");
    expect(classListOf(mergeGradebooks(newer, older), quiz.fingerprint)).toEqual(students);
    expect(classListOf(mergeGradebooks(older, newer), quiz.fingerprint)).toEqual(students);
    const removed = removeQuiz(newer, quiz.fingerprint, "2025-03-14T10:00:00.000Z");
    expect(classListOf(mergeGradebooks(newer, removed), quiz.fingerprint)).toEqual([]);
  });
  it("a version-3 gradebook is read with no class lists", () => {
    const v3: Record<string, unknown> = { ...emptyGradebook() };
    delete v3.classLists;
    expect(migrateGradebook(v3, 3)?.classLists).toEqual({});
  });
});
