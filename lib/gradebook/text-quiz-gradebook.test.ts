import { describe, expect, it } from "vitest";
import frozenV2 from "../share/fixtures/v2.json";
import type { SharedTextQuiz } from "../share/text-quiz";
import { openSharedQuiz } from "../share/materialize";
import { encodeQuizCode } from "../share/quiz-link";
import { defaultQuiz, sampleResult } from "../share/fixtures/shared-quizzes";
import { resultId } from "../share/result-code";
import { seedArticle, v1Fixtures } from "../share/test-helpers";
import {
  emptyGradebook,
  gradebookDataSchema,
  importResult,
  rescore,
  resultsForQuiz,
  saveQuiz,
  savedQuiz,
} from "./index";

const v2 = (frozenV2 as unknown as { quizzes: { value: SharedTextQuiz }[] }).quizzes[0]!.value;

describe.each([
  ["a pasted article (format 2)", v2],
  ["a pasted article (format 3)", defaultQuiz(seedArticle, 4, "text")],
])("the gradebook with a quiz on %s", (_, shared) => {
  it("keeps the quiz, files its results and rescores them without the article being in the app", async () => {
    const code = await encodeQuizCode(shared);
    let data = saveQuiz(emptyGradebook(), savedQuiz(shared, code, "2025-05-01T10:00:00.000Z"));
    expect(gradebookDataSchema.safeParse(data).success).toBe(true);

    const opened = openSharedQuiz(data.quizzes[Object.keys(data.quizzes)[0]!]!.shared, {});
    if (!opened.ok) throw new Error(opened.message);
    const choice = opened.quiz.questions.find((q) => "options" in q && q.type !== "true-false");
    if (!choice || !("options" in choice)) throw new Error("the fixture has a choice question");
    const result = sampleResult(opened.fingerprint, "Ana", { [choice.id]: { kind: "choice", index: choice.answer } });
    ({ data } = importResult(data, result, resultId(result), "2025-05-01T11:00:00.000Z"));
    const [filed] = resultsForQuiz(data, opened.fingerprint);
    expect(filed?.name).toBe("Ana");
    expect(rescore(filed!, opened.quiz)).toMatchObject({ correct: 1, total: opened.quiz.questions.length });
  });
});

describe("gradebooks saved before", () => {
  it("still read when they hold format-1 quizzes", () => {
    const fixture = v1Fixtures.quizzes[0]!;
    const data = saveQuiz(emptyGradebook(), savedQuiz(fixture.value, fixture.code, "2025-01-01T00:00:00.000Z"));
    expect(gradebookDataSchema.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
  });
});
