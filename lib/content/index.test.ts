import { describe, expect, it } from "vitest";
import { getAllArticles, getArticle } from "./index";

describe("content for server components", () => {
  it("looks articles up by slug", () => {
    expect(getAllArticles().map((a) => a.slug)).toContain("us-china-climate-ai");
    expect(getArticle("us-china-climate-ai")?.source).toBe("Sixth Tone");
    expect(getArticle("no-such-article")).toBeUndefined();
  });
});
