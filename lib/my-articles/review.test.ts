import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../article/types";
import { certaintySentence, doubtsAbout, factsToCheckFirst, leastCertainFirst, reviewOrder } from "./review";

const body = [
  "Maria Okafor opened the classroom on Monday. Reyes agreed. “We counted 12 kinds of fish in March,” he said.",
  "The council voted 7 to 2. It said the costs could grow, which usually happens in April.",
  "The pier closed because the storm broke its pilings. A band played at the harbor.",
].join("\n\n");
const at = (text: string) => {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { start, end: start + text.length };
};

const facts: ArticleFacts = {
  people: [
    { id: "p-okafor", name: "Maria Okafor", certainty: 0.85, evidence: at("Maria Okafor") },
    { id: "p-reyes", name: "Reyes", certainty: 0.7, evidence: at("Reyes") },
  ],
  organizations: [{ id: "o-council", name: "council", kind: "other", certainty: 0.7, evidence: at("council") }],
  places: [],
  dates: [
    {
      id: "d-monday",
      text: "Monday",
      kind: "weekday",
      describes: "Maria Okafor opened the classroom",
      certainty: 0.85,
      evidence: at("Monday"),
    },
    {
      id: "d-march",
      text: "March",
      kind: "month",
      describes: "We counted 12 kinds of fish",
      certainty: 0.3,
      evidence: at("March"),
    },
    {
      id: "d-april",
      text: "April",
      kind: "month",
      describes: "which usually happens",
      certainty: 0.4,
      evidence: at("April"),
    },
  ],
  numbers: [
    { id: "n-12", value: 12, text: "12", counts: "kinds", certainty: 0.65, evidence: at("12") },
    {
      id: "n-7",
      value: 7,
      text: "7 to 2",
      counts: "votes for and against",
      question: "How did the council vote?",
      certainty: 0.75,
      evidence: at("7 to 2"),
    },
    // Sure of it, but no question is worded for it: not asked until confirmed, so it is checked too.
    { id: "n-2", value: 2, text: "2", counts: "votes against", certainty: 0.9, evidence: at("2.") },
  ],
  quotes: [
    {
      id: "q-1",
      text: "We counted 12 kinds of fish in March,",
      speaker: "p-reyes",
      certainty: 0.75,
      evidence: at("“We counted 12 kinds of fish in March,” he said."),
    },
  ],
  events: [],
  claims: [
    {
      id: "c-1",
      subject: "o-council",
      predicate: "said the costs could grow",
      certainty: 0.7,
      evidence: at("It said the costs could grow"),
    },
  ],
  causes: [
    {
      id: "cause-1",
      kind: "cause",
      question: "Why did the pier close?",
      answer: "Because the storm broke its pilings.",
      distractors: ["Because a band played at the harbor."],
      certainty: 0.4,
      evidence: at("The pier closed because the storm broke its pilings."),
    },
  ],
  mainIdea: { statement: "", distortions: [], evidence: { start: 0, end: 0 } },
};
const article = { body, facts };

describe("the review lists first what is least certain", () => {
  it("under “Check these first”: every fact the app is not sure of, least certain first", () => {
    expect(factsToCheckFirst(article).map((d) => [d.fact.id, d.certainty])).toEqual([
      ["d-march", 0.3],
      ["d-april", 0.4],
      ["cause-1", 0.4],
      ["n-12", 0.65],
      ["p-reyes", 0.7],
      ["o-council", 0.7],
      ["c-1", 0.7],
      ["n-7", 0.75],
      ["q-1", 0.75],
      ["n-2", 0.9],
    ]);
  });

  it("within each kind, least certain first, checked facts last in their order", () => {
    expect(reviewOrder(facts, "dates").map((d) => d.id)).toEqual(["d-march", "d-april", "d-monday"]);
    expect(
      leastCertainFirst([{ id: "a" }, { id: "b", certainty: 0.9 }, { id: "c" }, { id: "d", certainty: 0.2 }]).map(
        (f) => f.id,
      ),
    ).toEqual(["d", "b", "a", "c"]);
    expect(reviewOrder({ ...facts, causes: undefined }, "causes")).toEqual([]);
  });

  it.each<[string, Parameters<typeof doubtsAbout>[1], string, string[]]>([
    [
      "a date too unsure to ask, inside a quotation",
      "dates",
      "d-march",
      [
        "Not asked in the quiz until you confirm or correct it.",
        "It is inside a quotation: check that the article gives it as a fact.",
      ],
    ],
    [
      "a date whose event is a fragment",
      "dates",
      "d-april",
      [
        "Not asked in the quiz until you confirm or correct it.",
        "What happened then was read from part of a sentence: check it.",
      ],
    ],
    [
      "a number without a question, inside a quotation",
      "numbers",
      "n-12",
      [
        "Not asked in the quiz until you confirm what it counts (“kinds”).",
        "It is inside a quotation: check that the article gives it as a fact.",
      ],
    ],
    ["a number with its question", "numbers", "n-7", []],
    [
      "a one-word name",
      "people",
      "p-reyes",
      ["Only one name is given: check that it is a person, and use the full name if the article gives it."],
    ],
    ["an organization of no known kind", "organizations", "o-council", ["Its kind could not be read: choose one."]],
    [
      "a quotation whose sentence names no one",
      "quotes",
      "q-1",
      ["Its sentence does not name the speaker: check who said it."],
    ],
    ["a claim about “it”", "claims", "c-1", ["Its sentence says “he”, “she” or “they”: check who it is about."]],
    [
      "a why-question whose wrong reasons are about something else",
      "causes",
      "cause-1",
      [
        "Not asked in the quiz until you confirm or correct it.",
        "Its wrong answers are other sentences of the article, about something else: write wrong reasons a student could believe.",
      ],
    ],
    ["a fact the extractor read plainly", "dates", "d-monday", []],
  ])("says why: %s", (_, kind, id, reasons) => {
    const fact = (facts[kind] as { id: string }[]).find((f) => f.id === id)!;
    expect(doubtsAbout(article, kind, fact as never)).toEqual(reasons);
  });

  it("a fact the teacher confirmed or corrected has no doubts", () => {
    expect(doubtsAbout(article, "dates", { ...facts.dates[1]!, certainty: undefined })).toEqual([]);
    expect(
      factsToCheckFirst({
        body,
        facts: { ...facts, dates: [], numbers: [], people: [], organizations: [], quotes: [], claims: [], causes: [] },
      }),
    ).toEqual([]);
  });

  it("puts certainty in words", () => {
    expect([0.3, 0.55, 0.75, 0.9].map(certaintySentence)).toEqual([
      "The app is guessing.",
      "The app is unsure of it.",
      "The app is fairly sure of it.",
      "The app is sure of it.",
    ]);
  });
});
