import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../article/types";
import { describeFactProblem, findTerm, validateFacts } from "./index";

const body = [
  "Maria Okafor, the director of the Riverton Science Museum, opened the floating classroom in Riverton on Monday. It holds 40 students.",
  "“A river is the best teacher we have,” Okafor said. A visitor called it “a gift”. The barge was built because the old boat leaked.",
].join("\n\n");
const at = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { start, end: start + text.length };
};

/** One fact of every list, all sound. */
const sound = (): ArticleFacts => ({
  people: [
    {
      id: "p-okafor",
      name: "Maria Okafor",
      shortName: "Okafor",
      role: "director",
      affiliation: "o-museum",
      certainty: 0.9,
      evidence: at("Maria Okafor"),
    },
  ],
  organizations: [
    { id: "o-museum", name: "Riverton Science Museum", kind: "institute", evidence: at("Riverton Science Museum") },
  ],
  places: [{ id: "pl-riverton", name: "Riverton", kind: "town", evidence: at("Riverton on") }],
  dates: [
    {
      id: "d-monday",
      text: "Monday",
      kind: "weekday",
      preposition: "on",
      describes: "the floating classroom opened",
      evidence: at("Monday"),
    },
  ],
  numbers: [{ id: "n-40", value: 40, text: "40", counts: "students", evidence: at("It holds 40 students.") }],
  quotes: [
    {
      id: "q-1",
      text: "A river is the best teacher we have,",
      speaker: "p-okafor",
      evidence: at("“A river is the best teacher we have,” Okafor said."),
    },
  ],
  unnamedQuotes: [{ id: "u-1", text: "a gift", speaker: "a visitor", evidence: at("A visitor called it “a gift”.") }],
  events: [
    {
      id: "e-1",
      description: "The classroom opened",
      when: "d-monday",
      where: "pl-riverton",
      evidence: at("opened the floating classroom in Riverton on Monday"),
    },
  ],
  claims: [
    {
      id: "c-1",
      subject: "p-okafor",
      predicate: "opened the floating classroom",
      evidence: at("Maria Okafor, the director"),
    },
  ],
  terms: [{ id: "t-1", text: "barge", evidence: at("barge") }],
  statements: [{ id: "s-1", text: "It holds 40 students.", evidence: at("It holds 40 students.") }],
  causes: [
    {
      id: "cause-1",
      kind: "cause",
      question: "Why was the barge built?",
      answer: "The old boat leaked.",
      distractors: ["It holds 40 students."],
      evidence: at("The barge was built because the old boat leaked."),
    },
  ],
  positions: [
    {
      id: "pos-1",
      speaker: "p-okafor",
      statement: "Rivers teach well.",
      evidence: at("“A river is the best teacher we have,” Okafor said."),
    },
  ],
  vocabulary: [
    {
      id: "v-1",
      term: "leak",
      meaning: "let water in through a hole",
      otherMeanings: ["sink slowly"],
      evidence: at("leaked"),
    },
  ],
  mainIdea: {
    statement: "A museum opened a floating classroom.",
    distortions: ["A museum closed a floating classroom.", "A school sold a barge."],
    details: ["It holds 40 students."],
    evidence: at(
      "Maria Okafor, the director of the Riverton Science Museum, opened the floating classroom in Riverton on Monday.",
    ),
  },
});

type Break = (facts: ArticleFacts) => void;
const first = <T>(list: T[] | undefined): T => {
  if (!list?.[0]) throw new Error("fixture has no such fact");
  return list[0];
};

describe("the one validator of facts", () => {
  it("passes sound facts of every kind", () => {
    expect(validateFacts({ body, facts: sound() })).toEqual([]);
  });

  const cases: [string, Break, string[]][] = [
    [
      "a span past the end of the text",
      (f) => (first(f.dates).evidence = { start: 0, end: body.length + 1 }),
      ['dates[0] (id "d-monday"): evidence is not inside the article text'],
    ],
    [
      "an empty span",
      (f) => (first(f.claims).evidence = { start: 5, end: 5 }),
      ['claims[0] (id "c-1"): evidence is not inside the article text'],
    ],
    [
      "a span that is not whole numbers",
      (f) => (first(f.terms).evidence = { start: 1.5, end: 4 }),
      ['terms[0] (id "t-1"): evidence is not inside the article text'],
    ],
    [
      "a main idea outside the text",
      (f) => (f.mainIdea.evidence = { start: 0, end: body.length + 10 }),
      ["mainIdea: evidence is not inside the article text"],
    ],
    [
      "the same id twice, across lists",
      (f) => (first(f.unnamedQuotes).id = "n-40"),
      ['unnamedQuotes[0] (id "n-40"): duplicate id (already used by numbers[0] (id "n-40"))'],
    ],
    [
      "a name not written in its evidence",
      (f) => (first(f.places).evidence = at("Monday")),
      ['places[0] (id "pl-riverton"): name "Riverton" not found inside its evidence'],
    ],
    [
      "a name owned by two entities",
      (f) => (first(f.organizations).aliases = ["Okafor"]),
      ['organizations[0] (id "o-museum"): name "Okafor" is also a name of people[0] (id "p-okafor")'],
    ],
    [
      "an affiliation that does not exist",
      (f) => (first(f.people).affiliation = "o-nowhere"),
      ['people[0] (id "p-okafor"): unknown affiliation id "o-nowhere"'],
    ],
    [
      "an affiliation that is a place",
      (f) => (first(f.people).affiliation = "pl-riverton"),
      ['people[0] (id "p-okafor"): affiliation id "pl-riverton" is not an organization'],
    ],
    [
      "a date not in its evidence",
      (f) => (first(f.dates).text = "Tuesday"),
      ['dates[0] (id "d-monday"): date text "Tuesday" not found inside its evidence'],
    ],
    [
      "a preposition not written before the date",
      (f) => (first(f.dates).preposition = "since"),
      ['dates[0] (id "d-monday"): preposition "since" is not written just before "Monday"'],
    ],
    [
      "a number not in its evidence",
      (f) => (first(f.numbers).text = "41"),
      ['numbers[0] (id "n-40"): number text "41" not found inside its evidence'],
    ],
    [
      "a number without a finite value",
      (f) => (first(f.numbers).value = Number.NaN),
      ['numbers[0] (id "n-40"): value must be a finite number'],
    ],
    [
      "two values, one not finite",
      (f) => (first(f.numbers).values = [7, Number.POSITIVE_INFINITY]),
      ['numbers[0] (id "n-40"): values must be finite numbers'],
    ],
    [
      "a quotation not in its evidence",
      (f) => (first(f.quotes).evidence = at("It holds 40 students.")),
      ['quotes[0] (id "q-1"): quote text not found inside its evidence'],
    ],
    [
      "a speaker who does not exist",
      (f) => (first(f.quotes).speaker = "p-nobody"),
      ['quotes[0] (id "q-1"): unknown speaker id "p-nobody"'],
    ],
    [
      "a speaker who is an organization",
      (f) => (first(f.quotes).speaker = "o-museum"),
      ['quotes[0] (id "q-1"): speaker id "o-museum" is not a person'],
    ],
    [
      "an unnamed speaker's words not in their evidence",
      (f) => (first(f.unnamedQuotes).text = "a present"),
      ['unnamedQuotes[0] (id "u-1"): quote text not found inside its evidence'],
    ],
    [
      "an event's date that does not exist",
      (f) => (first(f.events).when = "d-yesterday"),
      ['events[0] (id "e-1"): unknown when id "d-yesterday"'],
    ],
    [
      "an event's place that is a date",
      (f) => (first(f.events).where = "d-monday"),
      ['events[0] (id "e-1"): where id "d-monday" is not a place'],
    ],
    [
      "a claim about a date",
      (f) => (first(f.claims).subject = "d-monday"),
      ['claims[0] (id "c-1"): subject id "d-monday" is not a person, organization or place'],
    ],
    [
      "a key term not in its evidence",
      (f) => (first(f.terms).text = "boat"),
      ['terms[0] (id "t-1"): term text not found inside its evidence'],
    ],
    [
      "a statement not in its evidence",
      (f) => (first(f.statements).text = "It holds 41 students."),
      ['statements[0] (id "s-1"): statement text not found inside its evidence'],
    ],
    [
      "a why-question's wrong answer that is its answer",
      (f) => (first(f.causes).distractors = ["the old boat leaked."]),
      ['causes[0] (id "cause-1"): distractors[0] repeats the answer'],
    ],
    [
      "a position of someone who is not a person",
      (f) => (first(f.positions).speaker = "pl-riverton"),
      ['positions[0] (id "pos-1"): speaker id "pl-riverton" is not a person'],
    ],
    [
      "a word not in its evidence",
      (f) => (first(f.vocabulary).term = "sink"),
      ['vocabulary[0] (id "v-1"): term "sink" not found inside its evidence'],
    ],
    [
      "a wrong meaning that is the meaning",
      (f) => (first(f.vocabulary).otherMeanings = ["Let water in through a hole"]),
      ['vocabulary[0] (id "v-1"): otherMeanings[0] repeats the meaning'],
    ],
    [
      "a certainty above 1",
      (f) => (first(f.people).certainty = 1.5),
      ['people[0] (id "p-okafor"): certainty must be between 0 and 1'],
    ],
    [
      "distortions that repeat the statement or each other",
      (f) => (f.mainIdea.distortions = ["A.", f.mainIdea.statement, "a."]),
      ["mainIdea: distortions[1] repeats the statement", "mainIdea: distortions[2] duplicates distortions[0]"],
    ],
  ];

  it.each(cases)("names the fact and the problem: %s", (_, change, expected) => {
    const facts = sound();
    change(facts);
    expect(validateFacts({ body, facts }).map(describeFactProblem)).toEqual(expected);
  });

  it("reads a word in the form the text inflects it", () => {
    const facts = sound();
    first(facts.vocabulary).term = "Leak";
    expect(validateFacts({ body, facts })).toEqual([]);
    const study = {
      ...sound(),
      vocabulary: [{ id: "v-2", term: "study", meaning: "learn about", evidence: at("best teacher") }],
    };
    expect(validateFacts({ body, facts: study }).map(describeFactProblem)).toEqual([
      'vocabulary[0] (id "v-2"): term "study" not found inside its evidence',
    ]);
  });

  it("does not check again the evidence of a fact that could not be placed", () => {
    const facts = sound();
    const date = first(facts.dates);
    date.evidence = { start: 0, end: 0 };
    expect(validateFacts({ body, facts }, { unplaced: new Set([date]) })).toEqual([]);
    // Its references are still checked.
    first(facts.quotes).speaker = "p-nobody";
    expect(
      validateFacts({ body, facts }, { unplaced: new Set([date, first(facts.quotes)]) }).map(describeFactProblem),
    ).toEqual(['quotes[0] (id "q-1"): unknown speaker id "p-nobody"']);
  });
});

describe("finding a word in its sentence", () => {
  it.each<[string, string, string | null]>([
    ["The barge leaked.", "leak", "leaked"],
    ["The statue may topple over.", "topple", "topple"],
    ["Storms toppled the trees.", "topple", "toppled"],
    ["Prosecutors said so.", "prosecutor", "Prosecutors"],
    ["Two deputies came.", "deputy", "deputies"],
    ["She delved into the files.", "delved into", "delved into"],
    ["Nothing here.", "barge", null],
  ])("%s: “%s” is written “%s”", (text, term, written) => {
    const span = findTerm(text, term);
    expect(span && text.slice(span.start, span.end)).toBe(written);
  });
});
