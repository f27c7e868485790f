import { describe, expect, it } from "vitest";
import { openSharedQuiz } from "../share/materialize";
import { encodeQuizCode, quizFingerprint, quizLink } from "../share/quiz-link";
import { newSecret, sealedQuizOf } from "../share/quiz-v5";
import { editedQuiz, sampleResult } from "../share/fixtures/shared-quizzes";
import { resultId } from "../share/result-code";
import { seedArticle } from "../share/test-helpers";
import {
  addLinks,
  emptyGradebook,
  gradebookDataSchema,
  gradebookFile,
  importResult,
  mergeGradebooks,
  migrateGradebook,
  openSavedQuiz,
  readGradebookFile,
  rescore,
  resultsForQuiz,
  saveQuiz,
  savedQuiz,
} from "./index";

const articles = { [seedArticle.slug]: seedArticle };
const whole = editedQuiz(seedArticle);

async function sealedGradebook(withSecret: boolean) {
  const secret = newSecret();
  const sealed = await sealedQuizOf(whole, secret, articles);
  const code = await encodeQuizCode(sealed, seedArticle.body);
  const saved = savedQuiz(
    sealed,
    code,
    "2025-05-01T10:00:00.000Z",
    withSecret ? { secret, unsealed: quizFingerprint(whole) } : undefined,
  );
  let data = saveQuiz(emptyGradebook(), saved);
  // Every right answer but the first, the way the student's player sends them.
  const answers = Object.fromEntries(
    whole.questions.map((q, i) => {
      if (i === 0) return [q.id, null];
      if (q.type === "short-answer") return [q.id, { kind: "text", text: q.answer } as const];
      if ("options" in q) return [q.id, { kind: "choice", index: q.answer } as const];
      return [q.id, null];
    }),
  );
  const result = sampleResult(saved.fingerprint, "Zoë", answers);
  const outcome = importResult(data, result, resultId(result), "2025-05-01T11:00:00.000Z");
  data = outcome.data;
  return { data, saved: data.quizzes[saved.fingerprint]!, expected: Object.values(answers).filter(Boolean).length };
}

describe("an end-feedback (format 5) quiz in the gradebook", () => {
  it("is graded with the secret saved beside it, exactly as the whole quiz would be", async () => {
    const { data, saved, expected } = await sealedGradebook(true);
    expect(gradebookDataSchema.safeParse(data).success).toBe(true);
    const opened = await openSavedQuiz(saved, articles);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.fingerprint).toBe(saved.fingerprint);
    const reference = openSharedQuiz(whole, articles);
    if (!reference.ok) throw new Error(reference.message);
    expect(opened.quiz.questions).toEqual(reference.quiz.questions);
    const [result] = resultsForQuiz(data, saved.fingerprint);
    expect(rescore(result!, opened.quiz)).toMatchObject({ correct: expected, total: whole.questions.length });
    expect(expected).toBeGreaterThan(0);
  });

  it("without its secret says so instead of scoring 0", async () => {
    const { saved } = await sealedGradebook(false);
    expect(await openSavedQuiz(saved, articles)).toEqual({
      ok: false,
      message: expect.stringMatching(/secret.*not in this gradebook/),
    });
  });

  it("keeps its secret through the backup file, so it is never lost", async () => {
    const { data, saved } = await sealedGradebook(true);
    const read = readGradebookFile(gradebookFile(data, "2025-05-02T10:00:00.000Z"));
    if (!read.ok) throw new Error(read.message);
    expect(read.data.quizzes[saved.fingerprint]!.secret).toBe(saved.secret);
    expect(read.data.quizzes[saved.fingerprint]!.unsealed).toBe(quizFingerprint(whole));
    expect((await openSavedQuiz(read.data.quizzes[saved.fingerprint]!, articles)).ok).toBe(true);
  });

  it("keeps its secret when another tab's gradebook is merged in", async () => {
    const { data, saved } = await sealedGradebook(true);
    const other = await sealedGradebook(true);
    const merged = mergeGradebooks(other.data, data);
    expect(merged.quizzes[saved.fingerprint]).toEqual(saved);
    expect(merged.quizzes[other.saved.fingerprint]!.secret).toBe(other.saved.secret);
  });

  it("is refused in storage when its secret is damaged, or a quiz that is not sealed claims one", async () => {
    const { data, saved } = await sealedGradebook(true);
    const spoil = (quiz: object) => ({ ...data, quizzes: { [saved.fingerprint]: { ...saved, ...quiz } } });
    expect(gradebookDataSchema.safeParse(spoil({ secret: "short" })).success).toBe(false);
    expect(gradebookDataSchema.safeParse(spoil({ unsealed: "not hex" })).success).toBe(false);
    const code = await encodeQuizCode(whole, seedArticle.body);
    const plain = { ...savedQuiz(whole, code, "2025-05-01T10:00:00.000Z"), secret: saved.secret };
    expect(
      gradebookDataSchema.safeParse({ ...data, quizzes: { [plain.fingerprint]: plain }, results: {} }).success,
    ).toBe(false);
  });

  it("reads a version-4 gradebook (from before sealed quizzes) as it was", async () => {
    const code = await encodeQuizCode(whole, seedArticle.body);
    const v4 = saveQuiz(emptyGradebook(), savedQuiz(whole, code, "2025-05-01T10:00:00.000Z"));
    expect(migrateGradebook(JSON.parse(JSON.stringify(v4)), 4)).toEqual(v4);
    expect(migrateGradebook({ ...v4, classLists: undefined }, 4)).toBeUndefined();
  });
});

describe("a sealed quiz added from its link", () => {
  it("is filed without its secret, says its results cannot be graded here, and never costs the builder's secret", async () => {
    const { data, saved } = await sealedGradebook(true);
    let elsewhere = emptyGradebook();
    const outcomes = await addLinks(quizLink("https://x.example", "", saved.code), articles, {
      quizzes: () => elsewhere.quizzes,
      saveQuiz: (quiz) => {
        elsewhere = saveQuiz(elsewhere, quiz);
      },
      importResult: () => ({ kind: "refused", reason: "not in this test" }),
    });
    expect(outcomes).toMatchObject([{ kind: "quiz", text: expect.stringMatching(/cannot be graded here/) }]);
    const added = elsewhere.quizzes[saved.fingerprint]!;
    expect(added.secret).toBeUndefined();
    expect(await openSavedQuiz(added, articles)).toMatchObject({ ok: false });
    // Added later than the builder's copy, it would win a plain merge and lose the secret.
    const later = saveQuiz(elsewhere, { ...added, createdAt: "2030-01-01T00:00:00.000Z" });
    for (const merged of [mergeGradebooks(later, data), mergeGradebooks(data, later)])
      expect(merged.quizzes[saved.fingerprint]!.secret).toBe(saved.secret);
  });
});
