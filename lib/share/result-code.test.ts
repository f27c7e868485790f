import { describe, expect, it } from "vitest";
import { crc32Hex, encodeJson } from "./codec";
import { sampleResult } from "./fixtures/shared-quizzes";
import {
  decodeResultCode,
  encodeResultCode,
  MAX_RESULT_CODE_CHARS,
  resultId,
  resultLink,
  type StudentResult,
} from "./result-code";
import { v1Fixtures } from "./test-helpers";

const result: StudentResult = sampleResult("0123456789ab", "Zoë O’Brien", {
  "multiple-choice:who-role:p-li": { kind: "choice", index: 2 },
  "fill-blank:sentence:n-five-years": { kind: "text", text: 'five, or maybe "six"' },
  "numeric:value:n-second-time": { kind: "number", value: -2.5 },
  "matching:quotes:a+b+c": { kind: "matching", pairs: [1, -1, 0] },
  "ordering:events:a+b+c": { kind: "ordering", order: [2, 0, 1] },
  "custom-1": null,
});

async function failureOf(code: string) {
  const decoded = await decodeResultCode(code);
  if (decoded.ok) throw new Error("expected a failure");
  return decoded;
}

/** A code made of `payload` with a correct checksum: tests what happens after the checksum passes. */
const withChecksum = (body: string) => `${body}.${crc32Hex(body)}`;

describe("result codes", () => {
  it("round-trip, start with R1. and end with 8 hex check digits", async () => {
    const code = await encodeResultCode(result);
    expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeResultCode(code)).toEqual({ ok: true, value: result });
    expect(await decodeResultCode(resultLink("https://x.example", "", code).split("#r=")[1]!)).toEqual({
      ok: true,
      value: result,
    });
  });

  it("link to the gradebook", () => {
    expect(resultLink("https://school.example", "/reader", "R1.x.00000000")).toBe(
      "https://school.example/reader/gradebook/#r=R1.x.00000000",
    );
  });

  it("refuse names that are empty, padded or too long, and answers that are not finite", async () => {
    for (const name of ["", "   ", " Ana", "x".repeat(81), "two\nlines"]) {
      await expect(encodeResultCode({ ...result, name })).rejects.toThrow(/name/);
    }
    await expect(
      encodeResultCode({ ...result, answers: { a: { kind: "number", value: Number.NaN } } }),
    ).rejects.toThrow();
    await expect(encodeResultCode({ ...result, durationMs: -1 })).rejects.toThrow(/durationMs/);
  });

  it("the same result has the same id; any change gives another", () => {
    expect(resultId(result)).toBe(resultId({ ...result }));
    expect(resultId({ ...result, durationMs: result.durationMs + 1 })).not.toBe(resultId(result));
  });
});

describe("the checksum catches every one-character change", () => {
  it("substituted anywhere in the code, by any other code character", async () => {
    const code = await encodeResultCode(result);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let tried = 0;
    // Past the "R1." prefix, which is read (and refused differently) before the checksum.
    for (let i = 3; i < code.length; i++) {
      if (code[i] === ".") continue;
      for (const replacement of [
        alphabet[(alphabet.indexOf(code[i]!) + 1) % 64]!,
        alphabet[(alphabet.indexOf(code[i]!) + 31) % 64]!,
      ]) {
        const changed = code.slice(0, i) + replacement + code.slice(i + 1);
        const decoded = await decodeResultCode(changed);
        expect(decoded.ok, `position ${i}`).toBe(false);
        if (!decoded.ok) expect(["bad-checksum", "truncated-or-corrupt"]).toContain(decoded.reason);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it("a swapped payload character is reported as a typo, with a plain message", async () => {
    const code = await encodeResultCode(result);
    const changed = code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11);
    const failure = await failureOf(changed);
    expect(failure.reason).toBe("bad-checksum");
    expect(failure.message).toMatch(/typo or was changed/);
  });
});

describe("frozen v1 result codes (lib/share/fixtures/v1.json) keep decoding", () => {
  it.each(v1Fixtures.results.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    expect(await decodeResultCode(fixture.code)).toEqual({ ok: true, value: fixture.value });
  });
});

describe("broken result codes get a reason and a message for the teacher", () => {
  it.each([
    ["empty", "", "empty"],
    ["made by a newer version", "R3.abc.12345678", "future-version"],
    ["version 0", "R0.abc.12345678", "unknown-version"],
    ["no version", "abc.12345678", "unknown-version"],
    ["a quiz code", "1.abcdef", "wrong-kind"],
    ["without check digits (cut off)", "R1.abcdef", "truncated-or-corrupt"],
    ["with a wrong checksum", "R1.abcdef.12345678", "bad-checksum"],
    ["with upper-case check digits", `R1.abcdef.${crc32Hex("R1.abcdef").toUpperCase()}`, "truncated-or-corrupt"],
    ["oversized", "R1.".padEnd(MAX_RESULT_CODE_CHARS + 1, "A"), "too-large"],
    ["nothing but a checksum", withChecksum("R1."), "truncated-or-corrupt"],
    ["a correct checksum over garbage", withChecksum("R1.hello"), "truncated-or-corrupt"],
  ])("%s", async (_, code, reason) => {
    const failure = await failureOf(code);
    expect(failure.reason).toBe(reason);
    expect(failure.message.length).toBeGreaterThan(20);
  });

  it("valid compression and checksum over something that is not a result is 'invalid'", async () => {
    for (const value of [
      {},
      { ...result, v: 2 },
      { ...result, quiz: "nope" },
      { ...result, score: 10 },
      { ...result, answers: { x: { kind: "choice", index: 99 } } },
    ]) {
      const failure = await failureOf(withChecksum(`R1.${await encodeJson(value)}`));
      expect(failure.reason).toBe("invalid");
    }
  });
});

describe("names with invisible or bidi-control characters", () => {
  it("are written and read without them, so they show as typed", async () => {
    for (const [typed, shown] of [
      ["A\u200bna", "Ana"],
      ["Ana\u202eLopez", "AnaLopez"],
      ["\u2066Zoë\u2069", "Zoë"],
      ["\ufeff王小明", "王小明"],
    ] as const) {
      const decoded = await decodeResultCode(await encodeResultCode({ ...result, name: typed }));
      expect(decoded.ok && decoded.value.name).toBe(shown);
    }
  });

  it("are cleaned when a code made elsewhere still carries them", async () => {
    const body = `R1.${await encodeJson({ ...result, name: "Ana\u202e\u200f" })}`;
    const decoded = await decodeResultCode(`${body}.${crc32Hex(body)}`);
    expect(decoded.ok && decoded.value.name).toBe("Ana");
  });
});
