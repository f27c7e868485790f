import { describe, expect, it } from "vitest";
import type { ChoiceQuestion, OrderingQuestion, Question, Response } from "../quiz/types";
import {
  advance,
  checkCurrent,
  isComplete,
  isQuizSession,
  MAX_SESSIONS,
  mergeSessions,
  missedQuestions,
  nameResult,
  pruneSessions,
  scoreOf,
  setResponse,
  startSession,
  toAttempt,
  type QuizSession,
} from "./session";

const choice = (id: string, answer = 0): ChoiceQuestion => ({
  id,
  type: "multiple-choice",
  skill: "key-details",
  level: "literal",
  prompt: `Prompt ${id}`,
  explanation: "Because.",
  evidence: [{ start: 0, end: 4 }],
  options: ["A", "B", "C"],
  answer,
});

const ordering: OrderingQuestion = {
  id: "o",
  type: "ordering",
  skill: "sequence",
  level: "literal",
  prompt: "Order",
  explanation: "Because.",
  evidence: [],
  items: ["x", "y"],
  answer: [1, 0],
};

// The real engine grades; these tests only need a grader whose verdict they know.
const grade = (q: Question, r: Response) => r.kind === "choice" && q.type === "multiple-choice" && r.index === q.answer;

function start(questions: Question[]) {
  return startSession({
    id: "s1",
    slug: "a",
    seed: 3,
    mode: "full",
    requestedSeed: null,
    questions,
    now: "2025-01-01T00:00:00.000Z",
  });
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

  it("keeps the name a result link was made with, and still loads sessions saved before there was one", () => {
    const old = start([choice("1"), choice("2")]);
    expect("resultName" in old).toBe(false);
    expect(isQuizSession(JSON.parse(JSON.stringify(old)))).toBe(true);
    const named = nameResult(old, "Ana Lima");
    expect(named.resultName).toBe("Ana Lima");
    expect(isQuizSession(JSON.parse(JSON.stringify(named)))).toBe(true);
    expect(nameResult(named, "Ana Lima")).toBe(named);
    expect(isQuizSession({ ...old, resultName: 7 })).toBe(false);
    expect(isQuizSession({ ...old, resultName: "x".repeat(201) })).toBe(false);
  });

  it.each([
    [
      "a question without its options",
      (s: QuizSession) => ({ ...s, questions: [{ ...choice("1"), options: undefined }, choice("2")] }),
    ],
    [
      "ordering items of the wrong type",
      (s: QuizSession) => ({ ...s, questions: [{ ...ordering, items: [1, 2] }, choice("2")] }),
    ],
    ["a start date of “garbage”", (s: QuizSession) => ({ ...s, startedAt: "garbage" })],
    ["an answer of an unknown kind", (s: QuizSession) => ({ ...s, responses: [{ kind: "telepathy" }, null] })],
  ])("refuses a stored session with %s", (_, spoil) => {
    expect(isQuizSession(spoil(start([choice("1"), choice("2")])))).toBe(false);
  });
});

describe("sessions in two tabs", () => {
  const at = (minute: number) => `2025-01-01T00:${String(minute).padStart(2, "0")}:00.000Z`;
  const session = (startedAt: string, answered = 0): QuizSession => {
    let s: QuizSession = { ...start([choice("1"), choice("2"), choice("3")]), startedAt };
    for (let i = 0; i < answered; i++) s = answer(s, 0);
    return s;
  };

  it("keeps the quiz of one tab and the shared quiz of the other", () => {
    const merged = mergeSessions(
      { sessions: { a: session(at(1), 2) } },
      { sessions: { "shared:abc": session(at(2)) } },
    );
    expect(Object.keys(merged.sessions).sort()).toEqual(["a", "shared:abc"]);
    expect(merged.sessions.a!.index).toBe(2);
  });

  it("keeps a quiz at the furthest point either tab reached, and a restart over an old attempt", () => {
    expect(
      mergeSessions({ sessions: { a: session(at(1), 2) } }, { sessions: { a: session(at(1), 0) } }).sessions.a!.index,
    ).toBe(2);
    expect(
      mergeSessions({ sessions: { a: session(at(1), 2) } }, { sessions: { a: session(at(5), 0) } }).sessions.a!
        .startedAt,
    ).toBe(at(5));
  });

  it("keeps at most MAX_SESSIONS, the newest", () => {
    const sessions = Object.fromEntries(Array.from({ length: MAX_SESSIONS + 5 }, (_, i) => [`s${i}`, session(at(i))]));
    const pruned = pruneSessions({ sessions });
    expect(Object.keys(pruned.sessions)).toHaveLength(MAX_SESSIONS);
    expect(pruned.sessions[`s${MAX_SESSIONS + 4}`]).toBeDefined();
    expect(pruned.sessions.s0).toBeUndefined();
  });

  it("keeps the newest session even when it alone is over the size cap", () => {
    const huge = {
      ...session(at(9)),
      questions: Array.from({ length: 3 }, (_, i) => ({ ...choice(String(i)), prompt: "x".repeat(600_000) })),
    };
    const pruned = pruneSessions({ sessions: { old: session(at(1)), huge } });
    expect(Object.keys(pruned.sessions)).toEqual(["huge"]);
  });
});
