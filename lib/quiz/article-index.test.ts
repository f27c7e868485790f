/** What keeps its capital when a clause is set inside a sentence ("The article gives the reason: …"). */
import { describe, expect, it } from "vitest";
import { indexArticle } from "./article-index";
import { harborArticle } from "./fixtures/harbor-article";
import { seedArticle } from "./fixtures/seed";
import { embeddedClause } from "./text";

describe("keepsCapital", () => {
  const index = indexArticle(harborArticle);
  it.each([
    ["a person's first name", "Ruth", true],
    ["a person's family name", "Adeyemi", true],
    ["an acronym", "UK", true],
    ["an ordinary word that opens a sentence", "Volunteers", false],
    ["a lower-case word", "plastic", false],
  ])("%s", (_, word, keeps) => {
    expect(index.keepsCapital(word)).toBe(keeps);
  });

  // The seed article writes "Savannah" only where a sentence begins; the panel read "the reason: savannah Billman had lived…".
  it("a reason that opens with a first name keeps it capitalised", () => {
    const seed = indexArticle(seedArticle());
    expect(embeddedClause("Savannah Billman had lived in China as a student.", seed.keepsCapital)).toBe(
      "Savannah Billman had lived in China as a student",
    );
    expect(embeddedClause("Experts called it a threat.", seed.keepsCapital)).toBe("experts called it a threat");
  });
});
