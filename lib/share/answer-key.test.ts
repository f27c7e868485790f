import { describe, expect, it } from "vitest";
import { questionSchema } from "../quiz";
import { joinKey, newSecret, openKey, sealKey, splitKey } from "./answer-key";
import { editedQuiz } from "./fixtures/shared-quizzes";
import { seedArticle } from "./test-helpers";

const quiz = editedQuiz(seedArticle, 3);

describe("the answer key of an end-feedback quiz", () => {
  it("splits off everything that gives an answer away, and joins back to the very same questions", () => {
    const { questions, key } = splitKey(quiz.questions);
    const shown = JSON.stringify(questions);
    for (const q of quiz.questions) {
      const own = questions.find((k) => k.id === q.id)!;
      expect(Object.keys(own)).not.toContain("answer");
      expect(shown).not.toContain(q.explanation);
      // Its own fields: another question may offer the same word ("China") as an option.
      if (q.type === "short-answer")
        for (const text of [q.answer, ...q.accepted]) expect(JSON.stringify(own)).not.toContain(`"${text}"`);
    }
    expect(questions.some((q) => questionSchema.safeParse(q).success)).toBe(false);
    const joined = joinKey(questions, key);
    expect(joined).toEqual(quiz.questions);
    expect(joined!.every((q) => questionSchema.safeParse(q).success)).toBe(true);
  });

  it("a key missing a question does not join", () => {
    const { questions, key } = splitKey(quiz.questions);
    delete key[quiz.questions[0]!.id];
    expect(joinKey(questions, key)).toBeNull();
  });

  it("seals and opens with the teacher's secret; the sealed text does not hold the answers", async () => {
    const { key } = splitKey(quiz.questions);
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const sealed = await sealKey(key, secret, "fingerprint-1");
    expect(JSON.stringify(sealed)).not.toContain("China");
    expect(await openKey(sealed, secret, "fingerprint-1")).toEqual({ ok: true, key });
  });

  it("a wrong secret, another quiz or a changed byte fails cleanly, with a message", async () => {
    const { key } = splitKey(quiz.questions);
    const secret = newSecret();
    const sealed = await sealKey(key, secret, "fingerprint-1");
    const flipped = { ...sealed, data: (sealed.data[0] === "A" ? "B" : "A") + sealed.data.slice(1) };
    for (const [s, secretUsed, context] of [
      [sealed, newSecret(), "fingerprint-1"],
      [sealed, secret, "fingerprint-2"],
      [flipped, secret, "fingerprint-1"],
      [sealed, "short", "fingerprint-1"],
    ] as const) {
      const opened = await openKey(s, secretUsed, context);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.message).toMatch(/cannot be opened/);
    }
  });
});
