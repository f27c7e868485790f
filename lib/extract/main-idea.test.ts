import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { withoutAsides } from "./main-idea";

describe("a main idea or detail is stated without its asides", () => {
  it.each([
    [
      "who someone is",
      "Cockrell, a former Wall Street worker turned therapist, spends his days walking through Central Park with clients.",
      ["Cockrell"],
      "Cockrell spends his days walking through Central Park with clients.",
    ],
    [
      "a role without an article",
      "Dr. Paul Kelley, clinical research associate at the Sleep and Circadian Neuroscience Institute, called for schools to start later.",
      ["Paul Kelley"],
      "Dr. Paul Kelley called for schools to start later.",
    ],
    [
      "where a speech was given",
      "In a speech at the British Science Festival, the researcher called for schools to start later in the day.",
      [],
      "The researcher called for schools to start later in the day.",
    ],
    [
      "a figure between dashes",
      "Japanese employees are entitled to 18.5 days of paid holiday a year – only two fewer than the global average – as well as national holidays.",
      [],
      "Japanese employees are entitled to 18.5 days of paid holiday a year as well as national holidays.",
    ],
    [
      "the dateline",
      "PORT CARVEL, N.Y. — A narrow band of snow closed a stretch of the interstate on Sunday morning.",
      [],
      "A narrow band of snow closed a stretch of the interstate on Sunday morning.",
    ],
  ])("drops %s", (_, sentence, names, expected) => {
    expect(withoutAsides(sentence, names)).toBe(expected);
  });

  it.each([
    [
      "a list after a day",
      "More than 120 volunteers spread out across the lake on Saturday, hauling tires, bottles and fishing line off the shores.",
      ["Saturday"],
    ],
    [
      "an aside a clause then describes",
      "Clay Cockrell sits in his office at Columbus Circle, across the street from the park, which houses a hotel and a tower.",
      ["Columbus Circle"],
    ],
    [
      "a phrase that is the sentence",
      "In front of the tower is Central Park, where Cockrell holds his popular walk and talk therapy sessions.",
      [],
    ],
    ["an aside that would leave too little", "Anna Berg, a nurse at the hospital, resigned.", ["Anna Berg"]],
  ])("keeps %s", (_, sentence, names) => {
    expect(withoutAsides(sentence, names)).toBe(sentence);
  });
});

describe("the main idea stands on its own", () => {
  const idea = (lead: string) => {
    const result = extractArticle({
      text: `${lead}\n\nThe council met on Monday to discuss the plan for the new bridge over the river.\n\nEngineers said the bridge would take two years to build and cost about four million pounds.`,
      title: "A bridge for Riverton",
    });
    if (!result.ok) throw new Error(result.message);
    return result.article.facts.mainIdea.statement;
  };
  it.each([
    ["Nor did the children become more sociable in the weeks after the study.", "opens with “Nor”"],
    ["Finally, the researchers scanned the brains of 17 youths aged eight to 16.", "opens with “Finally”"],
    [
      "The challenge, though, is how to move that energy to the cities in the north.",
      "answers the sentence before with “though”",
    ],
    [
      "The effect did not, however, show in the children's behaviour during the tests.",
      "answers the sentence before with “however”",
    ],
  ])("is no detail: “%s” (%s)", (sentence) => {
    const result = extractArticle({
      text: [
        "Riverton’s council voted on Tuesday to turn the old rail yard into a public park with a community garden and a skate ramp.",
        "Mayor Lena Ortiz, who has backed the plan since 2021, said the park would open next summer.",
        "The rail yard closed in 1987 after the last freight line moved to a new depot in Harlow.",
        sentence,
        "Local builders will clear the rusted tracks over the winter and plant the first trees in March.",
      ].join("\n\n"),
      title: "Riverton turns old rail yard into a park",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.facts.mainIdea.details ?? []).not.toContain(sentence);
    expect(result.article.facts.mainIdea.details ?? []).toContain(
      "The rail yard closed in 1987 after the last freight line moved to a new depot in Harlow.",
    );
  });

  it("keeps “So far”", () => {
    expect(idea("So far, Riverton has raised half of the money it needs for a new bridge over the river.")).toBe(
      "So far, Riverton has raised half of the money it needs for a new bridge over the river.",
    );
  });
  it("is never a sentence about “those months”", () => {
    expect(
      idea("A study has found that pupils born in those months are fitter than everyone else in their class."),
    ).not.toMatch(/those months/);
  });
});

describe("the main idea question's wrong options", () => {
  const text = [
    "Riverton’s council voted on Tuesday to turn the old rail yard into a public park with a community garden and a skate ramp.",
    "Mayor Lena Ortiz, who has backed the plan since 2021, said the park would open next summer.",
    "The rail yard closed in 1987 after the last freight line moved to a new depot in Harlow.",
    "She said it was the best day of her time in office.",
    "Local builders will clear the rusted tracks over the winter and plant the first trees in March.",
    "“We waited a long time for this,” said Ortiz.",
  ].join("\n\n");
  const result = extractArticle({ text, title: "Riverton turns old rail yard into a park" });
  if (!result.ok) throw new Error(result.message);
  const idea = result.article.facts.mainIdea;

  it("states the lead as the main idea, sure of it when it says what the headline announces", () => {
    expect(idea.statement).toBe(
      "Riverton’s council voted on Tuesday to turn the old rail yard into a public park with a community garden and a skate ramp.",
    );
    expect(idea.certainty).toBeGreaterThanOrEqual(0.5);
  });

  it("doubts a main idea that is a feature's opening scene, not what the headline announces", () => {
    const feature = extractArticle({
      text: "Clay Cockrell spends large parts of his days walking through Central Park with some of New York’s richest people.\n\n“There is guilt over being rich,” Cockrell said. Many of his clients feel isolated and hide their money from friends.",
      title: "Wealth therapy for the rich",
    });
    if (!feature.ok) throw new Error(feature.message);
    expect(feature.article.facts.mainIdea.certainty).toBeLessThan(0.5);
  });
  it.each([
    [
      "Japan calls time on long hours work culture",
      "A challenge to Japan’s ingrained culture of overwork has come from the government, which is considering making it a legal requirement for workers to take at least five days’ paid holiday a year.",
    ],
    [
      "101-year-old bottle message",
      "The world’s oldest message in a bottle was presented to Angela Erdmann by the museum that is now exhibiting it in Germany.",
    ],
  ])("is sure of a lead that says the headline’s words in forms built on them (%s)", (title, lead) => {
    const result = extractArticle({
      text: `${lead}\n\nThe plan was welcomed by many people, who said it had taken too long to arrive.`,
      title,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.facts.mainIdea.statement).toBe(lead);
    expect(result.article.facts.mainIdea.certainty).toBeGreaterThanOrEqual(0.5);
  });

  it("names what a lead's opening “Thought to be …, it” means", () => {
    const result = extractArticle({
      text: "Thought to be the world’s oldest message in a bottle, it was presented to Angela Erdmann by the museum that is now exhibiting it in Germany.\n\nThe plan was welcomed by many people, who said it had taken too long to arrive.",
      title: "101-year-old bottle message",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.facts.mainIdea.statement).toBe(
      "What is thought to be the world’s oldest message in a bottle was presented to Angela Erdmann by the museum that is now exhibiting it in Germany.",
    );
  });

  it("offers true details from later in the article, each standing on its own", () => {
    expect(idea.details).toEqual(
      expect.arrayContaining([
        "The rail yard closed in 1987 after the last freight line moved to a new depot in Harlow.",
        "Local builders will clear the rusted tracks over the winter and plant the first trees in March.",
      ]),
    );
    // Not "She said …" (whom "she" means is elsewhere), not a quotation, not the main idea itself.
    for (const detail of idea.details ?? []) {
      expect(detail).not.toMatch(/^She\b|“/);
      expect(detail).not.toBe(idea.statement);
    }
  });
});
