import { describe, expect, it } from "vitest";
import { crc32Hex, encodeJsonWithDictionary } from "./codec";
import { defaultQuiz, editedQuiz } from "./fixtures/shared-quizzes";
import frozenV5 from "./fixtures/v5.json";
import type { Question } from "../quiz";
import { openSharedQuiz } from "./materialize";
import { decodeQuizCode, encodeQuizCode, quizFingerprint } from "./quiz-link";
import { v5Dictionary } from "./quiz-v3";
import { newSecret, openSealedQuiz, readRelease, releaseLink, sealedQuizOf, type SharedQuizV5 } from "./quiz-v5";
import { seedArticle } from "./test-helpers";

const articles = { [seedArticle.slug]: seedArticle };
const KEY_FIELDS = ["answer", "accepted", "explanation", "evidence", "facts", "score"];

/** Every object key anywhere in a JSON value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keysIn(item, into);
    }
  return into;
}

/** What a curious student could look for in the link: every piece of every question's key. */
function expectNoKeyIn(json: string, questions: readonly Question[]) {
  const parsed: unknown = JSON.parse(json);
  for (const field of KEY_FIELDS) expect(keysIn(parsed)).not.toContain(field);
  for (const q of questions) {
    expect(json).not.toContain(q.explanation);
    for (const span of q.evidence) expect(json).not.toContain(`"start":${span.start},"end":${span.end}`);
    // A typed answer may be another question's option ("China"): it must not be in its own question.
    const shown = JSON.stringify((parsed as { questions: { id: string }[] }).questions.find((k) => k.id === q.id));
    if (typeof q.answer === "string")
      for (const text of [q.answer, ...("accepted" in q ? q.accepted : [])]) expect(shown).not.toContain(`"${text}"`);
    // A choice question's right index or an order: nowhere as an answer (the key names are checked above).
    expect(json).not.toContain(`"answer":${JSON.stringify(q.answer)}`);
  }
}

describe("format 5: an end-feedback quiz travels without its key", () => {
  it.each([
    ["on a built-in article", editedQuiz(seedArticle)],
    ["on a pasted article", editedQuiz(seedArticle, 11, "text")],
  ])(
    "%s: the decoded link holds no right answer, explanation or evidence; the secret opens the very same questions",
    async (_, whole) => {
      const secret = newSecret();
      const sealed = await sealedQuizOf(whole, secret, articles);
      const code = await encodeQuizCode(sealed, seedArticle.body);
      expect(code).toMatch(/^5\..*\.[0-9a-f]{8}$/);
      const decoded = await decodeQuizCode(code, articles);
      if (!decoded.ok) throw new Error(decoded.message);
      expect(decoded.value).toEqual(sealed);
      expectNoKeyIn(JSON.stringify(decoded.value), whole.questions);
      const opened = await openSealedQuiz(decoded.value as SharedQuizV5, secret, articles);
      expect(opened).toEqual({ ok: true, questions: whole.questions });
      const v4 = await encodeQuizCode(whole, seedArticle.body);
      console.info(`${whole.article.kind}: format 4 ${v4.length} characters, format 5 ${code.length}`);
    },
  );

  it("another secret, a damaged key or a key moved onto another quiz does not open", async () => {
    const sealed = await sealedQuizOf(editedQuiz(seedArticle), newSecret(), articles);
    expect((await openSealedQuiz(sealed, newSecret(), articles)).ok).toBe(false);
    const secret = newSecret();
    const mine = await sealedQuizOf(editedQuiz(seedArticle), secret, articles);
    const flipped = mine.key.data.startsWith("A") ? `B${mine.key.data.slice(1)}` : `A${mine.key.data.slice(1)}`;
    expect((await openSealedQuiz({ ...mine, key: { ...mine.key, data: flipped } }, secret, articles)).ok).toBe(false);
    const retitled = { ...mine, settings: { ...mine.settings, title: "Another quiz" } };
    const moved = await openSealedQuiz(retitled, secret, articles);
    expect(moved).toEqual({ ok: false, message: expect.stringMatching(/cannot be opened/) });
  });

  it("a quiz with feedback after each question is never sealed, and a format-5 code that says so is refused", async () => {
    const each = defaultQuiz(seedArticle);
    await expect(sealedQuizOf(each, newSecret(), articles)).rejects.toThrow(/end-feedback/);
    const sealed = await sealedQuizOf(editedQuiz(seedArticle), newSecret(), articles);
    const { article, ...rest } = { ...sealed, settings: { ...sealed.settings, feedback: "each" } };
    const body = `5.${seedArticle.slug}.${(article as { textHash: string }).textHash}.${await encodeJsonWithDictionary(rest, v5Dictionary(seedArticle.body))}`;
    const decoded = await decodeQuizCode(`${body}.${crc32Hex(body)}`, articles);
    expect(decoded).toMatchObject({ ok: false, reason: "invalid", detail: expect.stringMatching(/feedback/) });
  });

  it("a format-5 code carrying a key field in the clear is refused, checksum or not", async () => {
    const whole = editedQuiz(seedArticle);
    const sealed = await sealedQuizOf(whole, newSecret(), articles);
    const leaky = {
      ...sealed,
      questions: sealed.questions.map((q, i) => ({ ...q, answer: whole.questions[i]!.answer })),
    };
    const { article, ...rest } = leaky;
    const body = `5.${seedArticle.slug}.${(article as { textHash: string }).textHash}.${await encodeJsonWithDictionary(rest, v5Dictionary(seedArticle.body))}`;
    expect(await decodeQuizCode(`${body}.${crc32Hex(body)}`, articles)).toMatchObject({ ok: false, reason: "invalid" });
    await expect(encodeQuizCode(leaky as SharedQuizV5, seedArticle.body)).rejects.toThrow(/can’t be shared/);
  });

  it("a page that cannot open the key refuses to run the quiz rather than grading without it", async () => {
    const sealed = await sealedQuizOf(editedQuiz(seedArticle), newSecret(), articles);
    expect(openSharedQuiz(sealed, articles)).toEqual({
      ok: false,
      message: expect.stringMatching(/answers with the teacher/),
    });
  });
});

describe("frozen v5 quiz links (lib/share/fixtures/v5.json) keep opening with the very same questions", () => {
  const fixtures = frozenV5 as unknown as {
    quizzes: {
      name: string;
      code: string;
      fingerprint: string;
      secret: string;
      value: SharedQuizV5;
      questions: Question[];
    }[];
  };
  it.each(fixtures.quizzes.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    expect(fixture.code).toMatch(/^5\..*\.[0-9a-f]{8}$/);
    const decoded = await decodeQuizCode(fixture.code, articles);
    expect(decoded).toEqual({ ok: true, value: fixture.value });
    expect(quizFingerprint(fixture.value)).toBe(fixture.fingerprint);
    expectNoKeyIn(JSON.stringify(fixture.value), fixture.questions);
    expect(await openSealedQuiz(fixture.value, fixture.secret, articles)).toEqual({
      ok: true,
      questions: fixture.questions,
    });
  });
});

describe("release links", () => {
  it("carry the quiz's fingerprint and its secret, and open the key the student's stored quiz holds", async () => {
    const secret = newSecret();
    const sealed = await sealedQuizOf(editedQuiz(seedArticle), secret, articles);
    const fingerprint = quizFingerprint(sealed);
    const link = releaseLink("https://example.org/", "/reader/", fingerprint, secret);
    expect(link).toBe(`https://example.org/reader/play/#release=${fingerprint}.${secret}`);
    expect(link.length).toBeLessThan(120);
    const read = readRelease(link);
    expect(read).toEqual({ fingerprint, secret });
    expect((await openSealedQuiz(sealed, read!.secret, articles)).ok).toBe(true);
  });

  it.each([
    ["a quiz link", "https://example.org/play/#q=5.abc.12345678"],
    ["a cut-off secret", `#release=0123456789ab.${"A".repeat(42)}`],
    ["a fingerprint in capitals", `#release=0123456789AB.${"A".repeat(43)}`],
    ["something after the secret", `#release=0123456789ab.${"A".repeat(43)}x`],
  ])("%s is not a release link", (_, text) => {
    expect(readRelease(text)).toBeNull();
  });
});
