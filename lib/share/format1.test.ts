import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultQuiz } from "./fixtures/shared-quizzes";
import { format1EngineLoaded, PART_UNAVAILABLE } from "./format1";
import { openSharedQuiz } from "./materialize";
import { decodeQuizCode, encodeQuizCode, type SharedQuiz } from "./quiz-link";
import { seedArticle, v1Fixtures } from "./test-helpers";

// Vitest gives each test file its own modules: here the old engine starts unloaded, as on a fresh page.
const articles = { [seedArticle.slug]: seedArticle };
const v1 = v1Fixtures.quizzes[0]!;

describe("the format-1 engine is fetched only for format-1 quizzes", () => {
  afterEach(() => {
    vi.doUnmock("../quiz-v1");
  });

  it("a link made today opens without it", async () => {
    const decoded = await decodeQuizCode(await encodeQuizCode(defaultQuiz(seedArticle), seedArticle.body), articles);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(openSharedQuiz(decoded.value, articles).ok).toBe(true);
    expect(format1EngineLoaded()).toBe(false);
  });

  it("opening a format-1 quiz before its engine is loaded is refused loudly, not answered with no questions", () => {
    expect(() => openSharedQuiz(v1.value as SharedQuiz, articles)).toThrow(/before loadFormat1Engine/);
  });

  it("when the engine cannot be fetched, the link says so (and a later try fetches it again)", async () => {
    vi.doMock("../quiz-v1", () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    const failed = await decodeQuizCode(v1.code, articles);
    expect(failed).toMatchObject({ ok: false, reason: "unavailable", message: PART_UNAVAILABLE });
    expect(format1EngineLoaded()).toBe(false);

    vi.doUnmock("../quiz-v1");
    const decoded = await decodeQuizCode(v1.code, articles);
    expect(decoded).toEqual({ ok: true, value: v1.value });
    expect(format1EngineLoaded()).toBe(true);
  });

  it("decoding a format-1 link loads it, and its quiz then opens", async () => {
    const decoded = await decodeQuizCode(v1.code, articles);
    if (!decoded.ok) throw new Error(decoded.message);
    const opened = openSharedQuiz(decoded.value, articles);
    expect(opened.ok && opened.quiz.questions.length).toBe((v1.value as SharedQuiz).questionIds.length);
  });
});
