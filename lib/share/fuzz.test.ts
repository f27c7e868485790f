/**
 * Links arrive truncated, retyped, mangled by chat apps or crafted by
 * someone curious. Whatever the string, decoding must not throw: it opens a
 * schema-valid quiz/result, or says why not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32Hex, encodeJson, encodeJsonWithDictionary } from "./codec";
import { asV3, defaultQuiz, editedQuiz } from "./fixtures/shared-quizzes";
import { sharedQuizV3Schema, sharedQuizV4Schema, v3Dictionary, v4Dictionary, v5Dictionary } from "./quiz-v3";
import { newSecret, sealedQuizOf, sharedQuizV5Schema } from "./quiz-v5";
import { sharedTextQuizSchema } from "./text-quiz";
import { decodeQuizCode, encodeQuizCode, quizFingerprint, type Decoded, type DecodeFailure } from "./quiz-link";
import { decodeResultCode } from "./result-code";
import { sharedQuizSchema, studentResultSchema, studentResultV2Schema } from "./schema";
import frozenR2 from "./fixtures/r2.json";
import { seedArticle, v1Fixtures } from "./test-helpers";

const RUNS = 10_000;
const REASONS: DecodeFailure[] = [
  "empty",
  "too-large",
  "truncated-or-corrupt",
  "future-version",
  "unknown-version",
  "invalid",
  "bad-checksum",
  "wrong-kind",
  "missing-article",
  "changed-article",
];

type Mutation =
  { op: "truncate"; at: number } | { op: "flip" | "insert"; at: number; char: string } | { op: "delete"; at: number };

const codeChar = fc.constantFrom(
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ R#\n%é中\u0000",
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    op: fc.constantFrom("flip" as const, "insert" as const),
    at: fc.nat(),
    char: fc.oneof(codeChar, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
);

function mutate(code: string, mutations: Mutation[]): string {
  let text = code;
  for (const m of mutations) {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    if (m.op === "truncate") text = text.slice(0, at);
    else if (m.op === "delete") text = text.slice(0, at) + text.slice(at + 1);
    else if (m.op === "insert") text = text.slice(0, at) + m.char + text.slice(at);
    else text = text.slice(0, at) + m.char + text.slice(at + 1);
  }
  return text;
}

/** A value that looks like `base` with one field replaced by anything JSON can hold. */
const perturbed = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(base), "extra"), fc.jsonValue())
    .map(([key, value]) => ({ ...base, [key]: value }));

function inputs(
  validCodes: string[],
  reencode: (value: unknown) => Promise<string>,
  base: Record<string, unknown>,
): fc.Arbitrary<string | Promise<string>> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...validCodes), fc.array(mutation, { minLength: 1, maxLength: 4 }))
        .map(([code, ms]) => mutate(code, ms)),
    },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("1.", "R1.", "2.", "R2.", ""), fc.stringMatching(/^[A-Za-z0-9_.-]{0,300}$/))
        .map(([p, s]) => p + s),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...validCodes), fc.integer({ min: 20_000, max: 200_000 }))
        .map(([code, n]) => code.repeat(Math.ceil(n / code.length)).slice(0, n)),
    },
    { weight: 2, arbitrary: fc.jsonValue().map(reencode) },
    { weight: 2, arbitrary: perturbed(base).map(reencode) },
  );
}

function checkOutcome<T>(decoded: Decoded<T>, valid: (value: unknown) => boolean): boolean {
  if (decoded.ok) return valid(decoded.value);
  return REASONS.includes(decoded.reason) && typeof decoded.message === "string" && decoded.message.length > 20;
}

// A sealed (format-5) quiz, its article left out of the payload as the code does.
const sealedQuiz = await sealedQuizOf(editedQuiz(seedArticle, 3), newSecret(), { [seedArticle.slug]: seedArticle });
const sealedPayload: Record<string, unknown> = { ...sealedQuiz };
delete sealedPayload.article;

describe(`fuzzing: ${RUNS} mutated links of each kind`, () => {
  const anyQuiz = (v: unknown) =>
    [sharedQuizSchema, sharedTextQuizSchema, sharedQuizV3Schema, sharedQuizV4Schema, sharedQuizV5Schema].some(
      (schema) => schema.safeParse(v).success,
    );

  it.each([
    ["format 1", 1, v1Fixtures.quizzes[1]!.value as unknown as Record<string, unknown>],
    ["format 3", 3, asV3(editedQuiz(seedArticle, 3)) as unknown as Record<string, unknown>],
    ["format 4", 4, editedQuiz(seedArticle, 3) as unknown as Record<string, unknown>],
    ["format 5", 5, sealedPayload],
  ] as const)(
    "quiz codes, %s: never throw; a schema-valid quiz or a reason",
    async (_, version, base) => {
      const articles = { [seedArticle.slug]: seedArticle };
      const codes = [
        ...v1Fixtures.quizzes.map((f) => f.code),
        await encodeQuizCode(asV3(defaultQuiz(seedArticle, 99)), seedArticle.body),
        await encodeQuizCode(asV3(editedQuiz(seedArticle, 3)), seedArticle.body),
        await encodeQuizCode(defaultQuiz(seedArticle, 99), seedArticle.body),
        await encodeQuizCode(editedQuiz(seedArticle, 3), seedArticle.body),
        await encodeQuizCode(sealedQuiz, seedArticle.body),
      ];
      const hash = (editedQuiz(seedArticle, 3).article as { textHash: string }).textHash;
      const reencode = async (value: unknown) => {
        if (version === 1) return `1.${await encodeJson(value)}`;
        if (version === 3)
          return `3.${seedArticle.slug}.${hash}.${await encodeJsonWithDictionary(value, v3Dictionary(seedArticle.body))}`;
        // With a correct checksum, so the schema, not the checksum, has to catch it.
        const dictionary = (version === 4 ? v4Dictionary : v5Dictionary)(seedArticle.body);
        const body = `${version}.${seedArticle.slug}.${hash}.${await encodeJsonWithDictionary(value, dictionary)}`;
        return `${body}.${crc32Hex(body)}`;
      };
      let opened = 0;
      await fc.assert(
        fc.asyncProperty(inputs(codes, reencode, base), async (input) => {
          const decoded = await decodeQuizCode(await input, articles);
          if (decoded.ok) opened++;
          return checkOutcome(decoded, anyQuiz);
        }),
        { numRuns: RUNS },
      );
      // Some mutations are harmless (a flipped character in a base64 tail that still inflates to the same quiz).
      expect(opened).toBeLessThan(RUNS);
    },
    120_000,
  );

  it("result codes: never throw; a schema-valid result or a reason", async () => {
    const codes = v1Fixtures.results.map((f) => f.code);
    const base = v1Fixtures.results[0]!.value as unknown as Record<string, unknown>;
    // Re-encoded with a correct checksum, so the schema, not the checksum, has to catch it.
    const reencode = async (value: unknown) => {
      const body = `R1.${await encodeJson(value)}`;
      return `${body}.${crc32Hex(body)}`;
    };
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(inputs(codes, reencode, base), async (input) => {
        const decoded = await decodeResultCode(await input);
        if (!decoded.ok) reasons.add(decoded.reason);
        return checkOutcome(decoded, (v) => studentResultSchema.safeParse(v).success);
      }),
      { numRuns: RUNS },
    );
    expect(reasons).toContain("bad-checksum");
    expect(reasons).toContain("invalid");
  }, 120_000);

  it("result codes R2 (personal links): never throw; a schema-valid result or a reason", async () => {
    const codes = frozenR2.results.map((f) => f.code);
    const base = frozenR2.results[0]!.value as unknown as Record<string, unknown>;
    const reencode = async (value: unknown) => {
      const body = `R2.${await encodeJson(value)}`;
      return `${body}.${crc32Hex(body)}`;
    };
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(inputs(codes, reencode, base), async (input) => {
        const decoded = await decodeResultCode(await input);
        if (!decoded.ok) reasons.add(decoded.reason);
        return checkOutcome(
          decoded,
          (v) => studentResultSchema.safeParse(v).success || studentResultV2Schema.safeParse(v).success,
        );
      }),
      { numRuns: RUNS },
    );
    expect(reasons).toContain("bad-checksum");
    expect(reasons).toContain("invalid");
  }, 120_000);
});

/**
 * The damage a link really meets: one character mistyped, lost or doubled
 * on its way. Format 3 had no checksum, and some of these opened another
 * quiz (a changed title, another option), which the student then finished
 * and the gradebook refused. Format 4's CRC-32 catches every one.
 */
describe("one character changed, lost or added: format 4 never opens another quiz", () => {
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
  const articles = { [seedArticle.slug]: seedArticle };

  /** Every single-character substitution, deletion and insertion at the positions `step` apart. */
  function* singleCharacterDamage(code: string, step: number, chars: string) {
    for (let at = 0; at <= code.length; at += step) {
      if (at < code.length) yield code.slice(0, at) + code.slice(at + 1);
      for (const char of chars) {
        if (at < code.length && char !== code[at]) yield code.slice(0, at) + char + code.slice(at + 1);
        yield code.slice(0, at) + char + code.slice(at);
      }
    }
  }

  async function wrongQuizRate(code: string, fingerprint: string, step: number, chars: string) {
    let tried = 0;
    let wrong = 0;
    for (const damaged of singleCharacterDamage(code, step, chars)) {
      tried++;
      const decoded = await decodeQuizCode(damaged, articles);
      if (decoded.ok && quizFingerprint(decoded.value) !== fingerprint) wrong++;
    }
    return { tried, wrong };
  }

  // The pasted article's code is three times longer: every 4th position there, to keep the test under a minute.
  it.each([
    ["on a built-in article", editedQuiz(seedArticle, 3), 1],
    ["on a pasted article", editedQuiz(seedArticle, 3, "text"), 4],
  ] as const)(
    "%s: every damaged code is refused (format 3, sampled, for comparison)",
    async (_, quiz, step) => {
      const v4 = await encodeQuizCode(quiz, seedArticle.body);
      const now = await wrongQuizRate(v4, quizFingerprint(quiz), step, ALPHABET);
      // Format 3 inflates and validates each damaged code, so it is sampled: every 7th position (or further), 6 characters.
      const v3 = await encodeQuizCode(asV3(quiz), seedArticle.body);
      const before = await wrongQuizRate(v3, quizFingerprint(asV3(quiz)), 7 * step, "AQgw-.");
      const percent = ({ tried, wrong }: { tried: number; wrong: number }) => ((100 * wrong) / tried).toFixed(2);
      console.info(
        `${quiz.article.kind}: format 4 ${now.wrong}/${now.tried} (${percent(now)}%) opened another quiz; ` +
          `format 3 ${before.wrong}/${before.tried} (${percent(before)}%)`,
      );
      expect(now.tried).toBeGreaterThan(100_000);
      expect(now.wrong).toBe(0);
      // The mutations are the kind that fooled format 3: without that, a 0 above would prove nothing.
      expect(before.wrong).toBeGreaterThan(0);
    },
    180_000,
  );
});
