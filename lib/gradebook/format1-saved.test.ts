import { describe, expect, it } from "vitest";
import { readArticleDir } from "../content/read";
import { SEED_ARTICLE_DIR } from "../share/fixtures/shared-quizzes";
import frozen from "../share/fixtures/v1.json";
import type { SharedQuiz } from "../share";
import { savedQuiz } from "./gradebook";
import { openSavedQuiz } from "./sealed";

// Its own file, so the old engine starts unloaded: a gradebook reopened in a new tab, with an old quiz in it.
const article = readArticleDir(SEED_ARTICLE_DIR);
const fixture = frozen.quizzes[0]!;

describe("a format-1 quiz kept in the gradebook", () => {
  it("opens for grading after a reload, fetching the old engine on the way", async () => {
    const shared = fixture.value as unknown as SharedQuiz;
    const opened = await openSavedQuiz(savedQuiz(shared, fixture.code, "2026-01-05T09:00:00.000Z"), {
      [article.slug]: article,
    });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.quiz.questions.map((q) => q.id)).toEqual(shared.questionIds);
  });
});
