import { describe, expect, it } from "vitest";
import { v1Fixtures } from "../share/test-helpers";
import { materializeQuiz } from "../share/materialize";
import { resultId, type StudentResult } from "../share/result-code";
import { seedArticle } from "../share/test-helpers";
import { correctResponse } from "../quiz/grade";
import type { Question, Quiz, Response } from "../quiz/types";
import {
  answerBreakdown,
  clearQuiz,
  emptyGradebook,
  gradebookDataSchema,
  importResult,
  itemAnalysis,
  removeQuiz,
  removeResult,
  rescore,
  resultsForQuiz,
  saveQuiz,
  savedQuiz,
  type GradedResult,
} from "./index";
import { loadFormat1Engine } from "../share";

// Format-1 quizzes are rebuilt by the old engine, which the app fetches only for them.
await loadFormat1Engine();

// A format-1 quiz, as the gradebooks teachers already have hold them.
const shared = v1Fixtures.quizzes[0]!.value;
const materialized = materializeQuiz(shared, seedArticle);
if (!materialized.ok) throw new Error(materialized.message);
const quiz: Quiz = materialized.quiz;
const fingerprint = materialized.fingerprint;
const NOW = "2025-03-14T10:00:00.000Z";
const LATER = "2025-03-15T10:00:00.000Z";

const right = correctResponse;

function wrong(q: Question): Response {
  switch (q.type) {
    case "fill-blank":
    case "short-answer":
      return { kind: "text", text: "definitely not it" };
    case "numeric":
      return { kind: "number", value: q.answer + 1 };
    case "matching":
      return { kind: "matching", pairs: q.answer.map(() => -1) };
    case "ordering":
      return { kind: "ordering", order: [...q.answer].reverse() };
    default:
      return { kind: "choice", index: (q.answer + 1) % q.options.length };
  }
}

/** A result whose i-th question is right when `pattern[i]` is "1", wrong for "0", skipped for "-". */
function studentResult(name: string, pattern: string): StudentResult {
  const answers: StudentResult["answers"] = {};
  quiz.questions.forEach((q, i) => {
    answers[q.id] = pattern[i] === "1" ? right(q) : pattern[i] === "0" ? wrong(q) : null;
  });
  return { v: 1, quiz: fingerprint, name, answers, startedAt: "2025-03-14T09:30:00.000Z", durationMs: 300_000 };
}

/** What importResult files for `r` (without its format version `v`). */
const graded = (result: StudentResult): GradedResult => {
  const r: Partial<StudentResult> = { ...result };
  delete r.v;
  return { ...(r as Omit<StudentResult, "v">), id: resultId(result), importedAt: NOW };
};
const withQuiz = () => saveQuiz(emptyGradebook(), savedQuiz(shared, "1.code", NOW));

describe("importResult", () => {
  it("adds a result for a quiz made here, then recognises the same result as a duplicate", () => {
    const r = studentResult("Ana", "1111111111");
    const first = importResult(withQuiz(), r, resultId(r), NOW);
    expect(first.outcome).toMatchObject({ kind: "added", result: { name: "Ana", quiz: fingerprint, importedAt: NOW } });
    const again = importResult(first.data, structuredClone(r), resultId(structuredClone(r)), "later");
    expect(again.outcome).toEqual({ kind: "duplicate", name: "Ana" });
    expect(again.data).toBe(first.data);
  });

  it("refuses a result for a quiz that is not in this gradebook, and changes nothing", () => {
    const data = withQuiz();
    const r = { ...studentResult("Ana", "1"), quiz: "0123456789ab" };
    const { data: after, outcome } = importResult(data, r, resultId(r), NOW);
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.reason).toMatch(/“Ana” is for a quiz that is not in this gradebook/);
    expect(after).toBe(data);
  });

  it("two different attempts by the same name are both kept", () => {
    const a = studentResult("Ana", "1111111111");
    const b = studentResult("Ana", "0000000000");
    let data = importResult(withQuiz(), a, resultId(a), NOW).data;
    data = importResult(data, b, resultId(b), NOW).data;
    expect(resultsForQuiz(data, fingerprint)).toHaveLength(2);
  });
});

describe("reducers", () => {
  const a = studentResult("Ana", "1");
  const b = studentResult("Ben", "0");
  const other = { ...studentResult("Cy", "1"), quiz: "fedcba987654" };
  const data = {
    ...withQuiz(),
    results: { [resultId(a)]: graded(a), [resultId(b)]: graded(b), [resultId(other)]: graded(other) },
  };

  it("removeResult deletes one result and remembers when", () => {
    const removed = removeResult(data, resultId(a), LATER);
    expect(Object.keys(removed.results)).toEqual([resultId(b), resultId(other)]);
    expect(removed.removed.results).toEqual({ [resultId(a)]: LATER });
    expect(removeResult(data, "missing", LATER)).toBe(data);
  });

  it("clearQuiz deletes one quiz's results and keeps the quiz; removeQuiz deletes both", () => {
    const cleared = clearQuiz(data, fingerprint, LATER);
    expect(Object.keys(cleared.results)).toEqual([resultId(other)]);
    expect(Object.keys(cleared.quizzes)).toEqual([fingerprint]);
    const removed = removeQuiz(data, fingerprint, LATER);
    expect(removed.quizzes).toEqual({});
    expect(Object.keys(removed.results)).toEqual([resultId(other)]);
    expect(Object.keys(removed.removed.quizzes)).toEqual([fingerprint]);
  });

  it("data the reducers make passes the persisted-data schema; tampered data does not", () => {
    expect(gradebookDataSchema.safeParse(data).error?.issues).toBeUndefined();
    expect(gradebookDataSchema.safeParse({ ...data, results: { x: { ...graded(a), score: 10 } } }).success).toBe(false);
    expect(
      gradebookDataSchema.safeParse({ ...data, results: { x: { ...graded(a), importedAt: "garbage" } } }).success,
    ).toBe(false);
  });
});

describe("rescore: only the answers count", () => {
  it("all right, all wrong, all skipped", () => {
    const n = quiz.questions.length;
    expect(rescore(graded(studentResult("A", "1".repeat(n))), quiz)).toMatchObject({ correct: n, total: n });
    expect(rescore(graded(studentResult("B", "0".repeat(n))), quiz)).toMatchObject({ correct: 0, total: n });
    expect(rescore(graded(studentResult("C", "-".repeat(n))), quiz)).toMatchObject({ correct: 0, total: n });
  });

  it("a score, a 'correct' flag or extra answers smuggled into a result change nothing", () => {
    const honest = graded(studentResult("D", "1100000000"));
    const smuggled = {
      ...honest,
      score: 10,
      correct: 10,
      answers: {
        ...honest.answers,
        "not-in-quiz": { kind: "choice", index: 0 },
        ["correct" as string]: { kind: "choice", index: 0 },
      },
    } as GradedResult;
    expect(rescore(smuggled, quiz)).toEqual(rescore(honest, quiz));
    expect(rescore(smuggled, quiz).correct).toBe(2);
  });

  it("per question, in quiz terms", () => {
    const { perQuestion } = rescore(graded(studentResult("E", "10-")), quiz);
    const [q1, q2, q3] = quiz.questions;
    expect([perQuestion[q1!.id], perQuestion[q2!.id], perQuestion[q3!.id]]).toEqual([true, false, false]);
  });

  it("follows the teacher's edited right answer", () => {
    const choice = quiz.questions.find((q) => q.type === "multiple-choice" && "options" in q)!;
    if (!("options" in choice)) throw new Error("no choice question");
    const newAnswer = (choice.answer + 1) % choice.options.length;
    const editedShared = { ...shared, edits: { [choice.id]: { options: choice.options, answer: newAnswer } } };
    const edited = materializeQuiz(editedShared, seedArticle);
    if (!edited.ok) throw new Error(edited.message);
    const answers = { [choice.id]: { kind: "choice", index: newAnswer } as Response };
    const r = graded({ ...studentResult("F", ""), answers });
    expect(rescore(r, edited.quiz).correct).toBe(1);
    expect(rescore(r, quiz).correct).toBe(0);
  });
});

describe("itemAnalysis", () => {
  it("lists the most missed question first; ties keep quiz order", () => {
    // Question:      1234567890
    const patterns = ["1101111110", "1001111100", "1-01101100"];
    const results = patterns.map((p, i) => graded(studentResult(`S${i}`, p)));
    const analysis = itemAnalysis(results, quiz);
    const number = (q: Question) => quiz.questions.indexOf(q) + 1;
    // Right answers per question: 3,1,0,3,3,2,3,3,1,0.
    expect(analysis.map((s) => number(s.question))).toEqual([3, 10, 2, 9, 6, 1, 4, 5, 7, 8]);
    expect(analysis.map((s) => s.correctShare)).toEqual([0, 0, 1 / 3, 1 / 3, 2 / 3, 1, 1, 1, 1, 1]);
    expect(analysis.find((s) => number(s.question) === 2)!.answered).toBe(2);
  });

  it("with no results: every share is 0 and nothing is divided by zero", () => {
    expect(itemAnalysis([], quiz).every((s) => s.correctShare === 0 && s.answered === 0)).toBe(true);
  });
});

describe("answerBreakdown: what the class answered", () => {
  const choiceQuestion = quiz.questions.find((q) => "options" in q)!;
  const typed = quiz.questions.find(
    (q) => q.type === "fill-blank" || q.type === "short-answer" || q.type === "numeric",
  );
  const withAnswer = (name: string, id: string, response: Response | null): GradedResult => ({
    ...graded(studentResult(name, "-")),
    id: name.padEnd(16, "0"),
    answers: { [id]: response },
  });

  it("counts how many chose each option, the right one marked", () => {
    if (!("options" in choiceQuestion)) throw new Error("no choice question");
    const wrongIndex = (choiceQuestion.answer + 1) % choiceQuestion.options.length;
    const results = [
      withAnswer("a", choiceQuestion.id, { kind: "choice", index: choiceQuestion.answer }),
      withAnswer("b", choiceQuestion.id, { kind: "choice", index: wrongIndex }),
      withAnswer("c", choiceQuestion.id, { kind: "choice", index: wrongIndex }),
      withAnswer("d", choiceQuestion.id, null),
    ];
    const counts = answerBreakdown(results, choiceQuestion);
    expect(counts.map((c) => c.answer)).toEqual(choiceQuestion.options);
    expect(counts[choiceQuestion.answer]).toMatchObject({ students: 1, right: true });
    expect(counts[wrongIndex]).toMatchObject({ students: 2, right: false });
    expect(counts.reduce((n, c) => n + c.students, 0)).toBe(3);
  });

  it("lists the most common wrong typed answers, however they were capitalised", () => {
    if (!typed) return expect.unreachable("the fixture quiz has a typed question");
    const text = (t: string) => ({ kind: "text", text: t }) as const;
    const results = [
      withAnswer("a", typed.id, text("Paris")),
      withAnswer("b", typed.id, text("paris ")),
      withAnswer("c", typed.id, text("Rome")),
      withAnswer("d", typed.id, right(typed)),
    ];
    expect(answerBreakdown(results, typed)).toEqual([
      { answer: "Paris", students: 2, right: false },
      { answer: "Rome", students: 1, right: false },
    ]);
  });
});
