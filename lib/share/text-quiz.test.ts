import { describe, expect, it } from "vitest";
import { encodeJson } from "./codec";
import frozen from "./fixtures/v2.json";
import { upgradeQuestion } from "./legacy";
import { materializeTextQuiz, openSharedQuiz } from "./materialize";
import { readQuizFile, quizFile, quizFileName, QUIZ_FILE_MAX_BYTES } from "./quiz-file";
import {
  decodeQuizCode,
  encodeQuizCode,
  MAX_QUIZ_CODE_CHARS,
  MAX_TEXT_QUIZ_CODE_CHARS,
  quizFingerprint,
  type SharedTextQuiz,
} from "./quiz-link";
import { articleOfTextQuiz, textArticleSlug, TEXT_LIMITS } from "./text-quiz";
import { seedArticle, v1Fixtures } from "./test-helpers";

const v2Fixtures = frozen as unknown as {
  quizzes: { name: string; code: string; fingerprint: string; value: SharedTextQuiz }[];
};
// Format 2 only ever arrives: its quizzes are the frozen ones.
const plain = v2Fixtures.quizzes.find((f) => f.name === "default-10")!.value;
const varied = v2Fixtures.quizzes.find((f) => f.name === "every-shape-shuffled")!.value;

async function reasonOf(code: string) {
  const decoded = await decodeQuizCode(code);
  if (decoded.ok) throw new Error("expected a failure");
  return decoded.reason;
}

describe("version-2 quiz codes (pasted articles)", () => {
  it.each([
    ["ten generated questions", plain],
    ["every question shape, shuffled, non-Latin text", varied],
  ])("round-trip %s exactly, with a 2. prefix", async (_, quiz) => {
    const code = await encodeQuizCode(quiz);
    expect(code).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(await decodeQuizCode(code)).toEqual({ ok: true, value: quiz });
  });

  it("are compressed: the code is shorter than the JSON it carries, base64 and all", async () => {
    const code = await encodeQuizCode(plain);
    expect(code.length).toBeLessThan(JSON.stringify(plain).length * 0.75);
  });

  it("give the student exactly the teacher's questions, in the teacher's order unless shuffled", () => {
    const opened = materializeTextQuiz(plain);
    // As sent, with the level each question's kind tests.
    expect(opened.ok && opened.quiz.questions).toEqual(plain.questions.map((q) => upgradeQuestion(q)));
    expect(opened.ok && opened.quiz.questions.every((q) => q.level !== undefined)).toBe(true);
    const a = materializeTextQuiz(varied, 1);
    const b = materializeTextQuiz(varied, 2);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(new Set(a.quiz.questions.map((q) => q.id))).toEqual(new Set(varied.questions.map((q) => q.id)));
      expect(a.quiz.questions.map((q) => q.id)).not.toEqual(b.quiz.questions.map((q) => q.id));
      expect(materializeTextQuiz(varied, 1)).toEqual(a);
    }
  });

  it("rebuild the article from the text: paragraphs, body and a readable slug", () => {
    const article = articleOfTextQuiz(plain.article);
    expect(article.body).toBe(seedArticle.body);
    expect(article.paragraphs).toEqual(seedArticle.paragraphs);
    expect(article.slug).toMatch(/^experts-push-for-joint-us-china-action-on-climate-[0-9a-z]{6}$/);
    expect(textArticleSlug("", "x")).toMatch(/^article-/);
    expect(textArticleSlug("Same", "one text")).not.toBe(textArticleSlug("Same", "another text"));
  });

  it("refuse a question whose evidence lies outside the text, with a message", () => {
    const broken = {
      ...plain,
      questions: [{ ...plain.questions[0]!, evidence: [{ start: 0, end: plain.article.text.length + 5 }] }],
    };
    const opened = openSharedQuiz(broken, {});
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toMatch(/Question 1 of this quiz can’t be used/);
  });

  it("are never made when they would not open", async () => {
    await expect(encodeQuizCode({ ...plain, questions: [] })).rejects.toThrow(/questions/);
    await expect(encodeQuizCode({ ...plain, questions: [plain.questions[0]!, plain.questions[0]!] })).rejects.toThrow(
      /twice/,
    );
    await expect(encodeQuizCode({ ...plain, article: { ...plain.article, text: "one\n\n\n\ntwo" } })).rejects.toThrow(
      /paragraphs/,
    );
    await expect(
      encodeQuizCode({ ...plain, article: { ...plain.article, text: "x".repeat(TEXT_LIMITS.text + 1) } }),
    ).rejects.toThrow(/article\.text/);
  });

  it.each([
    ["a version-1 shape under a 2. prefix", async () => `2.${await encodeJson(v1Fixtures.quizzes[0]!.value)}`],
    ["a v2 quiz under a 1. prefix", async () => `1.${await encodeJson(plain)}`],
    ["an unknown key", async () => `2.${await encodeJson({ ...plain, extra: 1 })}`],
    [
      "a question of an unknown type",
      async () => `2.${await encodeJson({ ...plain, questions: [{ ...plain.questions[0]!, type: "essay" }] })}`,
    ],
    [
      "a prompt with a line break",
      async () => `2.${await encodeJson({ ...plain, questions: [{ ...plain.questions[0]!, prompt: "a\nb" }] })}`,
    ],
    [
      "an article with a control character",
      async () => `2.${await encodeJson({ ...plain, article: { ...plain.article, text: "a\u0000b" } })}`,
    ],
  ])("refuse %s as invalid", async (_, make) => {
    expect(await reasonOf(await make())).toBe("invalid");
  });

  it("have their own size cap; version 1 keeps its own", async () => {
    expect(await reasonOf(`2.${"A".repeat(MAX_TEXT_QUIZ_CODE_CHARS)}`)).toBe("too-large");
    expect(await reasonOf(`1.${"A".repeat(MAX_QUIZ_CODE_CHARS)}`)).toBe("too-large");
    // Longer than any v1 code may be, but a possible v2 code: read, then found damaged.
    expect(await reasonOf(`2.${"A".repeat(MAX_QUIZ_CODE_CHARS + 10)}`)).toBe("truncated-or-corrupt");
  });

  it("cut off anywhere never open a wrong quiz", async () => {
    const code = await encodeQuizCode(varied);
    for (let length = 0; length < code.length; length += 37)
      expect((await decodeQuizCode(code.slice(0, length))).ok, `cut at ${length}`).toBe(false);
  });

  it("have fingerprints that change with the text", () => {
    expect(quizFingerprint(plain)).toMatch(/^[0-9a-f]{12}$/);
    const edited = { ...plain, article: { ...plain.article, text: plain.article.text.replace("China", "Chile") } };
    expect(quizFingerprint(edited)).not.toBe(quizFingerprint(plain));
  });
});

describe("frozen v2 quiz codes (lib/share/fixtures/v2.json) keep opening", () => {
  it.each(v2Fixtures.quizzes.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    expect(await decodeQuizCode(fixture.code)).toEqual({ ok: true, value: fixture.value });
    expect(quizFingerprint(fixture.value)).toBe(fixture.fingerprint);
    const opened = openSharedQuiz(fixture.value, {});
    expect(opened.ok && opened.fingerprint).toBe(fixture.fingerprint);
  });

  it("v1 codes still decode to v1 quizzes beside them", async () => {
    for (const fixture of v1Fixtures.quizzes)
      expect(await decodeQuizCode(fixture.code)).toEqual({ ok: true, value: fixture.value });
  });
});

describe("quiz files", () => {
  it("hold the code and a title a person can read, and give the code back", async () => {
    const code = await encodeQuizCode(plain);
    const text = quizFile(code, "Friday quiz");
    expect(JSON.parse(text)).toEqual({ format: "evidence-reader-quiz", version: 1, title: "Friday quiz", code });
    expect(readQuizFile(text)).toEqual({ ok: true, code, title: "Friday quiz" });
  });

  it.each([
    ["not JSON", "hello"],
    ["another JSON file", '{"name":"package"}'],
    ["a future file version", JSON.stringify({ format: "evidence-reader-quiz", version: 2, title: "", code: "2.x" })],
    ["far too big", " ".repeat(QUIZ_FILE_MAX_BYTES + 1)],
  ])("refuse %s with a message", (_, text) => {
    const read = readQuizFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/quiz file/);
  });

  it("are named after the quiz, in any script", () => {
    expect(quizFileName("Inky escapes!")).toBe("inky-escapes.quiz.json");
    expect(quizFileName("气候 quiz")).toBe("气候-quiz.quiz.json");
    expect(quizFileName("???")).toBe("quiz.quiz.json");
  });
});
