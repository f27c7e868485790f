import { describe, expect, it } from "vitest";
import { z } from "../schema";
import { defaultQuiz } from "./fixtures/shared-quizzes";
import frozenV2 from "./fixtures/v2.json";
import { sharedQuizV3Schema, sharedQuizV4Schema } from "./quiz-v3";
import { newSecret, sealedQuizOf, sharedQuizV5Schema } from "./quiz-v5";
import { seedArticle } from "./test-helpers";
import { sharedTextQuizSchema } from "./text-quiz";

const articles = { [seedArticle.slug]: seedArticle };

/** The quiz with its first question listed a second time. */
function withTwin<Q extends { questions: unknown[] }>(quiz: Q): Q {
  return { ...quiz, questions: [...quiz.questions, quiz.questions[0]] };
}

// Formats 2 to 5 share their article and "each question once" rules (fields.ts): each must keep them.
describe("every quiz-link format refuses what fields.ts forbids", async () => {
  const v4 = defaultQuiz(seedArticle, 7, "text");
  const v2 = (frozenV2 as unknown as { quizzes: { value: { questions: unknown[] } }[] }).quizzes[0]!.value;
  const v5 = await sealedQuizOf({ ...v4, settings: { ...v4.settings, feedback: "end" } }, newSecret(), articles);
  const formats: [string, z.Schema, { questions: unknown[]; article?: unknown; v?: number }][] = [
    ["format 2", sharedTextQuizSchema, v2],
    ["format 3", sharedQuizV3Schema, { ...v4, v: 3 }],
    ["format 4", sharedQuizV4Schema, v4],
    ["format 5", sharedQuizV5Schema, v5],
  ];

  it.each(formats)("%s: the untouched quiz is accepted", (_, schema, quiz) => {
    expect(z.safeParse(schema, quiz).success).toBe(true);
  });

  it.each(formats)("%s: a question listed twice is refused", (_, schema, quiz) => {
    const parsed = z.safeParse(schema, withTwin(quiz));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("lists a question twice");
  });

  it.each(formats)("%s: an article text that is not paragraphs is refused", (_, schema, quiz) => {
    const article = { ...(quiz.article as object), text: "one line\nbroken inside a paragraph" };
    expect(z.safeParse(schema, { ...quiz, article }).success).toBe(false);
  });
});
