import { describe, expect, it } from "vitest";
import { z } from "./index";

const issue = (schema: z.Schema, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) return null;
  const first = result.error.issues[0]!;
  return `${first.path.map(String).join(".") || "value"}: ${first.message}`;
};

describe("values: what passes, what is refused, and the first problem named", () => {
  const line = z.string().check(z.minLength(1), z.maxLength(5), z.regex(/^\S/, "must not start with a space"));
  const count = z.int().check(z.minimum(0), z.maximum(10));
  it.each<[string, z.Schema, unknown, string | null]>([
    ["a short line", line, "abc", null],
    ["an empty line", line, "", "value: Too small: expected string to have >=1 characters"],
    ["a long line", line, "abcdef", "value: Too big: expected string to have <=5 characters"],
    ["a line starting with a space", line, " ab", "value: must not start with a space"],
    ["a number for a line", line, 3, "value: Invalid input: expected string, received number"],
    ["a count", count, 10, null],
    ["a fraction for a count", count, 1.5, "value: Invalid input: expected int, received number"],
    ["a huge count", count, 2 ** 60, "value: Invalid input: expected int, received number"],
    ["a negative count", count, -1, "value: Too small: expected number to be >=0"],
    ["NaN for a number", z.number(), Number.NaN, "value: Invalid input: expected number, received NaN"],
    [
      "Infinity for a number",
      z.number(),
      Number.POSITIVE_INFINITY,
      "value: Invalid input: expected number, received number",
    ],
    ["null for a boolean", z.boolean(), null, "value: Invalid input: expected boolean, received null"],
    ["the literal", z.literal(4), 4, null],
    ["another literal", z.literal(4), "4", "value: Invalid input: expected 4"],
    ["an option", z.enum(["each", "end"]), "end", null],
    ["no option", z.enum(["each", "end"]), "never", 'value: Invalid option: expected one of "each"|"end"'],
    ["null where nullable", z.nullable(z.string()), null, null],
    ["undefined where optional", z.optional(z.string()), undefined, null],
    ["a datetime with an offset", z.iso.datetime({ offset: true }), "2026-12-06T10:00:00.000+01:00", null],
    ["a datetime in UTC", z.iso.datetime({ offset: true }), "2026-12-06T10:00:00Z", null],
    [
      "a datetime without seconds",
      z.iso.datetime({ offset: true }),
      "2026-12-06T10:00Z",
      "value: Invalid ISO datetime",
    ],
    ["the 30th of February", z.iso.datetime({ offset: true }), "2026-02-30T10:00:00Z", "value: Invalid ISO datetime"],
    ["anything where unknown", z.unknown(), { a: [1] }, null],
  ])("%s", (_, schema, input, expected) => {
    expect(issue(schema, input)).toBe(expected);
  });
});

describe("objects keep, drop or refuse keys as zod's do", () => {
  const shape = { name: z.string(), age: z.optional(z.int()) };
  it("object drops unknown keys, strictObject refuses them, looseObject keeps them", () => {
    const input = { name: "Li", extra: 1 };
    expect(z.object(shape).parse(input)).toEqual({ name: "Li" });
    expect(issue(z.strictObject(shape), input)).toBe('value: Unrecognized key: "extra"');
    expect(z.looseObject(shape).parse(input)).toEqual({ name: "Li", extra: 1 });
  });
  it("an optional key that is absent stays absent; a required one is named", () => {
    expect(Object.keys(z.strictObject(shape).parse({ name: "Li" }))).toEqual(["name"]);
    expect(issue(z.strictObject(shape), { age: 3 })).toBe("name: Invalid input: expected string, received undefined");
    expect(issue(z.strictObject(shape), { name: "Li", age: "3" })).toBe(
      "age: Invalid input: expected int, received string",
    );
  });
  it("arrays and records name the index or key of the problem", () => {
    const book = z.record(z.string().check(z.maxLength(3)), z.array(z.int()));
    expect(book.parse({ abc: [1, 2] })).toEqual({ abc: [1, 2] });
    expect(issue(book, { abc: [1, "2"] })).toBe("abc.1: Invalid input: expected int, received string");
    expect(issue(book, { abcd: [] })).toBe(
      "abcd: Invalid key in record: Too big: expected string to have <=3 characters",
    );
    expect(issue(book, [])).toBe("value: Invalid input: expected record, received array");
  });
  it("a key named __proto__ is kept as data and never becomes the prototype", () => {
    const parsed = z.record(z.string(), z.unknown()).parse(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, "__proto__")).toBe(true);
    expect((parsed as { polluted?: boolean }).polluted).toBeUndefined();
  });
  it("omit removes keys and keeps the object's kind", () => {
    const short = z.omit(z.strictObject(shape), { age: true });
    expect(short.parse({ name: "Li" })).toEqual({ name: "Li" });
    expect(issue(short, { name: "Li", age: 3 })).toBe('value: Unrecognized key: "age"');
  });
});

describe("checks run on a value of the right shape only", () => {
  const quiz = z.strictObject({ ids: z.array(z.string()) }).check(
    // Array methods: on a malformed value this refinement would throw instead of reporting.
    z.refine((q) => q.ids.every((id, i) => q.ids.indexOf(id) === i), { message: "lists an id twice", path: ["ids"] }),
  );
  it("a refinement reports at its own path", () => {
    expect(issue(quiz, { ids: ["a", "a"] })).toBe("ids: lists an id twice");
    expect(quiz.safeParse({ ids: ["a", "b"] }).success).toBe(true);
  });
  it("a malformed value is refused without running the refinement on it", () => {
    expect(issue(quiz, { ids: "a" })).toBe("ids: Invalid input: expected array, received string");
  });
  it("nested refinements report with the full path", () => {
    const outer = z.strictObject({ quiz });
    expect(issue(outer, { quiz: { ids: ["x", "x"] } })).toBe("quiz.ids: lists an id twice");
  });
  it("check returns a new schema and leaves the first as it was", () => {
    const any = z.string();
    const short = any.check(z.maxLength(2));
    expect(any.safeParse("long").success).toBe(true);
    expect(short.safeParse("long").success).toBe(false);
  });
});

describe("unions", () => {
  const choice = z.strictObject({ type: z.literal("choice"), options: z.array(z.string()) });
  const typed = z.strictObject({ type: z.literal("typed"), answer: z.string() });
  it("a union takes the first option that fits and names no option's problem", () => {
    const either = z.union([z.int(), z.string()]);
    expect(either.parse(3)).toBe(3);
    expect(either.parse("3")).toBe("3");
    expect(issue(either, true)).toBe("value: Invalid input");
  });
  it("a discriminated union reports the problems of the option its key names", () => {
    const question = z.discriminatedUnion("type", [choice, typed]);
    expect(question.parse({ type: "typed", answer: "x" })).toEqual({ type: "typed", answer: "x" });
    expect(issue(question, { type: "typed", answer: 1 })).toBe(
      "answer: Invalid input: expected string, received number",
    );
    expect(issue(question, { type: "drawing" })).toBe("type: Invalid input");
  });
  it("parse throws with the first problem", () => {
    expect(() => z.strictObject({ a: z.string() }).parse({ a: 1 })).toThrow(
      "a: Invalid input: expected string, received number",
    );
  });
});
