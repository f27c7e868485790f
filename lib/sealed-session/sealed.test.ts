import { describe, expect, it } from "vitest";
import { gradeResponse, type Question, type Response } from "../quiz";
import { openSealedQuiz, quizFingerprint, type SharedQuizV5 } from "../share";
import v5Fixtures from "../share/fixtures/v5.json";
import { seedArticle } from "../share/test-helpers";
import {
  mergeSealedSessions,
  saveSealedAnswer,
  sealedAnswers,
  sealedAttemptsOf,
  sealedQuestions,
  sealedSessionsDataSchema,
  setSealedResponse,
  startSealedSession,
  type SealedSession,
} from "./sealed";

const fixture = v5Fixtures.quizzes[0]!;
const quiz = fixture.value as unknown as SharedQuizV5;
const whole = new Map((fixture.questions as unknown as Question[]).map((q) => [q.id, q]));
const NOW = "2025-01-01T00:00:00.000Z";

/** The right response to a question, from the teacher's copy (the test's; the session never has it). */
function rightResponse(question: Question): Response {
  if ("options" in question) return { kind: "choice", index: question.answer };
  if (question.type === "short-answer" || question.type === "fill-blank")
    return { kind: "text", text: question.answer };
  throw new Error(`no right response for ${question.type}`);
}

function answerAll(session: SealedSession): SealedSession {
  let s = session;
  for (const question of sealedQuestions(s)) {
    s = saveSealedAnswer(setSealedResponse(s, rightResponse(whole.get(question.id)!)), NOW);
  }
  return s;
}

const stored = (s: SealedSession) => ({ sessions: { [`sealed:${s.fingerprint}`]: s } });

describe("a sealed quiz being taken", () => {
  it("saves every answer, finishes, and gives the answers by question id, with nothing graded", () => {
    const start = startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW });
    expect(start.fingerprint).toBe(fixture.fingerprint);
    const done = answerAll(start);
    expect(done.phase).toBe("finished");
    expect(Object.keys(sealedAnswers(done)).sort()).toEqual([...whole.keys()].sort());
    // The teacher's gradebook, with the key, finds every answer right.
    for (const [id, response] of Object.entries(sealedAnswers(done)))
      expect(gradeResponse(whole.get(id)!, response!)).toBe(true);
  });

  it("does not go on without a complete answer", () => {
    const start = startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW });
    expect(saveSealedAnswer(start, NOW)).toBe(start);
    expect(saveSealedAnswer(setSealedResponse(start, { kind: "choice", index: 99 }), NOW).index).toBe(0);
  });

  it("gives each student their own order of a shuffled quiz, the same for the same seed", () => {
    const a = startSealedSession({ id: "a", quiz, studentSeed: 1, now: NOW });
    const b = startSealedSession({ id: "b", quiz, studentSeed: 2, now: NOW });
    expect([...a.order].sort((x, y) => x - y)).toEqual(quiz.questions.map((_, i) => i));
    expect(a.order).not.toEqual(b.order);
    expect(startSealedSession({ id: "c", quiz, studentSeed: 1, now: NOW }).order).toEqual(a.order);
  });

  it("stores nothing of the key: no right answer, accepted answer, explanation or evidence", () => {
    const json = JSON.stringify(stored(answerAll(startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW }))));
    expect(sealedSessionsDataSchema.safeParse(JSON.parse(json)).success).toBe(true);
    expect(json).not.toMatch(/"(answer|accepted|explanation|evidence|facts|score)":/);
    for (const question of whole.values())
      if ("explanation" in question) expect(json).not.toContain(question.explanation);
  });

  it.each([
    [
      "a question with its right answer in the clear",
      (s: SealedSession) => {
        // Its fingerprint made to match, so only the key field is wrong.
        const spoilt = { ...s.quiz, questions: s.quiz.questions.map((q) => ({ ...q, answer: 0 })) };
        return { ...s, quiz: spoilt, fingerprint: quizFingerprint(spoilt as SharedQuizV5) };
      },
    ],
    ["another quiz's fingerprint", (s: SealedSession) => ({ ...s, fingerprint: "0123456789ab" })],
    ["an order that repeats a question", (s: SealedSession) => ({ ...s, order: s.order.map(() => 0) })],
    ["answers that do not line up", (s: SealedSession) => ({ ...s, responses: [null] })],
  ])("is refused in storage with %s", (_, spoil) => {
    const s = startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW });
    expect(sealedSessionsDataSchema.safeParse(stored(spoil(s) as SealedSession)).success).toBe(false);
  });

  it("opens its key from storage once the teacher releases the secret, and not with another", async () => {
    const done = JSON.parse(JSON.stringify(answerAll(startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW }))));
    const articles = { [seedArticle.slug]: seedArticle };
    const opened = await openSealedQuiz(done.quiz, fixture.secret, articles);
    expect(opened.ok && opened.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    const wrong = await openSealedQuiz(done.quiz, v5Fixtures.quizzes[1]!.secret, articles);
    expect(wrong.ok).toBe(false);
  });

  it("keeps the furthest point of two tabs, and finds this browser's finished attempt first", () => {
    const start = startSealedSession({ id: "s", quiz, studentSeed: 4, now: NOW });
    const done = answerAll(start);
    expect(mergeSealedSessions(stored(done), stored(start)).sessions[`sealed:${done.fingerprint}`]).toEqual(done);
    const later = { ...startSealedSession({ id: "t", quiz, studentSeed: 5, now: "2025-02-01T00:00:00.000Z" }) };
    const data = { sessions: { a: done, b: later } };
    expect(sealedAttemptsOf(data, fixture.fingerprint).map((s) => s.id)).toEqual(["s", "t"]);
    expect(sealedAttemptsOf(data, "0123456789ab")).toEqual([]);
  });
});
