import { describe, expect, it } from "vitest";
import { v1FactIds, v1Pool } from "../quiz-v1";
import type { ChoiceQuestion } from "../quiz/types";
import { defaultQuiz, editedQuiz } from "./fixtures/shared-quizzes";
import { upgradeQuestion } from "./legacy";
import { materializeQuiz, materializeV3 } from "./materialize";
import { quizFingerprint, type SharedQuiz } from "./quiz-link";
import { seedArticle, v1Fixtures } from "./test-helpers";
import { loadFormat1Engine } from "./format1";

// Format-1 quizzes are rebuilt by the old engine, which the app fetches only for them.
await loadFormat1Engine();

// Format 1 only ever arrives: its quizzes are the frozen ones, rebuilt by the frozen engine.
const plain = v1Fixtures.quizzes.find((f) => f.name === "default-10")!.value;
const pool = new Map([...v1Pool(seedArticle, plain.seed)!].map(([id, q]) => [id, upgradeQuestion(q, v1FactIds(id))]));

function quizOf(shared: SharedQuiz, studentSeed?: number) {
  const result = materializeQuiz(shared, seedArticle, studentSeed);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function messageOf(shared: SharedQuiz): string {
  const result = materializeQuiz(shared, seedArticle);
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

const firstChoice = plain.questionIds
  .map((id) => pool.get(id)!)
  .find((q): q is ChoiceQuestion => "options" in q && q.type === "multiple-choice")!;
const firstTyped = plain.questionIds
  .map((id) => pool.get(id)!)
  .find((q) => q.type === "fill-blank" || q.type === "numeric")!;

describe("materializeQuiz (format 1)", () => {
  it("regenerates exactly the teacher's questions, in the teacher's order, with the quiz's fingerprint", () => {
    const { quiz, fingerprint } = quizOf(plain);
    expect(quiz.questions.map((q) => q.id)).toEqual(plain.questionIds);
    expect(quiz.questions).toEqual(plain.questionIds.map((id) => pool.get(id)));
    expect(quiz).toMatchObject({ articleSlug: seedArticle.slug, seed: plain.seed });
    expect(fingerprint).toBe(quizFingerprint(plain));
    const reversed = { ...plain, questionIds: [...plain.questionIds].reverse() };
    expect(quizOf(reversed).quiz.questions.map((q) => q.id)).toEqual(reversed.questionIds);
  });

  it("applies the teacher's edits", () => {
    const options = ["Right one", "Wrong one", "Another wrong one"];
    const shared: SharedQuiz = {
      ...plain,
      edits: {
        [firstChoice.id]: { prompt: "Reworded?", options, answer: 0, explanation: "Because." },
        [firstTyped.id]: { prompt: `${firstTyped.prompt} (a hint)` },
      },
    };
    const questions = new Map(quizOf(shared).quiz.questions.map((q) => [q.id, q]));
    expect(questions.get(firstChoice.id)).toEqual({
      ...firstChoice,
      prompt: "Reworded?",
      options,
      answer: 0,
      explanation: "Because.",
    });
    expect(questions.get(firstTyped.id)!.prompt).toBe(`${firstTyped.prompt} (a hint)`);
    expect(questions.get(firstTyped.id)!.evidence).toEqual(firstTyped.evidence);
  });

  it.each<[string, SharedQuiz["edits"][string], RegExp]>([
    ["an answer that is not one of the options", { options: ["A", "B", "C"], answer: 3 }, /not one of its options/],
    ["new options without saying which is right", { options: ["A", "B", "C"] }, /without saying which one is right/],
    ["duplicate options", { options: ["Same", "same.", "Other"], answer: 0 }, /duplicate options/],
    ["too few options", { options: ["A", "B"], answer: 0 }, /fewer than 3/],
    [
      "a prompt that gives the answer away",
      { prompt: `Is it ${firstChoice.options[firstChoice.answer]}?` },
      /gives away the answer/,
    ],
  ])("refuses an edit with %s", (_, edit, message) => {
    expect(messageOf({ ...plain, edits: { [firstChoice.id]: edit } })).toMatch(message);
  });

  it("refuses options on a question that has none", () => {
    expect(messageOf({ ...plain, edits: { [firstTyped.id]: { options: ["A", "B", "C"], answer: 0 } } })).toMatch(
      /Question \d+ .*only a choice question/,
    );
  });

  it("ignores edits to questions the teacher then removed", () => {
    const removed = plain.questionIds[0]!;
    const shared = {
      ...plain,
      questionIds: plain.questionIds.slice(1),
      edits: { [removed]: { options: ["x", "x"], answer: 9 } },
    };
    expect(quizOf(shared).quiz.questions).toHaveLength(plain.questionIds.length - 1);
  });

  it("refuses an id the generator does not make, naming the question", () => {
    const shared = { ...plain, questionIds: [...plain.questionIds.slice(0, 2), "multiple-choice:who-role:p-nobody"] };
    expect(messageOf(shared)).toMatch(/different version of the question generator, and question 3/);
    expect(messageOf({ ...plain, questionIds: ["custom-7"] })).toMatch(/Question 1 of this quiz is missing/);
  });

  it("refuses a quiz for another article, or for an earlier text of this one", () => {
    expect(messageOf({ ...plain, article: { kind: "builtin", slug: "another-story" } })).toMatch(/another article/);
    const rewritten = { ...seedArticle, body: `${seedArticle.body} Updated.` };
    const result = materializeQuiz(plain, rewritten);
    expect(result.ok === false && result.message).toMatch(/earlier version/);
  });

  it("gives every question the level its kind tests", () => {
    for (const q of quizOf(plain).quiz.questions)
      expect(["scan", "literal", "inference", "gist", "vocabulary"]).toContain(q.level);
    expect(quizOf(plain).quiz.questions.find((q) => q.type === "fill-blank")?.level ?? "scan").toBe("scan");
  });

  it("includes the teacher's own questions, with evidence in the article", () => {
    const edited = v1Fixtures.quizzes.find((f) => f.name === "edited-and-custom")!.value;
    const custom = quizOf(edited).quiz.questions.filter((q) => q.id.startsWith("custom-"));
    expect(custom.map((q) => q.type)).toEqual(["multiple-choice", "true-false", "short-answer"]);
    for (const q of custom)
      expect(seedArticle.body.slice(q.evidence[0]!.start, q.evidence[0]!.end)).toMatch(/^SHANGHAI.*countries\.$/);

    const outside = {
      ...edited,
      custom: edited.custom.map((q) => ({ ...q, evidence: [{ start: 10, end: seedArticle.body.length + 1 }] })),
    };
    expect(messageOf(outside)).toMatch(/not inside the article/);
  });

  describe("order", () => {
    const shuffled: SharedQuiz = { ...plain, settings: { ...plain.settings, order: "shuffled" } };
    const ids = (shared: SharedQuiz, studentSeed?: number) =>
      quizOf(shared, studentSeed).quiz.questions.map((q) => q.id);

    it("shuffled: the same student seed always gives the same order, other seeds other orders", () => {
      expect(ids(shuffled, 12345)).toEqual(ids(shuffled, 12345));
      const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(shuffled, seed).join()));
      expect(orders.size).toBeGreaterThan(4);
      expect([...ids(shuffled, 1)].sort()).toEqual([...plain.questionIds].sort());
    });

    it("shuffled order moves questions, never their options", () => {
      const byId = new Map(quizOf(shuffled, 3).quiz.questions.map((q) => [q.id, q]));
      for (const q of quizOf(plain).quiz.questions) expect(byId.get(q.id)).toEqual(q);
    });

    it("fixed: the teacher's order whatever the student seed; shuffled without a seed: the teacher's order", () => {
      expect(ids(plain, 99)).toEqual(plain.questionIds);
      expect(ids(shuffled)).toEqual(plain.questionIds);
    });
  });
});

describe("materializeV3: quizzes that carry their questions", () => {
  const builtins = { [seedArticle.slug]: seedArticle };

  it("opens a built-in article's quiz with exactly the questions the link carries", () => {
    const shared = editedQuiz(seedArticle);
    const opened = materializeV3(shared, builtins);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.quiz.questions).toEqual(shared.questions);
    expect(opened.article).toBe(seedArticle);
    expect(opened.fingerprint).toBe(quizFingerprint(shared));
  });

  it("refuses a built-in article this copy does not have, or whose text changed since", () => {
    const shared = defaultQuiz(seedArticle);
    const missing = materializeV3(shared, {});
    expect(missing.ok === false && missing.message).toMatch(/does not have/);
    const changed = materializeV3(shared, {
      [seedArticle.slug]: { ...seedArticle, body: seedArticle.body.replace("SHANGHAI", "BEIJING") },
    });
    expect(changed.ok === false && changed.message).toMatch(/earlier version/);
  });

  it("opens a pasted article's quiz from the text it carries", () => {
    const shared = defaultQuiz(seedArticle, 5, "text");
    const opened = materializeV3(shared, {});
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.article.body).toBe(seedArticle.body);
    expect(opened.quiz.questions).toEqual(shared.questions);
  });

  it("refuses a question that breaks an invariant against its article", () => {
    const shared = defaultQuiz(seedArticle);
    const broken = {
      ...shared,
      questions: shared.questions.map((q, i) =>
        i === 2 ? { ...q, evidence: [{ start: 0, end: seedArticle.body.length + 9 }] } : q,
      ),
    };
    const opened = materializeV3(broken, builtins);
    expect(opened.ok === false && opened.message).toMatch(/Question 3 .*not inside the article/);
  });
});
