import { describe, expect, it } from "vitest";
import { crc32Hex, encodeJson, encodeJsonWithDictionary } from "./codec";
import { asV3, defaultQuiz, editedQuiz } from "./fixtures/shared-quizzes";
import {
  codeFromLink,
  decodeQuizCode,
  encodeQuizCode,
  MAX_QUIZ_CODE_CHARS,
  quizFingerprint,
  quizLink,
  splitPastedLinks,
  type SharedQuiz,
} from "./quiz-link";
import frozenV3 from "./fixtures/v3.json";
import frozenV4 from "./fixtures/v4.json";
import { materializeQuiz, openSharedQuiz } from "./materialize";
import { loadFormat1Engine } from "./format1";
import { v4Dictionary, type SharedQuizV3, type SharedQuizV4 } from "./quiz-v3";
import { seedArticle, v1Fixtures } from "./test-helpers";

// What the builder makes today (format 4), and a format-1 quiz as old links carry it.
const plain = defaultQuiz(seedArticle);
const edited = editedQuiz(seedArticle);
const pasted = editedQuiz(seedArticle, 7, "text");
const v1 = v1Fixtures.quizzes[0]!.value;
const articles = { [seedArticle.slug]: seedArticle };

async function failureOf(code: string, with_: Parameters<typeof decodeQuizCode>[1] = {}) {
  const decoded = await decodeQuizCode(code, with_);
  if (decoded.ok) throw new Error("expected a failure");
  return decoded;
}

describe("quiz codes", () => {
  it.each([
    ["a default quiz", plain],
    ["a quiz with edits, teacher questions and non-Latin text", edited],
    ["a quiz on a pasted article, with its text", pasted],
  ])("round-trip %s exactly, as format 4 (with its checksum)", async (_, quiz) => {
    const code = await encodeQuizCode(quiz, seedArticle.body);
    expect(code).toMatch(
      quiz.article.kind === "builtin"
        ? /^4\.us-china-climate-ai\.[0-9a-f]{8}\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/
        : /^4\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/,
    );
    expect(crc32Hex(code.slice(0, -9))).toBe(code.slice(-8));
    expect(await decodeQuizCode(code, articles)).toEqual({ ok: true, value: quiz });
  });

  it("still round-trips a format-3 quiz, without a checksum", async () => {
    const code = await encodeQuizCode(asV3(edited), seedArticle.body);
    expect(code).toMatch(/^3\.us-china-climate-ai\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(await decodeQuizCode(code, articles)).toEqual({ ok: true, value: asV3(edited) });
  });

  it("still round-trips a format-1 quiz", async () => {
    const code = await encodeQuizCode(v1);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeQuizCode(code)).toEqual({ ok: true, value: v1 });
  });

  it("tolerates spaces and line breaks added by chat apps", async () => {
    const code = await encodeQuizCode(plain, seedArticle.body);
    const wrapped = `  ${code.slice(0, 40)}\n${code.slice(40, 90)}\r\n ${code.slice(90)} `;
    expect(await decodeQuizCode(wrapped, articles)).toEqual({ ok: true, value: plain });
  });

  it("fits a default 10-question quiz on a built-in article in a link a QR code can hold (2,000 characters)", async () => {
    for (const seed of [1, 2, 3, 7, 42]) {
      const link = quizLink(
        "https://evidence-reader.example.org",
        "",
        await encodeQuizCode(defaultQuiz(seedArticle, seed), seedArticle.body),
      );
      expect(link.length, `seed ${seed}`).toBeLessThanOrEqual(2_000);
    }
  });

  it("needs the built-in article to open a quiz on it, and says so when this copy lacks it or has another version", async () => {
    const code = await encodeQuizCode(plain, seedArticle.body);
    expect(await failureOf(code)).toMatchObject({
      reason: "missing-article",
      message: expect.stringMatching(/does not have/),
    });
    const changed = { [seedArticle.slug]: { body: seedArticle.body.replace("SHANGHAI", "BEIJING") } };
    expect((await decodeQuizCode(code, changed)).ok === false && (await decodeQuizCode(code, changed))).toMatchObject({
      reason: "changed-article",
    });
    await expect(encodeQuizCode(plain)).rejects.toThrow(/needs that article's text/);
  });

  it("refuses a code whose clear-text article prefix does not match what it carries", async () => {
    const other = { "another-story": seedArticle };
    const v3 = await encodeQuizCode(asV3(plain), seedArticle.body);
    expect(await failureOf(v3.replace("3.us-china-climate-ai.", "3.another-story."), other)).toMatchObject({
      reason: "invalid",
    });
    // Format 4 names a built-in article only in its prefix; a payload that names one too is refused.
    const body = `4.us-china-climate-ai.${(plain.article as { textHash: string }).textHash}.${await encodeJsonWithDictionary(plain, v4Dictionary(seedArticle.body))}`;
    expect(await failureOf(`${body}.${crc32Hex(body)}`, articles)).toMatchObject({ reason: "invalid" });
  });

  it("says a damaged format-4 link is damaged, before decompressing anything", async () => {
    const code = await encodeQuizCode(edited, seedArticle.body);
    const at = Math.floor(code.length / 2);
    const swapped = code[at] === "A" ? "B" : "A";
    for (const damaged of [
      code.slice(0, at) + swapped + code.slice(at + 1),
      code.slice(0, at) + code.slice(at + 1),
      code.slice(0, at) + "x" + code.slice(at),
      code.slice(0, -1) + (code.endsWith("0") ? "1" : "0"),
    ]) {
      const failure = await failureOf(damaged, articles);
      expect(failure.reason).toBe("bad-checksum");
      expect(failure.message).toMatch(/damaged.*Ask your teacher to send the link again/);
    }
  });

  it("refuses to make a link that could not be opened", async () => {
    await expect(encodeQuizCode({ ...plain, settings: { ...plain.settings, title: "  " } })).rejects.toThrow(
      /settings\.title/,
    );
    await expect(encodeQuizCode({ ...plain, questions: [plain.questions[0]!, plain.questions[0]!] })).rejects.toThrow(
      /twice/,
    );
    await expect(
      encodeQuizCode({ ...plain, questions: [{ ...plain.questions[0]!, level: "deep" as never }] }),
    ).rejects.toThrow(/questions/);
  });

  it("a one-character change to the title changes the fingerprint; key order does not", () => {
    expect(quizFingerprint(plain)).toMatch(/^[0-9a-f]{12}$/);
    expect(quizFingerprint({ ...plain, settings: { ...plain.settings, title: `${plain.settings.title}!` } })).not.toBe(
      quizFingerprint(plain),
    );
    const reordered = Object.fromEntries(Object.entries(plain).reverse()) as unknown as SharedQuiz;
    expect(quizFingerprint(reordered)).toBe(quizFingerprint(plain));
  });
});

describe("frozen v1 quiz links (lib/share/fixtures/v1.json) keep opening", () => {
  it.each(v1Fixtures.quizzes.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    const decoded = await decodeQuizCode(fixture.code);
    expect(decoded).toEqual({ ok: true, value: fixture.value });
    expect(quizFingerprint(fixture.value)).toBe(fixture.fingerprint);
  });

  // A link stores question ids and a seed, not the questions: if the engine
  // ever asks something else under an old id, students of an old link would be
  // graded against options they never saw. This snapshot makes such a change
  // fail loudly; the fix is to keep the old generator or bump the link format.
  it("still regenerate the very same questions from the article", async () => {
    await loadFormat1Engine();
    const regenerated = v1Fixtures.quizzes.map((fixture) => {
      // Materialized questions now carry a level and their facts; the snapshot holds what format 1 itself made.
      const legacy = ({ level, facts, ...rest }: { level?: unknown; facts?: unknown }) => (
        void level,
        void facts,
        rest
      );
      const result = materializeQuiz(fixture.value as SharedQuiz, seedArticle, 12345);
      if (!result.ok) throw new Error(`${fixture.name}: ${result.message}`);
      return { name: fixture.name, questions: result.quiz.questions.map(legacy) };
    });
    await expect(JSON.stringify(regenerated, null, 2) + "\n").toMatchFileSnapshot(
      "./fixtures/v1-questions.snapshot.json",
    );
  });
});

describe("frozen v3 quiz links (lib/share/fixtures/v3.json) keep opening with the very same questions", () => {
  const v3Fixtures = frozenV3 as unknown as {
    quizzes: { name: string; code: string; fingerprint: string; value: SharedQuizV3 }[];
  };
  it.each(v3Fixtures.quizzes.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    const decoded = await decodeQuizCode(fixture.code, articles);
    expect(decoded).toEqual({ ok: true, value: fixture.value });
    expect(quizFingerprint(fixture.value)).toBe(fixture.fingerprint);
    const opened = openSharedQuiz(fixture.value, { [seedArticle.slug]: seedArticle });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.quiz.questions).toEqual(fixture.value.questions);
    expect(opened.fingerprint).toBe(fixture.fingerprint);
  });
});

describe("frozen v4 quiz links (lib/share/fixtures/v4.json) keep opening with the very same questions", () => {
  const v4Fixtures = frozenV4 as unknown as {
    quizzes: { name: string; code: string; fingerprint: string; value: SharedQuizV4 }[];
  };
  it.each(v4Fixtures.quizzes.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    expect(fixture.code).toMatch(/^4\..*\.[0-9a-f]{8}$/);
    const decoded = await decodeQuizCode(fixture.code, articles);
    expect(decoded).toEqual({ ok: true, value: fixture.value });
    expect(quizFingerprint(fixture.value)).toBe(fixture.fingerprint);
    const opened = openSharedQuiz(fixture.value, { [seedArticle.slug]: seedArticle });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.quiz.questions).toEqual(fixture.value.questions);
    expect(opened.fingerprint).toBe(fixture.fingerprint);
  });
});

describe("broken quiz links get a reason and a message for the student", () => {
  it.each([
    ["empty", "", "empty", /empty/],
    ["only whitespace", " \n ", "empty", /empty/],
    ["made by a newer version", "6.abcdef", "future-version", /newer version.*Reload/],
    ["a damaged version-2 code", "2.abcdef", "truncated-or-corrupt", /incomplete/],
    ["a damaged version-3 code", "3.abcdef", "truncated-or-corrupt", /incomplete/],
    ["a version-4 code without its check digits", "4.abcdef", "truncated-or-corrupt", /incomplete/],
    ["a version-4 code whose check digits do not match", "4.abcdef.12345678", "bad-checksum", /damaged/],
    ["version 99", "99.abcdef", "future-version", /newer version/],
    ["version 0", "0.abcdef", "unknown-version", /recognises/],
    ["a leading zero", "01.abcdef", "unknown-version", /recognises/],
    ["no version at all", "jVPBbtswDIX", "unknown-version", /recognises/],
    ["a result code", "R1.abcdef.12345678", "wrong-kind", /result link/],
    ["nothing after the version", "1.", "truncated-or-corrupt", /incomplete/],
    ["random characters", "1.hello-world", "truncated-or-corrupt", /incomplete/],
    ["oversized", `1.${"A".repeat(MAX_QUIZ_CODE_CHARS)}`, "too-large", /too long/],
  ])("%s", async (_, code, reason, message) => {
    const failure = await failureOf(code);
    expect(failure.reason).toBe(reason);
    expect(failure.message).toMatch(message);
  });

  it("cut off anywhere: never opens a wrong quiz", async () => {
    const code = await encodeQuizCode(edited, seedArticle.body);
    for (let length = 0; length < code.length; length++) {
      const decoded = await decodeQuizCode(code.slice(0, length), articles);
      expect(decoded.ok, `cut at ${length}`).toBe(false);
    }
  });

  it("valid compression of something that is not a quiz is 'invalid'", async () => {
    for (const value of [
      {},
      [],
      "quiz",
      { ...v1, v: 2 },
      { ...v1, seed: -1 },
      { ...v1, extra: true },
      { ...v1, questionIds: [] },
    ]) {
      const failure = await failureOf(`1.${await encodeJson(value)}`);
      expect(failure.reason).toBe("invalid");
      expect(failure.message).toMatch(/not a quiz/);
    }
    const badQuestion = { ...plain.questions[0]!, type: "essay" };
    for (const value of [
      { ...plain, v: 1 },
      { ...plain, questions: [] },
      { ...plain, questions: [badQuestion] },
      {
        ...plain,
        article: {
          kind: "builtin",
          slug: plain.article.kind === "builtin" ? plain.article.slug : "",
          textHash: "nothex!!",
        },
      },
    ]) {
      const failure = await failureOf(`3.${await encodeJson(value)}`);
      expect(failure.reason).toBe("invalid");
    }
  });
});

describe("links", () => {
  const code = "1.abc_DEF-123";

  it("puts the code in the fragment of /play/", () => {
    expect(quizLink("https://school.example", "", code)).toBe("https://school.example/play/#q=1.abc_DEF-123");
    expect(quizLink("https://school.example/", "/reader/", code)).toBe(
      "https://school.example/reader/play/#q=1.abc_DEF-123",
    );
  });

  it.each([
    ["a full link", "https://school.example/reader/play/#q=1.abc_DEF-123"],
    ["a link wrapped by a chat app", "https://school.example/reader/play/#q=1.abc_\nDEF-123 "],
    ["a fragment", "#q=1.abc_DEF-123"],
    ["a key=value pair", "q=1.abc_DEF-123"],
    ["a bare code", " 1.abc_DEF-123\n"],
    ["a link with the code in the query", "https://school.example/play/?q=1.abc_DEF-123"],
  ])("finds the code in %s", (_, text) => {
    expect(codeFromLink(text, "q")).toBe(code);
  });

  it("hands back a result code found where a quiz link was expected, so the decoder can say so", () => {
    expect(codeFromLink("https://x.example/gradebook/#r=R1.abc.12345678", "q")).toBe("R1.abc.12345678");
  });

  it.each([
    ["", ""],
    ["a link without a code", "https://school.example/play/"],
    ["prose", "hello teacher"],
  ])("finds nothing in %s", (_, text) => {
    expect(codeFromLink(text, "q")).toBeNull();
  });

  it("splits a paste of several links, rejoining links wrapped onto two lines", () => {
    const pasted = [
      "https://x.example/gradebook/#r=R1.aaa",
      "bbb.12345678",
      "R1.ccc.87654321",
      "#r=R1.ddd.00000000   https://x.example/gradebook/#r=R1.eee.11111111",
    ].join("\n");
    expect(splitPastedLinks(pasted).map((p) => codeFromLink(p, "r"))).toEqual([
      "R1.aaabbb.12345678",
      "R1.ccc.87654321",
      "R1.ddd.00000000",
      "R1.eee.11111111",
    ]);
  });
});
