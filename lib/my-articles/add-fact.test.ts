import { describe, expect, it } from "vitest";
import type { Article, ArticleFacts } from "../article/types";
import { buildPool } from "../quiz";
import { addFact, dateKind, factProblems, placeNewFact, valueOfWords, type AddableKind, type NewFact } from "./facts";

const paragraphs = [
  "A winter storm tore away part of the old pier at Gull Point on Thursday night. The ferry to Tern Island stopped.",
  "Ines Carvalho, the harbor master of Gull Point, said repairs would take weeks. ‘We will have the ferry running again by the first week of May,’ Carvalho told the radio station.",
  "The council agreed on Friday to spend $480,000 on repairs. Council member Peter Lindqvist voted for the plan. Nora Steen, who runs the ferry company Tern Lines, said her crews were ready.",
  "“Half of that pier is older than my grandfather,” Lindqvist said. A dozen fishing boats moved to Wren Cove, where the harbor is deeper. Steen said in 2019 the pier was inspected.",
  "Tomas Berg, a diver for Tern Lines, checked the pilings on Saturday. Berg said two of them had cracked. “Can it be saved?” Steen asked.",
];
const body = paragraphs.join("\n\n");
const at = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { start, end: start + text.length };
};

const facts: ArticleFacts = {
  people: [
    { id: "p-carvalho", name: "Ines Carvalho", shortName: "Carvalho", certainty: 0.85, evidence: at("Ines Carvalho") },
    {
      id: "p-lindqvist",
      name: "Peter Lindqvist",
      shortName: "Lindqvist",
      role: "Council member",
      evidence: at("Peter Lindqvist"),
    },
    { id: "p-steen", name: "Nora Steen", shortName: "Steen", evidence: at("Nora Steen") },
  ],
  organizations: [{ id: "o-tern-lines", name: "Tern Lines", kind: "company", evidence: at("Tern Lines") }],
  places: [
    { id: "pl-gull-point", name: "Gull Point", kind: "town", evidence: at("Gull Point") },
    { id: "pl-tern-island", name: "Tern Island", kind: "region", evidence: at("Tern Island") },
  ],
  dates: [
    {
      id: "d-1",
      text: "Thursday night",
      kind: "weekday",
      preposition: "on",
      describes: "a winter storm tore away part of the old pier",
      evidence: at("Thursday night"),
    },
  ],
  numbers: [
    {
      id: "n-1",
      value: 480000,
      text: "$480,000",
      kind: "money",
      counts: "dollars",
      question: "How much did the council agree to spend on repairs?",
      evidence: at("$480,000"),
    },
  ],
  quotes: [
    {
      id: "q-1",
      text: "Half of that pier is older than my grandfather",
      speaker: "p-lindqvist",
      evidence: at("“Half of that pier is older than my grandfather,” Lindqvist said."),
    },
  ],
  events: [],
  claims: [
    {
      id: "c-1",
      subject: "p-carvalho",
      predicate: "said repairs would take weeks",
      evidence: at("Ines Carvalho, the harbor master of Gull Point, said repairs would take weeks."),
    },
  ],
  mainIdea: {
    statement: "A storm broke the pier at Gull Point.",
    distortions: ["A storm broke the ferry.", "A pier was built."],
    evidence: at(paragraphs[0]!),
  },
};
const article: Pick<Article, "body" | "facts"> = { body, facts };
const full: Article = {
  slug: "storm-pier",
  title: "Storm damages the pier",
  source: "Pasted text",
  paragraphs,
  body,
  facts,
};

const added = (kind: AddableKind, fields: NewFact) => {
  const result = addFact(article, kind, fields);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result;
};
const sentence = (text: string) => at(text);

describe("adding a fact the extractor missed", () => {
  const cases: [string, AddableKind, NewFact, (f: ArticleFacts) => unknown, unknown][] = [
    [
      "a quotation in single quotation marks, selected with its marks and comma",
      "quotes",
      {
        words: "‘We will have the ferry running again by the first week of May,’",
        at: body.indexOf("‘We will"),
        speaker: "p-carvalho",
      },
      (f) => f.quotes.at(-1),
      {
        id: "q-added-1",
        text: "We will have the ferry running again by the first week of May",
        speaker: "p-carvalho",
        evidence: sentence(
          "‘We will have the ferry running again by the first week of May,’ Carvalho told the radio station.",
        ),
      },
    ],
    [
      "a person with a role from their sentence and where they work",
      "people",
      { words: "Tomas Berg", at: body.indexOf("Tomas Berg"), role: "diver", affiliation: "o-tern-lines" },
      (f) => f.people.at(-1),
      {
        id: "p-added-1",
        name: "Tomas Berg",
        role: "diver",
        affiliation: "o-tern-lines",
        evidence: sentence("Tomas Berg, a diver for Tern Lines, checked the pilings on Saturday."),
      },
    ],
    [
      "a number written in words, with what it counts",
      "numbers",
      { words: "A dozen", counts: "fishing boats" },
      (f) => f.numbers.at(-1),
      {
        id: "n-added-1",
        value: 12,
        text: "A dozen",
        kind: "count",
        counts: "fishing boats",
        evidence: sentence("A dozen fishing boats moved to Wren Cove, where the harbor is deeper."),
      },
    ],
    [
      "a date typed by a teacher, its preposition read from the text",
      "dates",
      { words: "friday", describes: "the council agreed to spend money on repairs" },
      (f) => f.dates.at(-1),
      {
        id: "d-added-1",
        text: "Friday",
        kind: "weekday",
        preposition: "on",
        describes: "the council agreed to spend money on repairs",
        evidence: sentence("The council agreed on Friday to spend $480,000 on repairs."),
      },
    ],
    [
      "a place, with its kind",
      "places",
      { words: "Wren Cove,", kind: "town" },
      (f) => f.places.at(-1),
      {
        id: "pl-added-1",
        name: "Wren Cove",
        kind: "town",
        evidence: sentence("A dozen fishing boats moved to Wren Cove, where the harbor is deeper."),
      },
    ],
    [
      "an organization named with a possessive",
      "organizations",
      { words: "radio station", kind: "media" },
      (f) => f.organizations.at(-1),
      {
        id: "o-added-1",
        name: "radio station",
        kind: "media",
        evidence: sentence(
          "‘We will have the ferry running again by the first week of May,’ Carvalho told the radio station.",
        ),
      },
    ],
  ];

  it.each(cases.filter((c) => c[4] !== undefined))("%s", (_, kind, fields, pick, expected) => {
    const result = added(kind, fields);
    expect(pick(result.facts)).toEqual(expected);
    expect(result.id).toBe((expected as { id: string }).id);
    expect(factProblems({ body, facts: result.facts })).toEqual([]);
    // Nothing else changed.
    expect({ ...result.facts, [kind]: facts[kind] }).toEqual(facts);
  });

  it("keeps a quotation's own question mark, but not the comma before “she said”", () => {
    expect(added("quotes", { words: "“Can it be saved?”", speaker: "p-steen" }).facts.quotes.at(-1)?.text).toBe(
      "Can it be saved?",
    );
  });

  it("takes a mouse selection's words as the article writes them, wherever else they appear", () => {
    // "Gull Point" is written twice; the selection says which.
    const second = body.indexOf("Gull Point", body.indexOf("Gull Point") + 1);
    const placed = placeNewFact(body, "places", { words: "Gull Point", at: second });
    expect(placed).toEqual({
      ok: true,
      words: { start: second, end: second + 10 },
      evidence: sentence("Ines Carvalho, the harbor master of Gull Point, said repairs would take weeks."),
      occurrences: [at("Gull Point"), { start: second, end: second + 10 }],
    });
    // Typed: the first, unless the teacher picks another.
    expect(
      placeNewFact(body, "places", { words: "gull point" }).ok &&
        placeNewFact(body, "places", { words: "gull point", occurrence: 1 }),
    ).toMatchObject({ words: { start: second } });
  });

  it("matches typed quotation marks, apostrophes and spaces loosely, word edges strictly", () => {
    expect(placeNewFact(body, "quotes", { words: "'We will have the ferry  running again" })).toMatchObject({
      ok: true,
      words: at("We will have the ferry running again"),
    });
    expect(placeNewFact(body, "people", { words: "Carval" })).toEqual({
      ok: false,
      problem:
        "“Carval” is not in the article. Select the words in the text, or type them exactly as the article writes them.",
    });
  });

  const refused: [string, AddableKind, NewFact, string[]][] = [
    [
      "no words",
      "people",
      { words: "  " },
      ["Select the words in the article, or type them as the article writes them."],
    ],
    [
      "words the article does not write",
      "dates",
      { words: "Sunday", describes: "the pier reopened" },
      [
        "“Sunday” is not in the article. Select the words in the text, or type them exactly as the article writes them.",
      ],
    ],
    [
      "words across two paragraphs",
      "quotes",
      { words: "stopped.\n\nInes", speaker: "p-carvalho" },
      ["Select words from one paragraph only."],
    ],
    [
      "only punctuation",
      "numbers",
      { words: "$", counts: "dollars" },
      ["Select the words themselves, not only punctuation."],
    ],
    [
      "a person already listed, at that mention",
      "people",
      { words: "Ines Carvalho" },
      ["“Ines Carvalho” is already listed under People as “Ines Carvalho”. Correct that fact instead."],
    ],
    [
      "another name of someone listed",
      "people",
      { words: "Carvalho", at: body.indexOf("Carvalho told") },
      ["“Carvalho” is already the name of Ines Carvalho."],
    ],
    [
      "part of a listed name",
      "people",
      { words: "Nora", at: body.indexOf("Nora") + 0 },
      ["“Nora” is already listed under People as “Nora Steen”. Correct that fact instead."],
    ],
    [
      "part of a listed name, elsewhere",
      "places",
      { words: "Tern", at: body.indexOf("Tern Lines"), kind: "town" },
      [
        "“Tern” and “Tern Island” look like the same place, already listed. Correct Tern Island instead, or select the whole name.",
      ],
    ],
    [
      "the name of another kind of fact",
      "places",
      { words: "Tern Lines", kind: "town" },
      ["“Tern Lines” is already the name of Tern Lines."],
    ],
    [
      "a number already listed",
      "numbers",
      { words: "480,000", counts: "dollars" },
      ["“480,000” is already listed under Numbers as “$480,000”. Correct that fact instead."],
    ],
    [
      "a quotation already listed",
      "quotes",
      { words: "older than my grandfather", speaker: "p-carvalho" },
      ["“older than my grandfather” is already listed under Quotations. Correct that fact instead."],
    ],
    [
      "a date already listed",
      "dates",
      { words: "Thursday", describes: "the storm came" },
      ["“Thursday” is already listed under Dates and times as “Thursday night”. Correct that fact instead."],
    ],
    [
      "a quotation without its speaker",
      "quotes",
      { words: "We will have the ferry running again" },
      ["Choose who said it. If they are not in the list of people, add them first as a person."],
    ],
    [
      "a quotation by someone who is not a person",
      "quotes",
      { words: "We will have the ferry running again", speaker: "o-tern-lines" },
      ["Choose who said it from the people in the article."],
    ],
    [
      "a number without what it counts",
      "numbers",
      { words: "two", counts: " " },
      ["Say what the number counts, like “fishing boats”."],
    ],
    [
      "a number whose words have no value",
      "numbers",
      { words: "pilings", counts: "pilings" },
      ["Write the value of “pilings” in digits, like 12 or 2.5."],
    ],
    [
      "a typed value that is not a number",
      "numbers",
      { words: "two", value: "a pair", counts: "pilings" },
      ["Write the value in digits, like 12 or 2.5."],
    ],
    [
      "a date without what happened",
      "dates",
      { words: "Saturday" },
      ["Say what happened then, like “the council voted on the plan”."],
    ],
    [
      "a place without its kind",
      "places",
      { words: "Wren Cove" },
      ["Choose what kind of place it is: town, city, region, country, venue."],
    ],
    [
      "an organization of an unknown kind",
      "organizations",
      { words: "radio station", kind: "town" },
      [
        "Choose what kind of organization it is: company, government, university, school, institute, court, team, charity, media, program, other.",
      ],
    ],
    [
      "a role the sentence does not give",
      "people",
      { words: "Tomas Berg", role: "captain" },
      [
        "The sentence that names Tomas Berg does not say “captain”. Use the article’s words for the role, or leave it empty.",
      ],
    ],
    [
      "an affiliation that is not an organization",
      "people",
      { words: "Tomas Berg", affiliation: "pl-gull-point" },
      ["Choose where they work from the organizations in the article, or none."],
    ],
  ];

  it.each(refused)("refuses %s, saying what to do", (_, kind, fields, problems) => {
    expect(addFact(article, kind, fields)).toEqual({ ok: false, problems });
  });

  it("gives each added fact an id no other fact has", () => {
    const first = added("dates", { words: "Saturday", describes: "Berg checked the pilings" });
    const second = addFact({ body, facts: first.facts }, "dates", {
      words: "2019",
      describes: "the pier was inspected",
    });
    expect(second.ok && second.id).toBe("d-added-2");
    expect(second.ok && second.facts.dates.at(-1)).toMatchObject({ kind: "year", preposition: "in" });
  });
});

describe("an added fact is asked in the quiz", () => {
  const poolWith = (kind: AddableKind, fields: NewFact) => {
    const result = added(kind, fields);
    return { id: result.id!, pool: buildPool({ ...full, facts: result.facts }, 1) };
  };

  it.each<[string, AddableKind, NewFact, RegExp]>([
    // Two people have a voice here, too few for "who said" (its wrong answers are only people quoted), so it is asked as true or false.
    [
      "a quotation: did she say it",
      "quotes",
      { words: "We will have the ferry running again by the first week of May", speaker: "p-carvalho" },
      /^True or false\? Ines Carvalho said “We will have the ferry running again by the first week of May\.”$/,
    ],
    [
      "a number: how many",
      "numbers",
      { words: "A dozen", counts: "fishing boats that moved to Wren Cove" },
      /^What number does the article give for fishing boats that moved to Wren Cove\?$/,
    ],
    [
      "a date: when",
      "dates",
      { words: "Saturday", describes: "Tomas Berg checked the pilings" },
      /^When does the article say Tomas Berg checked the pilings\?$/,
    ],
    [
      "a person: their role",
      "people",
      { words: "Tomas Berg", role: "diver", affiliation: "o-tern-lines" },
      /^Who is a diver for Tern Lines\?$/,
    ],
  ])("%s", (_, kind, fields, prompt) => {
    const { id, pool } = poolWith(kind, fields);
    const about = pool.filter((q) => q.facts?.includes(id));
    expect(about.map((q) => q.prompt)).toContainEqual(expect.stringMatching(prompt));
    // Its proof is the sentence the words are in.
    for (const q of about) expect(body.slice(q.evidence[0]!.start, q.evidence[0]!.end)).toContain(fields.words);
  });
});

describe("reading what a teacher selected", () => {
  it.each([
    ["2019", "year"],
    ["Thursday night", "weekday"],
    ["May", "month"],
    ["last November", "relative"],
    ["three weeks", "duration"],
    ["March 14", "date"],
  ])("a date written %s is a %s", (text, kind) => expect(dateKind(text)).toBe(kind));

  it.each<[string, number | null]>([
    ["$480,000", 480000],
    ["2.4 million dollars", 2_400_000],
    ["40", 40],
    ["A dozen", 12],
    ["two dozen eggs", 24],
    ["twenty-five new parks", 25],
    ["pilings", null],
  ])("the value of %s is %s", (text, value) => expect(valueOfWords(text)).toBe(value));
});
