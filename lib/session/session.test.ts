import { describe, expect, it } from "vitest";
import type { ChoiceQuestion, OrderingQuestion, Question, Response } from "../quiz/types";
import { advance, checkCurrent, isComplete, isQuizSession, missedQuestions, scoreOf, setResponse, startSession, toAttempt } from "./session";

const choice = (id: string, answer = 0): ChoiceQuestion => ({
  id,
  type: "multiple-choice",
  skill: "key-details", level: "literal",
  prompt: `Prompt ${id}`,
  explanation: "Because.",
  evidence: [{ start: 0, end: 4 }],
  options: ["A", "B", "C"],
  answer,
});

const ordering: OrderingQuestion = {
  id: "o",
  type: "ordering",
  skill: "sequence", level: "literal",
  prompt: "Order",
  explanation: "Because.",
  evidence: [],
  items: ["x", "y"],
  answer: [1, 0],
};

// The real engine grades; these tests only need a grader whose verdict they know.
const grade = (q: Question, r: Response) => r.kind === "choice" && q.type === "multiple-choice" && r.index === q.answer;

function start(questions: Question[]) {
  return startSession({ id: "s1", slug: "a", seed: 3, mode: "full", requestedSeed: null, questions, now: "2025-01-01T00:00:00.000Z" });
}

function answer(session: ReturnType<typeof start>, index: number) {
  return advance(checkCurrent(setResponse(session, { kind: "choice", index }), grade), "2025-01-01T00:10:00.000Z");
}

describe("quiz session", () => {
  it("scores exactly the answers graded right", () => {
    let s = start([choice("1", 0), choice("2", 1), choice("3", 2)]);
    s = answer(s, 0);
    s = answer(s, 0);
    s = answer(s, 2);
    expect(s.phase).toBe("results");
    expect(scoreOf(s)).toEqual({ score: 2, total: 3 });
    expect(missedQuestions(s).map((q) => q.id)).toEqual(["2"]);
  });

  it("does not check an incomplete answer, nor move on before checking", () => {
    const s = start([choice("1")]);
    expect(checkCurrent(s, grade)).toBe(s);
    expect(advance(s, "now")).toBe(s);
  });

  it("freezes an answer once it is checked", () => {
    const checked = checkCurrent(setResponse(start([choice("1")]), { kind: "choice", index: 2 }), grade);
    expect(setResponse(checked, { kind: "choice", index: 0 })).toBe(checked);
    expect(checked.results).toEqual([false]);
  });

  it("accepts an ordering as soon as it has every item", () => {
    expect(isComplete(ordering, null)).toBe(false);
    expect(isComplete(ordering, { kind: "ordering", order: [0, 1] })).toBe(true);
    expect(isComplete(choice("1"), { kind: "choice", index: 3 })).toBe(false);
    expect(isComplete(choice("1"), { kind: "text", text: "  " })).toBe(false);
  });

  it("becomes an attempt only when finished, stamped with its finishing time", () => {
    let s = start([choice("1")]);
    expect(toAttempt(s)).toBeNull();
    s = answer(s, 0);
    expect(toAttempt(s)).toEqual({
      id: "s1",
      slug: "a",
      seed: 3,
      mode: "full",
      score: 1,
      total: 1,
      finishedAt: "2025-01-01T00:10:00.000Z",
      answers: [{ questionId: "1", skill: "key-details", correct: true }],
    });
  });

  it("recognises its own shape in storage and rejects arrays that do not line up", () => {
    const s = start([choice("1"), choice("2")]);
    expect(isQuizSession(JSON.parse(JSON.stringify(s)))).toBe(true);
    expect(isQuizSession({ ...s, results: [null] })).toBe(false);
    expect(isQuizSession({ ...s, index: 2 })).toBe(false);
  });
});
