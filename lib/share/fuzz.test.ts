/**
 * Links arrive truncated, retyped, mangled by chat apps or crafted by
 * someone curious. Whatever the string, decoding must not throw: it opens a
 * schema-valid quiz/result, or says why not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32Hex, encodeJson, encodeJsonWithDictionary } from "./codec";
import { defaultQuiz, editedQuiz } from "./fixtures/shared-quizzes";
import { sharedQuizV3Schema, v3Dictionary } from "./quiz-v3";
import { sharedTextQuizSchema } from "./text-quiz";
import { decodeQuizCode, encodeQuizCode, type Decoded, type DecodeFailure } from "./quiz-link";
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

describe(`fuzzing: ${RUNS} mutated links of each kind`, () => {
  const anyQuiz = (v: unknown) =>
    [sharedQuizSchema, sharedTextQuizSchema, sharedQuizV3Schema].some((schema) => schema.safeParse(v).success);

  it.each([
    ["format 1", 1, v1Fixtures.quizzes[1]!.value as unknown as Record<string, unknown>],
    ["format 3", 3, editedQuiz(seedArticle, 3) as unknown as Record<string, unknown>],
  ] as const)(
    "quiz codes, %s: never throw; a schema-valid quiz or a reason",
    async (_, version, base) => {
      const articles = { [seedArticle.slug]: seedArticle };
      const codes = [
        ...v1Fixtures.quizzes.map((f) => f.code),
        await encodeQuizCode(defaultQuiz(seedArticle, 99), seedArticle.body),
        await encodeQuizCode(editedQuiz(seedArticle, 3), seedArticle.body),
      ];
      const prefix = `3.${seedArticle.slug}.${(editedQuiz(seedArticle, 3).article as { textHash: string }).textHash}.`;
      const reencode = async (value: unknown) =>
        version === 1
          ? `1.${await encodeJson(value)}`
          : `${prefix}${await encodeJsonWithDictionary(value, v3Dictionary(seedArticle.body))}`;
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
