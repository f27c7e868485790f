/** Matching: what the student is shown as proof of the pairs. */
import { describe, expect, it } from "vitest";
import type { Article } from "../../article/types";
import { harborArticle } from "../fixtures/harbor-article";
import { buildPool } from "../index";
import { extractArticle } from "../../extract";

const firstSpan = (text: string) => ({
  start: harborArticle.body.indexOf(text),
  end: harborArticle.body.indexOf(text) + text.length,
});
const word = (id: string, term: string, meaning: string) => ({
  id,
  term,
  meaning,
  otherMeanings: ["to sell", "to hide", "to paint"],
  evidence: firstSpan(term),
});
const article: Article = {
  ...harborArticle,
  facts: {
    ...harborArticle.facts,
    vocabulary: [
      // Two words of the first sentence, one of another.
      word("v-cleared", "cleared", "removed"),
      word("v-plastic", "plastic", "a light, man-made material"),
      word("v-recycled", "recycled", "made into something new"),
    ],
  },
};

describe("matching words with their meanings", () => {
  it("shows a sentence holding two of the words once, in the article's order", () => {
    const question = buildPool(article, 1).find((q) => q.id === "matching:meanings:v-cleared+v-plastic+v-recycled");
    expect(question).toBeDefined();
    const shown = question!.evidence.map((span) => article.body.slice(span.start, span.end));
    expect(shown).toEqual([
      "PORTSMOUTH – Volunteers cleared 12,000 kilograms of plastic from the harbor over three days, the city said on Monday.",
      "Tom Reyes, a coordinator at the Marine Society of Portsmouth, said the plastic will be recycled in Britain.",
    ]);
  });
});

describe("matching speakers with their words", () => {
  it("shows each speaker's first quotation that stands alone, not one that says “it” about what came before", () => {
    const extracted = extractArticle({
      title: "A New Bridge for Riverton",
      text: [
        "Riverton opened its new bridge over the Ash river on Saturday, after twenty years of waiting.",
        "“It was the best thing that ever happened to our town,” said Ana Ruiz, a baker on the main street.",
        "“The new bridge will bring many more visitors to the town,” said Ruiz.",
        "“We have waited twenty years for a new bridge over the river,” said Ben Okafor, a teacher at the school.",
        "“Shops on the main street will be busy every weekend now,” said Carla Mendes, the town's mayor.",
      ].join("\n\n"),
    });
    if (!extracted.ok) throw new Error(extracted.message);
    const matching = buildPool(extracted.article, 1).find(
      (q) => q.type === "matching" && q.prompt === "Match each speaker with what they said.",
    );
    expect(matching?.type).toBe("matching");
    const right = matching!.type === "matching" ? matching!.right.join(" ") : "";
    expect(right).toContain("The new bridge will bring many more visitors");
    expect(right).not.toContain("It was the best thing");
  });
});
