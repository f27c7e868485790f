import { describe, expect, it } from "vitest";
import type { Article, ArticleFacts } from "../article/types";
import {
  confirmFact,
  correctCause,
  correctClaim,
  correctEvent,
  correctKind,
  correctMainIdea,
  correctName,
  correctNumber,
  correctPerson,
  correctPosition,
  correctUnnamedSpeaker,
  correctWord,
  FACT_KINDS,
  factProblems,
  factsOf,
  locate,
  parseTypedNumber,
  removeFact,
  setQuoteSpeaker,
} from "./facts";
import {
  addArticle,
  builderDraftKey,
  emptyMyArticles,
  isMyArticlesData,
  listArticles,
  MAX_MY_ARTICLES,
  removeArticle,
  updateFacts,
} from "./my-articles";

const paragraphs = [
  "Maria Okafor, the director of the Riverton Science Museum, opened the floating classroom on Monday. It holds 40 students.",
  '"A river is the best teacher we have," Okafor said. Daniel Reyes, a biology teacher, agreed.',
];
const body = paragraphs.join("\n\n");
const at = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { start, end: start + text.length };
};

const facts: ArticleFacts = {
  people: [
    {
      id: "p-okafor",
      name: "Maria Okafor",
      shortName: "Okafor",
      role: "director",
      affiliation: "o-museum",
      evidence: at("Maria Okafor"),
    },
    { id: "p-reyes", name: "Daniel Reyes", role: "biology teacher", evidence: at("Daniel Reyes") },
  ],
  organizations: [
    { id: "o-museum", name: "Riverton Science Museum", kind: "institute", evidence: at("Riverton Science Museum") },
  ],
  places: [],
  dates: [
    {
      id: "d-monday",
      text: "Monday",
      kind: "weekday",
      describes: "the floating classroom opened",
      evidence: at("Monday"),
    },
  ],
  numbers: [{ id: "n-40", value: 40, text: "40", counts: "students", evidence: at("It holds 40 students.") }],
  quotes: [
    {
      id: "q-1",
      text: "A river is the best teacher we have,",
      speaker: "p-reyes",
      evidence: at('"A river is the best teacher we have," Okafor said.'),
    },
  ],
  events: [
    {
      id: "e-1",
      description: "The classroom opened",
      when: "d-monday",
      evidence: at("opened the floating classroom on Monday"),
    },
  ],
  claims: [
    { id: "c-1", subject: "p-reyes", predicate: "agreed", evidence: at("Daniel Reyes, a biology teacher, agreed.") },
  ],
  mainIdea: {
    statement: "A museum opened a floating classroom.",
    distortions: ["A museum closed a floating classroom."],
    evidence: at(paragraphs[0]!),
  },
};
const article: Article = {
  slug: "floating-classroom-abc123",
  title: "Floating classroom",
  source: "Pasted text",
  paragraphs,
  body,
  facts,
};

describe("fact checks", () => {
  it("pass a sound article", () => {
    expect(factProblems(article)).toEqual([]);
  });

  it.each([
    [
      "a span outside the text",
      { ...facts, dates: [{ ...facts.dates[0]!, evidence: { start: 0, end: body.length + 1 } }] },
      /dates\[0\] \(id "d-monday"\): evidence is not inside the article text/,
    ],
    [
      "a name not in its evidence",
      { ...facts, places: [{ id: "pl-x", name: "Oslo", kind: "city" as const, evidence: at("Monday") }] },
      /places\[0\] \(id "pl-x"\): name "Oslo" not found inside its evidence/,
    ],
    [
      "a speaker who is not a person",
      { ...facts, quotes: [{ ...facts.quotes[0]!, speaker: "o-museum" }] },
      /quotes\[0\] \(id "q-1"\): speaker id "o-museum" is not a person/,
    ],
    [
      "a name owned twice",
      { ...facts, people: [facts.people[0]!, { ...facts.people[1]!, shortName: "Okafor" }] },
      /people\[1\] \(id "p-reyes"\): name "Okafor" is also a name of people\[0\] \(id "p-okafor"\)/,
    ],
    [
      "a number not in its evidence",
      { ...facts, numbers: [{ ...facts.numbers[0]!, text: "41" }] },
      /numbers\[0\] \(id "n-40"\): number text "41" not found inside its evidence/,
    ],
  ])("catch %s", (_, broken, message) => {
    expect(factProblems({ body, facts: broken }).join("\n")).toMatch(message);
  });

  // The checks pasted articles used to skip, now the same as content files' (lib/facts).
  it.each([
    [
      "an affiliation that is not an organization",
      { ...facts, people: [{ ...facts.people[0]!, affiliation: "p-reyes" }, facts.people[1]!] },
      'people[0] (id "p-okafor"): affiliation id "p-reyes" is not an organization',
    ],
    [
      "an event on a date that is gone",
      { ...facts, events: [{ ...facts.events[0]!, when: "d-tuesday" }] },
      'events[0] (id "e-1"): unknown when id "d-tuesday"',
    ],
    [
      "an event at a place that is a person",
      { ...facts, events: [{ ...facts.events[0]!, where: "p-reyes" }] },
      'events[0] (id "e-1"): where id "p-reyes" is not a place',
    ],
    [
      "a speaker's position by someone gone",
      {
        ...facts,
        positions: [{ id: "pos-1", speaker: "p-gone", statement: "Rivers teach.", evidence: at("Okafor said") }],
      },
      'positions[0] (id "pos-1"): unknown speaker id "p-gone"',
    ],
    [
      "a preposition the text does not write",
      { ...facts, dates: [{ ...facts.dates[0]!, preposition: "since" }] },
      'dates[0] (id "d-monday"): preposition "since" is not written just before "Monday"',
    ],
    [
      "a word not in its sentence",
      { ...facts, vocabulary: [{ id: "v-1", term: "barge", meaning: "a flat boat", evidence: at("Monday") }] },
      'vocabulary[0] (id "v-1"): term "barge" not found inside its evidence',
    ],
  ])("catch %s, as content files do", (_, broken, message) => {
    expect(factProblems({ body, facts: broken })).toEqual([message]);
    const stored = addArticle(emptyMyArticles(), { ...article, facts: broken }, [], "2025-05-01T10:00:00.000Z");
    expect(stored.ok && isMyArticlesData(stored.data)).toBe(false);
  });
});

describe("corrections", () => {
  it("a quotation's speaker is chosen among the people", () => {
    const fixed = setQuoteSpeaker(facts, "q-1", "p-okafor");
    expect(fixed.ok && fixed.facts.quotes[0]!.speaker).toBe("p-okafor");
    expect(setQuoteSpeaker(facts, "q-1", "o-museum").ok).toBe(false);
  });

  it("removing a person removes their quotations and claims, and says how many", () => {
    const { facts: next, alsoRemoved } = removeFact(facts, "people", "p-reyes");
    expect(next.people.map((p) => p.id)).toEqual(["p-okafor"]);
    expect(next.quotes).toEqual([]);
    expect(next.claims).toEqual([]);
    expect(alsoRemoved).toBe(2);
    expect(factProblems({ body, facts: next })).toEqual([]);
  });

  it("removing an organization or a date clears what pointed at it", () => {
    expect(removeFact(facts, "organizations", "o-museum").facts.people[0]).not.toHaveProperty("affiliation");
    expect(removeFact(facts, "dates", "d-monday").facts.events[0]).not.toHaveProperty("when");
  });

  it("a corrected name moves its evidence to where the article writes it", () => {
    const fixed = correctName(article, "organizations", "o-museum", "Science Museum");
    expect(fixed.ok).toBe(true);
    if (fixed.ok) {
      const org = fixed.facts.organizations[0]!;
      expect(body.slice(org.evidence.start, org.evidence.end)).toBe("Science Museum");
      expect(factProblems({ body, facts: fixed.facts })).toEqual([]);
    }
  });

  it("a name the article never writes, or another entity's name, is refused with a reason", () => {
    expect(correctName(article, "organizations", "o-museum", "Louvre")).toEqual({
      ok: false,
      problems: [expect.stringMatching(/not written in the article/)],
    });
    const taken = correctPerson(article, "p-reyes", { name: "Maria Okafor", shortName: "", role: "" });
    expect(!taken.ok && taken.problems.join(" ")).toMatch(/already the name of Maria Okafor/);
  });

  it("a person's role must be the article's words, in the sentence that names them", () => {
    expect(
      correctPerson(article, "p-okafor", { name: "Maria Okafor", shortName: "Okafor", role: "museum director" }).ok,
    ).toBe(false);
    const fixed = correctPerson(article, "p-okafor", { name: "Maria Okafor", shortName: "", role: "the director" });
    expect(fixed.ok && fixed.facts.people[0]).toMatchObject({ name: "Maria Okafor", role: "the director" });
    expect(fixed.ok && fixed.facts.people[0]).not.toHaveProperty("shortName");
  });

  it("a number's value is read as typed, and must say what it counts", () => {
    expect(parseTypedNumber("50,000")).toBe(50000);
    expect(parseTypedNumber("3.5")).toBe(3.5);
    expect(parseTypedNumber("forty")).toBeNull();
    expect(parseTypedNumber("1e400")).toBeNull();
    const fixed = correctNumber(facts, "n-40", { value: "40", counts: "students at a time" });
    expect(fixed.ok && fixed.facts.numbers[0]).toMatchObject({ value: 40, counts: "students at a time", text: "40" });
    expect(correctNumber(facts, "n-40", { value: "", counts: "" })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/digits/), expect.stringMatching(/counts/)],
    });
  });

  it("an organization's or a place's kind is changed to a known kind, and is then certain", () => {
    const guessed = { ...facts, organizations: [{ ...facts.organizations[0]!, certainty: 0.4 }] };
    const fixed = correctKind(guessed, "organizations", "o-museum", "company");
    expect(fixed.ok && fixed.facts.organizations[0]).toEqual({
      id: "o-museum",
      name: "Riverton Science Museum",
      kind: "company",
      evidence: at("Riverton Science Museum"),
    });
    expect(correctKind(facts, "organizations", "o-museum", "town")).toEqual({
      ok: false,
      problems: [expect.stringMatching(/Choose one of: company/)],
    });
    const town = correctKind(
      { ...facts, places: [{ id: "pl-r", name: "Riverton", kind: "region", evidence: at("Riverton") }] },
      "places",
      "pl-r",
      "town",
    );
    expect(town.ok && town.facts.places[0]!.kind).toBe("town");
  });

  it("a teacher's correction of a number or a date drops the extractor's certainty", () => {
    const unsure = {
      ...facts,
      numbers: [{ ...facts.numbers[0]!, certainty: 0.5 }],
      dates: [{ ...facts.dates[0]!, certainty: 0.5 }],
    };
    const number = correctNumber(unsure, "n-40", { value: "40", counts: "students" });
    expect(number.ok && number.facts.numbers[0]).not.toHaveProperty("certainty");
  });

  it("an unnamed speaker's quotation must be inside its evidence", () => {
    const unnamedQuotes = [{ id: "u-1", text: "the best teacher", speaker: "a visitor", evidence: at("Daniel Reyes") }];
    expect(factProblems({ body, facts: { ...facts, unnamedQuotes } }).join("\n")).toMatch(
      /unnamedQuotes\[0\] \(id "u-1"\): quote text not found inside its evidence/,
    );
    expect(
      factProblems({
        body,
        facts: { ...facts, unnamedQuotes: [{ ...unnamedQuotes[0]!, evidence: at("the best teacher") }] },
      }),
    ).toEqual([]);
  });

  it("a new main idea drops a distortion or a detail that now says the same", () => {
    const fixed = correctMainIdea(facts, "A museum closed a floating classroom.");
    expect(fixed.ok && fixed.facts.mainIdea.distortions).toEqual([]);
    const withDetails = {
      ...facts,
      mainIdea: { ...facts.mainIdea, details: ["Pupils row to the classroom.", "The barge was built in 1960."] },
    };
    const promoted = correctMainIdea(withDetails, "Pupils row to the classroom.");
    expect(promoted.ok && promoted.facts.mainIdea.details).toEqual(["The barge was built in 1960."]);
  });

  it("locate prefers the occurrence in the fact's own sentence, whole words only", () => {
    expect(locate(body, "okafor", facts.quotes[0]!.evidence)).toEqual(at("Okafor", body.indexOf('"')));
    expect(locate(body, "Okaf", facts.people[0]!.evidence)).toBeNull();
  });
});

describe("saved articles", () => {
  const now = "2025-05-01T10:00:00.000Z";

  it("are added, listed newest first, corrected and deleted", () => {
    const first = addArticle(emptyMyArticles(), article, [], now);
    if (!first.ok) throw new Error(first.message);
    const other = { ...article, slug: "other-def456", title: "Other" };
    const second = addArticle(first.data, other, ["Not English"], "2025-05-02T10:00:00.000Z");
    if (!second.ok) throw new Error(second.message);
    expect(listArticles(second.data).map((a) => a.id)).toEqual(["other-def456", "floating-classroom-abc123"]);

    const corrected = updateFacts(second.data, article.slug, removeFact(facts, "claims", "c-1").facts, now);
    expect(corrected.articles[article.slug]!.article.facts.claims).toEqual([]);
    // Facts that fail the checks are not saved.
    const broken = { ...facts, quotes: [{ ...facts.quotes[0]!, speaker: "nobody" }] };
    expect(updateFacts(corrected, article.slug, broken, now)).toBe(corrected);

    expect(Object.keys(removeArticle(corrected, other.slug, now).articles)).toEqual([article.slug]);
    expect(isMyArticlesData(corrected)).toBe(true);
  });

  it("stop at a limit with a message, but the same article again replaces itself", () => {
    let data = emptyMyArticles();
    for (let i = 0; i < MAX_MY_ARTICLES; i++) {
      const added = addArticle(data, { ...article, slug: `a-${i}` }, [], now);
      if (added.ok) data = added.data;
    }
    const refused = addArticle(data, { ...article, slug: "one-more" }, [], now);
    expect(!refused.ok && refused.message).toMatch(/Delete one/);
    expect(addArticle(data, { ...article, slug: "a-3" }, [], now).ok).toBe(true);
  });

  it("read back from storage only when they still fit their text", () => {
    const added = addArticle(emptyMyArticles(), article, [], now);
    if (!added.ok) throw new Error(added.message);
    expect(isMyArticlesData(added.data)).toBe(true);
    const tampered = structuredClone(added.data);
    tampered.articles[article.slug]!.article.body = "Something else entirely.";
    expect(isMyArticlesData(tampered)).toBe(false);
    expect(isMyArticlesData({ articles: { x: { id: "x" } } })).toBe(false);
  });

  it("give the builder a new draft key whenever the facts change", () => {
    const key = builderDraftKey(article.slug, facts);
    expect(key.startsWith(`mine:${article.slug}:`)).toBe(true);
    expect(builderDraftKey(article.slug, facts)).toBe(key);
    expect(builderDraftKey(article.slug, removeFact(facts, "claims", "c-1").facts)).not.toBe(key);
  });
});

describe("every kind of fact can be corrected", () => {
  const richer: ArticleFacts = {
    ...facts,
    unnamedQuotes: [
      { id: "u-1", text: "the best teacher", speaker: "a visitor", certainty: 0.6, evidence: at("the best teacher") },
    ],
    causes: [
      {
        id: "cause-1",
        kind: "purpose",
        question: "Why did the museum open the classroom?",
        answer: "To teach about the river.",
        distractors: ["It holds 40 students."],
        evidence: at(paragraphs[0]!),
      },
    ],
    positions: [
      {
        id: "pos-1",
        speaker: "p-okafor",
        statement: "Rivers teach well.",
        topic: "rivers",
        evidence: at('"A river is the best teacher we have," Okafor said.'),
      },
    ],
    vocabulary: [
      { id: "v-1", term: "floating", meaning: "resting on water", otherMeanings: ["flying"], evidence: at("floating") },
    ],
  };
  const sound = (result: ReturnType<typeof correctEvent>) => {
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(factProblems({ body, facts: result.facts })).toEqual([]);
    return result.facts;
  };

  it("an event: what happened, when, where and its order", () => {
    const withPlace = {
      ...richer,
      places: [{ id: "pl-riverton", name: "Riverton", kind: "town" as const, evidence: at("Riverton") }],
    };
    const fixed = sound(
      correctEvent(withPlace, "e-1", {
        description: " The floating classroom opened ",
        when: "",
        where: "pl-riverton",
        order: "2",
      }),
    );
    expect(fixed.events[0]).toEqual({
      id: "e-1",
      description: "The floating classroom opened",
      where: "pl-riverton",
      order: 2,
      evidence: facts.events[0]!.evidence,
    });
    expect(
      correctEvent(withPlace, "e-1", { description: "", when: "p-okafor", where: "d-monday", order: "first" }),
    ).toEqual({
      ok: false,
      problems: [
        "Say what happened, in a short sentence a student can recognise.",
        "Choose when it happened from the dates in the article, or none.",
        "Choose where it happened from the places in the article, or none.",
        "The order is a whole number from 1 (what happened first), or empty when the article does not say.",
      ],
    });
  });

  it("a claim: who it is about and what it says of them, without the name again", () => {
    const fixed = sound(
      correctClaim({ ...richer, claims: [{ ...facts.claims[0]!, certainty: 0.7 }] }, "c-1", {
        subject: "p-reyes",
        predicate: "agreed with Okafor.",
      }),
    );
    expect(fixed.claims[0]).toEqual({
      id: "c-1",
      subject: "p-reyes",
      predicate: "agreed with Okafor",
      evidence: facts.claims[0]!.evidence,
    });
    expect(correctClaim(richer, "c-1", { subject: "p-reyes", predicate: "Daniel Reyes agreed" })).toEqual({
      ok: false,
      problems: ["Leave out the name: write only what comes after “Daniel Reyes”."],
    });
    expect(correctClaim(richer, "c-1", { subject: "d-monday", predicate: " " })).toEqual({
      ok: false,
      problems: [
        "Choose who or what the claim is about, from the people, organizations and places.",
        "Say what the article says about them, like “voted against the plan”.",
      ],
    });
  });

  it("a why-question: its question, answer and wrong answers, one a line", () => {
    const fixed = sound(
      correctCause(richer, "cause-1", {
        question: "Why was the classroom opened?",
        answer: "To teach about the river.",
        distractors: "It holds 40 students.\n\n  It floats.  ",
      }),
    );
    expect(fixed.causes?.[0]).toMatchObject({
      question: "Why was the classroom opened?",
      distractors: ["It holds 40 students.", "It floats."],
    });
    expect(
      sound(
        correctCause(richer, "cause-1", {
          question: "Why was the classroom opened?",
          answer: "To teach.",
          distractors: "",
        }),
      ).causes?.[0],
    ).not.toHaveProperty("distractors");
    // A why-question held back as a guess is asked once the teacher has corrected it.
    const doubtful = { ...richer, causes: richer.causes!.map((c) => ({ ...c, certainty: 0.4 })) };
    expect(
      sound(
        correctCause(doubtful, "cause-1", {
          question: "Why was the classroom opened?",
          answer: "To teach.",
          distractors: "",
        }),
      ).causes?.[0],
    ).not.toHaveProperty("certainty");
    expect(
      correctCause(richer, "cause-1", { question: "Why was it opened", answer: "To teach.", distractors: "to teach." }),
    ).toEqual({
      ok: false,
      problems: [
        "The question ends with a question mark.",
        "A wrong answer is the same as the right answer: change it or delete its line.",
      ],
    });
  });

  it("a speaker's view: whose it is, what they argue and its topic", () => {
    const fixed = sound(
      correctPosition(richer, "pos-1", { speaker: "p-reyes", statement: "Rivers are good teachers.", topic: "" }),
    );
    expect(fixed.positions?.[0]).toEqual({
      id: "pos-1",
      speaker: "p-reyes",
      statement: "Rivers are good teachers.",
      evidence: richer.positions![0]!.evidence,
    });
    expect(correctPosition(richer, "pos-1", { speaker: "o-museum", statement: "", topic: "" })).toEqual({
      ok: false,
      problems: ["Choose whose view it is from the people in the article.", "Say what they argue, in plain words."],
    });
  });

  it("a word: its meaning here and the wrong meanings", () => {
    const fixed = sound(correctWord(richer, "v-1", { meaning: "on the water", otherMeanings: "flying\nsinking" }));
    expect(fixed.vocabulary?.[0]).toMatchObject({
      term: "floating",
      meaning: "on the water",
      otherMeanings: ["flying", "sinking"],
    });
    expect(correctWord(richer, "v-1", { meaning: "flying", otherMeanings: "Flying" })).toEqual({
      ok: false,
      problems: ["A wrong meaning is the same as the meaning: change it or delete its line."],
    });
  });

  it("an unnamed speaker, as the article describes them, and the correction is certain", () => {
    const fixed = sound(correctUnnamedSpeaker(richer, "u-1", "a teacher on the trip"));
    expect(fixed.unnamedQuotes?.[0]).toEqual({
      id: "u-1",
      text: "the best teacher",
      speaker: "a teacher on the trip",
      evidence: at("the best teacher"),
    });
    expect(correctUnnamedSpeaker(richer, "u-1", "  ").ok).toBe(false);
  });

  it("a person's organization, chosen among the organizations or none", () => {
    expect(
      sound(
        correctPerson({ body, facts: richer }, "p-okafor", {
          name: "Maria Okafor",
          shortName: "Okafor",
          role: "director",
          affiliation: "",
        }),
      ).people[0],
    ).not.toHaveProperty("affiliation");
    expect(
      sound(
        correctPerson({ body, facts: richer }, "p-reyes", {
          name: "Daniel Reyes",
          shortName: "",
          role: "",
          affiliation: "o-museum",
        }),
      ).people[1],
    ).toMatchObject({ affiliation: "o-museum" });
    expect(
      correctPerson({ body, facts: richer }, "p-reyes", {
        name: "Daniel Reyes",
        shortName: "",
        role: "",
        affiliation: "p-okafor",
      }),
    ).toEqual({ ok: false, problems: ["Choose where they work from the organizations in the article, or none."] });
  });

  it("the main idea's wrong versions, one a line", () => {
    const fixed = correctMainIdea(
      richer,
      "A museum opened a floating classroom.",
      "A museum closed it.\nA school sold a barge.",
    );
    expect(fixed.ok && fixed.facts.mainIdea.distortions).toEqual(["A museum closed it.", "A school sold a barge."]);
    expect(
      correctMainIdea(richer, "A museum opened a floating classroom.", "a museum opened a floating classroom.\nX.\nx."),
    ).toEqual({
      ok: false,
      problems: [
        "A wrong version says the same as the main idea: change it or delete its line.",
        "Two wrong versions are the same: delete one.",
      ],
    });
  });

  it("an extracted fact confirmed as it is loses its certainty, and nothing else changes", () => {
    const unsure = { ...richer, dates: [{ ...facts.dates[0]!, certainty: 0.4 }] };
    const confirmed = confirmFact(unsure, "dates", "d-monday");
    expect(confirmed.ok && confirmed.facts.dates[0]).toEqual(facts.dates[0]);
    expect(confirmed.ok && { ...confirmed.facts, dates: unsure.dates }).toEqual(unsure);
    expect(confirmFact(unsure, "dates", "d-gone").ok).toBe(false);
  });

  it("removing a person removes their views too", () => {
    const { facts: next, alsoRemoved } = removeFact(richer, "people", "p-okafor");
    expect(next.positions).toEqual([]);
    expect(alsoRemoved).toBe(1);
    expect(factProblems({ body, facts: next })).toEqual([]);
  });

  it("every kind the review lists can be removed", () => {
    for (const kind of FACT_KINDS) {
      const first = factsOf(richer, kind)[0];
      if (!first) continue;
      const { facts: next } = removeFact(richer, kind, first.id);
      expect(factsOf(next, kind).map((f) => f.id)).not.toContain(first.id);
      expect(factProblems({ body, facts: next })).toEqual([]);
    }
  });
});
