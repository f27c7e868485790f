import { describe, expect, it } from "vitest";
import { isToken, newToken, personalLink, tokenFromLink, type LinkToken } from "./personal-link";
import frozenR2 from "./fixtures/r2.json";
import { decodeResultCode, encodeResultCode, resultId, type StudentResult } from "./result-code";
import { crc32Hex, encodeJson } from "./codec";

describe("tokens", () => {
  it("are 11 base64url characters from 8 random bytes", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(newToken((b) => b.fill(255))).toBe("__________8");
    expect(new Set(Array.from({ length: 200 }, () => newToken())).size).toBe(200);
  });
});

describe("tokenFromLink", () => {
  const base = "https://school.example/play/#q=3.us-china-climate-ai.18d48542.jVPB";
  it.each<[string, string, LinkToken]>([
    ["the class's link", base, { kind: "none" }],
    ["a personal link", `${base}&t=q3Zk1XoA9bE`, { kind: "token", token: "q3Zk1XoA9bE" }],
    ["wrapped by a chat app", `${base}&t=q3Zk1\nXoA9bE`, { kind: "token", token: "q3Zk1XoA9bE" }],
    ["the token first", "#t=q3Zk1XoA9bE&q=3.x", { kind: "token", token: "q3Zk1XoA9bE" }],
    ["cut off", `${base}&t=q3Zk1Xo`, { kind: "damaged" }],
    ["too long", `${base}&t=q3Zk1XoA9bEx`, { kind: "damaged" }],
    ["a character no token has", `${base}&t=q3Zk1XoA9b%`, { kind: "damaged" }],
    ["empty", `${base}&t=`, { kind: "damaged" }],
    ["two tokens", `${base}&t=q3Zk1XoA9bE&t=AAAAAAAAAAA`, { kind: "damaged" }],
    ["no fragment at all", "https://school.example/play/?t=q3Zk1XoA9bE", { kind: "none" }],
    ["a look-alike key", `${base}&tt=q3Zk1XoA9bE`, { kind: "none" }],
  ])("%s", (_, link, expected) => {
    expect(tokenFromLink(link)).toEqual(expected);
  });

  it("reads back what personalLink writes", () => {
    const token = newToken();
    expect(tokenFromLink(personalLink(base, token))).toEqual({ kind: "token", token });
    expect(() => personalLink(base, "nope")).toThrow();
    expect(isToken("q3Zk1XoA9bE")).toBe(true);
  });
});

const r2: StudentResult = {
  v: 2,
  quiz: "0123456789ab",
  name: "Ana",
  token: "q3Zk1XoA9bE",
  answers: { "custom-1": { kind: "choice", index: 1 } },
  startedAt: "2026-12-02T09:30:00.000Z",
  durationMs: 90_000,
};

describe("result codes R2 (with a token)", () => {
  it("round-trip and start with R2.; the same result without a token is still R1.", async () => {
    const code = await encodeResultCode(r2);
    expect(code).toMatch(/^R2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeResultCode(code)).toEqual({ ok: true, value: r2 });
    const rest: Record<string, unknown> = { ...r2, v: 1 };
    delete rest.token;
    const r1 = rest as unknown as StudentResult;
    expect(await encodeResultCode(r1)).toMatch(/^R1\./);
    expect(resultId(r2)).not.toBe(resultId(r1));
  });

  it("refuse a token that is not one", async () => {
    await expect(encodeResultCode({ ...r2, token: "short" })).rejects.toThrow(/token/);
  });

  it.each([
    ["an R1 body under R2.", { ...r2, v: 1, token: undefined }],
    ["an R2 body without its token", { ...r2, token: undefined }],
    ["a bad token", { ...r2, token: "q3Zk1XoA9b!" }],
    ["an extra field", { ...r2, score: 10 }],
  ])("with a correct checksum over %s are 'invalid'", async (_, value) => {
    const body = `R2.${await encodeJson(JSON.parse(JSON.stringify(value)))}`;
    const decoded = await decodeResultCode(`${body}.${crc32Hex(body)}`);
    expect(decoded.ok ? "ok" : decoded.reason).toBe("invalid");
  });

  it("an R2 body under R1. is 'invalid' too", async () => {
    const body = `R1.${await encodeJson(r2)}`;
    const decoded = await decodeResultCode(`${body}.${crc32Hex(body)}`);
    expect(decoded.ok ? "ok" : decoded.reason).toBe("invalid");
  });
});

describe("frozen R2 result codes (lib/share/fixtures/r2.json) keep decoding", () => {
  it.each(frozenR2.results.map((f) => [f.name, f] as const))("%s", async (_, fixture) => {
    expect(await decodeResultCode(fixture.code)).toEqual({ ok: true, value: fixture.value });
  });
});
