import fc from "fast-check";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  CodecError,
  crc32Hex,
  decodeJson,
  decodeJsonWithDictionary,
  encodeJson,
  encodeJsonWithDictionary,
  fnv1a64,
  fromBase64Url,
  toBase64Url,
} from "./codec";

async function rawDeflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function codecErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CodecError) return error.code;
    throw error;
  }
  throw new Error("expected a CodecError");
}

describe("base64url", () => {
  it("round-trips any bytes and uses only URL-fragment-safe characters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it("matches the RFC 4648 test vectors, without padding", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "Zg"],
      ["fo", "Zm8"],
      ["foo", "Zm9v"],
      ["foob", "Zm9vYg"],
      ["fooba", "Zm9vYmE"],
      ["foobar", "Zm9vYmFy"],
    ];
    for (const [plain, encoded] of vectors) expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it.each([
    ["a padding sign", "Zg=="],
    ["standard base64's +", "Zm+v"],
    ["an impossible length", "Zm9vY"],
    ["stray bits in the last character", "Zh"],
    ["a non-ASCII letter", "Zm9é"],
  ])("refuses %s", (_, text) => {
    expect(() => fromBase64Url(text)).toThrow(CodecError);
  });
});

describe("encodeJson / decodeJson", () => {
  it("round-trips JSON values, including non-Latin text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        // JSON has no -0: it comes back as 0, as JSON.parse(JSON.stringify(-0)) does.
        expect(await decodeJson(await encodeJson(value), 1e6)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
    expect(await decodeJson(await encodeJson({ name: "王小明 محمد Zoë 🙂" }), 1000)).toEqual({
      name: "王小明 محمد Zoë 🙂",
    });
  });

  it("compresses: a repetitive quiz-like value gets much shorter", async () => {
    const value = Array.from({ length: 20 }, (_, i) => ({
      id: `multiple-choice:who-role:p-${i}`,
      prompt: "Who is the research fellow?",
    }));
    expect((await encodeJson(value)).length).toBeLessThan(JSON.stringify(value).length / 3);
  });

  it("says why it cannot decode", async () => {
    expect(await codecErrorOf(decodeJson("", 100))).toBe("empty");
    expect(await codecErrorOf(decodeJson("A".repeat(101), 100))).toBe("too-large");
    expect(await codecErrorOf(decodeJson("not base64!", 100))).toBe("not-base64");
    expect(await codecErrorOf(decodeJson("____", 100))).toBe("corrupt");
    const cut = await encodeJson({ text: "a long enough value to be cut in the middle of its compressed stream" });
    expect(await codecErrorOf(decodeJson(cut.slice(0, 20), 100))).toBe("corrupt");
    // Valid DEFLATE of bytes that are not UTF-8, and of text that is not JSON.
    expect(await codecErrorOf(decodeJson(toBase64Url(await rawDeflate(new Uint8Array([0xff, 0xfe, 0x80]))), 100))).toBe(
      "corrupt",
    );
    expect(
      await codecErrorOf(decodeJson(toBase64Url(await rawDeflate(new TextEncoder().encode("{not json"))), 100)),
    ).toBe("corrupt");
  });

  it("stops a decompression bomb: 50 MB of zeros in a short code is refused, not inflated", async () => {
    const bomb = toBase64Url(await rawDeflate(new Uint8Array(50 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100_000);
    // How soon it stops is measured by `npm run bench`, not here.
    expect(await codecErrorOf(decodeJson(bomb, 200_000, 64 * 1024))).toBe("too-large");
  });
});

describe("JSON with a preset dictionary (format 3)", () => {
  const dictionary = new TextEncoder().encode(
    "The delegation visited universities, museums and think tanks across Shanghai, Nanjing and Wuhan.",
  );
  const value = {
    prompt: "Which cities did the delegation visit?",
    options: ["Shanghai, Nanjing and Wuhan", "universities, museums and think tanks"],
  };

  it("round-trips, and is shorter for text the dictionary holds", async () => {
    const withDictionary = await encodeJsonWithDictionary(value, dictionary);
    expect(await decodeJsonWithDictionary(withDictionary, 1000, 10_000, dictionary)).toEqual(value);
    expect(withDictionary.length).toBeLessThan((await encodeJson(value)).length);
  });

  it("does not open with another dictionary, or cut short", async () => {
    const code = await encodeJsonWithDictionary(value, dictionary);
    const other = new TextEncoder().encode("Something else entirely, of another length and with other words in it.");
    await expect(decodeJsonWithDictionary(code, 1000, 10_000, other)).rejects.toThrow();
    expect(await codecErrorOf(decodeJsonWithDictionary(code.slice(0, 12), 1000, 10_000, dictionary))).toBe("corrupt");
    expect(await codecErrorOf(decodeJsonWithDictionary("", 1000, 10_000, dictionary))).toBe("empty");
    expect(await codecErrorOf(decodeJsonWithDictionary("A".repeat(1001), 1000, 10_000, dictionary))).toBe("too-large");
  });

  it("stops a decompression bomb", async () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(20 * 1024 * 1024), { dictionary }));
    expect(await codecErrorOf(decodeJsonWithDictionary(bomb, 200_000, 64 * 1024, dictionary))).toBe("too-large");
  });
});

describe("hashes", () => {
  it("fnv1a64 matches the reference vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("fnv1a64 agrees with a plain BigInt FNV-1a on any text", () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text))
        hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, "0");
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => fnv1a64(text) === reference(text)),
      { numRuns: 2000 },
    );
  });

  it("crc32 matches the reference check value", () => {
    expect(crc32Hex("123456789")).toBe("cbf43926");
    expect(crc32Hex("")).toBe("00000000");
  });

  it("canonicalJson does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe(
      '{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
