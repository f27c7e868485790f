import { afterEach, describe, expect, it, vi } from "vitest";
import frozenV4 from "./fixtures/v4.json";
import frozenR2 from "./fixtures/r2.json";
import { PART_UNAVAILABLE } from "./format1";
import { decodeQuizCode } from "./quiz-link";
import { decodeResultCode } from "./result-code";
import { seedArticle } from "./test-helpers";

// Vitest gives each test file its own modules: fflate starts unfetched here, as on a fresh page.
const articles = { [seedArticle.slug]: seedArticle };
const quizCode = frozenV4.quizzes[0]!.code;
const resultCode = frozenR2.results[0]!.code;
const offline = () => {
  throw new Error("Failed to fetch dynamically imported module");
};

describe("the decompressor is fetched with the first code opened", () => {
  afterEach(() => {
    vi.doUnmock("fflate");
  });

  it("a result code (compressed by the platform, no dictionary) never needs it", async () => {
    vi.doMock("fflate", offline);
    expect((await decodeResultCode(resultCode)).ok).toBe(true);
  });

  it("when it cannot be fetched, a quiz link says so rather than calling the link damaged", async () => {
    vi.doMock("fflate", offline);
    expect(await decodeQuizCode(quizCode, articles)).toMatchObject({
      ok: false,
      reason: "unavailable",
      message: PART_UNAVAILABLE,
    });
  });

  it("and the next try fetches it again", async () => {
    expect((await decodeQuizCode(quizCode, articles)).ok).toBe(true);
  });
});
