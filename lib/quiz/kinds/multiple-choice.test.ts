/** Multiple choice: a person's role in the words of the sentence that gives it. */
import { describe, expect, it } from "vitest";
import type { Article } from "../../article/types";
import { harborArticle } from "../fixtures/harbor-article";
import { buildPool } from "../index";
import { roleAsWritten } from "./multiple-choice";

describe("roleAsWritten", () => {
  it.each([
    [
      "the director of a lab, not a director at the university",
      "“…,” said Kevin Pelphrey, director of the Child Neuroscience Lab at Yale University.",
      "director",
      ["Yale University", "Yale"],
      "the director of the Child Neuroscience Lab at Yale University",
    ],
    [
      "the founder of a group",
      "said Jamie Traeger-Muney, a wealth psychologist and founder of the Wealth Legacy Group.",
      "founder",
      ["Wealth Legacy Group"],
      "the founder of the Wealth Legacy Group",
    ],
    [
      "the article's own “the”",
      "said Dennis Conyon, the south-east director for the UK National Taxi Association.",
      "south-east director",
      ["UK National Taxi Association"],
      "the south-east director for the UK National Taxi Association",
    ],
    [
      "one of several: “a”",
      "Savannah Billman, a member of the delegation and senior digital communications associate at the U.S. National Committee on U.S.-China Relations, told Sixth Tone.",
      "senior digital communications associate",
      ["U.S. National Committee on U.S.-China Relations"],
      "a senior digital communications associate at the U.S. National Committee on U.S.-China Relations",
    ],
  ])("%s", (_, sentence, role, orgs, expected) => {
    expect(roleAsWritten(sentence, role, orgs)).toBe(expected);
  });

  it("gives nothing when the sentence does not lead from the role to the organization", () => {
    expect(
      roleAsWritten("Ruth Adeyemi, a coordinator, joined the Harbor Trust last year.", "coordinator", ["Harbor Trust"]),
    ).toBeUndefined();
  });
});

describe("roles", () => {
  it("asks no role that is only a title written short (“Gov.”)", () => {
    const people = harborArticle.facts.people.map((p) => ({ ...p, role: "Sen." }));
    const article: Article = { ...harborArticle, facts: { ...harborArticle.facts, people } };
    const asked = buildPool(article, 1).filter((q) => /role/.test(q.id) && q.skill === "people-roles");
    expect(asked.map((q) => q.id)).toEqual([]);
    expect(buildPool(harborArticle, 1).some((q) => /role/.test(q.id) && q.skill === "people-roles")).toBe(true);
  });
});
