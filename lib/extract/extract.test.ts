import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../article/types";
import { compileArticle } from "../content/schema";
import { buildPool } from "../quiz";
import { ASKED_FROM_CERTAINTY } from "../facts";
import { extractArticle, MAX_CHARS, MAX_WORDS, type ExtractResult } from "./index";

function extract(text: string, title = "Test article"): Article {
  const result = extractArticle({ text, title });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const personNamed = (article: Article, name: string) => article.facts.people.find((p) => p.name === name);
const entityName = (article: Article, id: string | undefined) =>
  [...article.facts.people, ...article.facts.organizations, ...article.facts.places].find((e) => e.id === id)?.name;

/**
 * The content schema's own checks on the extracted facts: every evidence an
 * exact quote, ids unique and well formed, references resolving, names unique.
 * Two authoring rules do not apply to extracted facts and are left out: every
 * paragraph covered by a fact, and two distortions for the main idea.
 */
export function schemaProblems(article: Article): string[] {
  const quote = (span: { start: number; end: number }) => {
    const text = article.body.slice(span.start, span.end);
    let occurrence = 0;
    for (let at = article.body.indexOf(text); at !== -1 && at <= span.start; at = article.body.indexOf(text, at + 1))
      occurrence++;
    return { text, occurrence };
  };
  const withQuotes = <T extends { evidence: { start: number; end: number } }>(facts: T[]) =>
    facts.map((f) => ({ ...f, evidence: quote(f.evidence) }));
  const f = article.facts;
  const result = compileArticle({
    articleFile: "article.json",
    factsFile: "facts.json",
    article: { slug: article.slug, title: article.title, source: article.source, paragraphs: article.paragraphs },
    facts: {
      people: withQuotes(f.people),
      organizations: withQuotes(f.organizations),
      places: withQuotes(f.places),
      dates: withQuotes(f.dates),
      numbers: withQuotes(f.numbers),
      quotes: withQuotes(f.quotes),
      events: withQuotes(f.events),
      claims: withQuotes(f.claims),
      mainIdea: {
        ...f.mainIdea,
        distortions: f.mainIdea.distortions.length >= 2 ? f.mainIdea.distortions : ["a", "b"],
        evidence: quote(f.mainIdea.evidence),
      },
    },
  });
  return result.ok ? [] : result.errors.filter((e) => !/is not covered by any fact's evidence/.test(e));
}

describe("people, roles and organizations", () => {
  const cases: [string, string, { name: string; shortName?: string; role?: string; affiliation?: string }][] = [
    [
      "appositive role at an organization, surname later",
      "Li Yanliang, a research fellow at the Institute of Public Policy and Innovation, spoke first. Later, Li said the plan would work, and nobody disagreed with him.",
      {
        name: "Li Yanliang",
        shortName: "Li",
        role: "research fellow",
        affiliation: "Institute of Public Policy and Innovation",
      },
    ],
    [
      "title before the name",
      "President Maria Lopez opened the meeting in Madrid on Tuesday. The audience listened carefully to every word of the speech.",
      { name: "Maria Lopez", role: "President" },
    ],
    [
      "role of an organization joined by “of”",
      "Rob Yarrell, national manager of the National Aquarium of New Zealand in Napier, said the octopus had escaped during the night.",
      { name: "Rob Yarrell", role: "national manager", affiliation: "National Aquarium of New Zealand" },
    ],
    [
      "lower-case role before the name, trailing punctuation and possessive",
      "The clinic is popular, says psychologist Barbara Nusbaum. Nusbaum’s clients are mostly wealthy people from the city.",
      { name: "Barbara Nusbaum", shortName: "Nusbaum", role: "psychologist" },
    ],
    [
      "affiliation without a role",
      "Dr Gavin Sandercock, from the University of Essex, led the study of children born in different months of the year.",
      { name: "Gavin Sandercock", affiliation: "University of Essex" },
    ],
    [
      "hyphenated surname",
      "Simon Baron-Cohen, director of the Autism Research Center at Cambridge University, welcomed the results of the new study.",
      { name: "Simon Baron-Cohen", role: "director", affiliation: "Autism Research Center" },
    ],
  ];
  cases.push(
    [
      "a body's name before a lower-case role is part of the role",
      "Council member Helen Brooks, who voted against the plan, warned that the costs of repairs could grow.",
      { name: "Helen Brooks", role: "Council member" },
    ],
    [
      "a body's name before the role, the person's surname later",
      "The plan was approved on Tuesday. Board member Lucas Ferreira said the vote was close. Ferreira voted for it.",
      { name: "Lucas Ferreira", shortName: "Ferreira", role: "Board member" },
    ],
  );

  it.each(cases)("%s", (_, text, expected) => {
    const article = extract(text);
    const person = personNamed(article, expected.name);
    expect(person, `people: ${article.facts.people.map((p) => p.name).join(", ")}`).toBeDefined();
    expect(person!.shortName).toBe(expected.shortName);
    expect(person!.role).toBe(expected.role);
    expect(entityName(article, person!.affiliation)).toBe(expected.affiliation);
    expect(schemaProblems(article)).toEqual([]);
  });

  it.each([
    [
      "Institute of Public Policy and Innovation",
      "institute",
      "Researchers at the Institute of Public Policy and Innovation published a report on housing.",
    ],
    [
      "University of Oxford",
      "university",
      "The University of Oxford hired new teachers last year for its science courses.",
    ],
    // Schools for children are schools now that there is such a kind (they were "other", never universities).
    [
      "Harbor High School",
      "school",
      "Students from Harbor High School will run a weekly water-testing program on the barge.",
    ],
    [
      "Lincoln Elementary School",
      "school",
      "Parents at Lincoln Elementary School raised money for a new library this spring.",
    ],
    [
      "Riverton Community College",
      "university",
      "Students at Riverton Community College built a small boat for the science fair.",
    ],
    [
      "Ministry of Health",
      "government",
      "A spokesman for the Ministry of Health declined to comment on the new figures.",
    ],
    ["Royal Society", "other", "The Royal Society awarded the prize to a young chemist from Kenya this spring."],
    [
      "Wildlife Conservation Society",
      "other",
      "Members of the Wildlife Conservation Society counted the wolves in the forest.",
    ],
  ] as const)("organization %s (%s)", (name, kind, text) => {
    const article = extract(text);
    expect(article.facts.organizations.map((o) => [o.name, o.kind])).toContainEqual([name, kind]);
  });

  it("does not take capitalized common words, headline-style phrases or nationalities for names", () => {
    const article = extract(
      "Staff believe the octopus escaped at night. In scenes reminiscent of Finding Nemo, the Moroccan city celebrated. British workers rarely take holidays, and Japanese firms know it.",
    );
    const names = [...article.facts.people, ...article.facts.organizations, ...article.facts.places].map((e) => e.name);
    for (const wrong of ["Staff", "Finding Nemo", "Moroccan", "British", "Japanese", "In"])
      expect(names).not.toContain(wrong);
  });

  it.each([
    // A town: cities big enough to be known are in the gazetteer.
    [
      "a town no list knows, after “in”",
      "The classroom will be free for public schools in Riverton and will open to families on weekends.",
      ["Riverton", "town"],
    ],
    [
      "the same at a sentence's end",
      "Students built a new playground near the river. It is the first one of its kind in Dunmore.",
      ["Dunmore", "town"],
    ],
    [
      "a town after “at”",
      "Severn Foods still makes its cheese at Tewford, where its largest factory stands.",
      ["Tewford", "town"],
    ],
    [
      "not a surname after “from”",
      "Daniel Okafor wrote to the council. The letter from Okafor asked for a new bus stop.",
      undefined,
    ],
    [
      "not a word that modifies a noun",
      "The classroom will be free for pupils in Riverton schools and will open to families on weekends.",
      undefined,
    ],
    ["not a language", "The museum will print its guides in English and will open to families on weekends.", undefined],
    [
      "not a person's first name",
      "The award went to the best pupil in Maria's class, and everyone clapped loudly.",
      undefined,
    ],
  ] as const)("place after “in”: %s", (_, text, expected) => {
    const places = extract(text).facts.places.map((p) => [p.name, p.kind]);
    if (expected) expect(places).toContainEqual(expected);
    else expect(places).toEqual([]);
  });

  it("reads places from the gazetteer with their kind", () => {
    const article = extract(
      "The delegation flew from London to Kigali, then drove across Rwanda towards the border with Burundi.",
    );
    expect(article.facts.places.map((p) => [p.name, p.kind])).toEqual([
      ["London", "city"],
      ["Kigali", "city"],
      ["Rwanda", "country"],
      ["Burundi", "country"],
    ]);
  });
});

describe("quotations and their speakers", () => {
  const cases: [string, string, string, string][] = [
    [
      "“...,” said X",
      "“We need more bridges between our countries,” said Li Yanliang, who chairs the panel.",
      "We need more bridges between our countries",
      "Li Yanliang",
    ],
    [
      "“...,” X said",
      "“The staff and I have been pretty sad,” Rob Yarrell said after the escape.",
      "The staff and I have been pretty sad",
      "Rob Yarrell",
    ],
    [
      "X, role, said: “...”",
      "Anna Schmidt, a marine biologist at the Kiel Institute, said: “The bottle is in good condition.”",
      "The bottle is in good condition.",
      "Anna Schmidt",
    ],
    [
      "he said → the person last named",
      "Paul Kelley studies sleep at Oxford University. “Teenagers are not lazy at all,” he said.",
      "Teenagers are not lazy at all",
      "Paul Kelley",
    ],
    [
      "she said → the woman, not the man named after her",
      "Maria Lopez met John Smith at the station. “This is a historic day for the town,” she said.",
      "This is a historic day for the town",
      "Maria Lopez",
    ],
    [
      "according to X",
      "The talks ended late on Friday in the capital. According to Tom Baker, “the talks went better than anyone expected.”",
      "the talks went better than anyone expected.",
      "Tom Baker",
    ],
    [
      "continued in the next paragraph keeps its speaker",
      "Anna Schmidt, a marine biologist, said: “The bottle is in good condition.\n\n“It is the oldest message in a bottle that we know of.”",
      "It is the oldest message in a bottle that we know of.",
      "Anna Schmidt",
    ],
    [
      "a second quotation in the same paragraph keeps its speaker",
      "“Octopuses are famous escape artists,” said Rob Yarrell. “He is such a curious boy and wanted to see outside.”",
      "He is such a curious boy and wanted to see outside.",
      "Rob Yarrell",
    ],
  ];
  it.each(cases)("%s", (_, text, quoteText, speaker) => {
    const article = extract(text);
    const quote = article.facts.quotes.find((q) => q.text === quoteText);
    expect(quote, `quotes: ${JSON.stringify(article.facts.quotes.map((q) => q.text))}`).toBeDefined();
    expect(entityName(article, quote!.speaker)).toBe(speaker);
    expect(article.body.slice(quote!.evidence.start, quote!.evidence.end)).toContain(quoteText);
    expect(schemaProblems(article)).toEqual([]);
  });

  it("leaves out a quotation whose speaker cannot be read, and scare quotes", () => {
    const article = extract(
      "Maria Lopez and John Smith met. “Nobody knows who wrote this sentence at all.” The fish looked “rough” to the team.",
    );
    expect(article.facts.quotes).toEqual([]);
  });

  it("does not resolve “he” when two men were just named", () => {
    const article = extract(
      "John Smith met Paul Kelley at the station in London. “It was a long trip for everyone,” he said.",
    );
    expect(article.facts.quotes).toEqual([]);
  });

  // Two men in the sentence before "he said": the subject, when he has been quoted already and the other man has not.
  const quotedSubject = (then: string) =>
    `“We counted twelve kinds of fish that morning,” Daniel Reyes said.\n\n${then} “This barge is a gift to every child in the town,” he said.`;
  it.each([
    [
      "subject quoted before, after an opening phrase",
      quotedSubject("At the end of the ceremony, Reyes thanked Mayor Sam Whitfield for the help."),
      "Daniel Reyes",
    ],
    [
      "subject quoted before, at the sentence start",
      quotedSubject("Reyes thanked Mayor Sam Whitfield for the help."),
      "Daniel Reyes",
    ],
    ["the subject has not been quoted", quotedSubject("Mayor Sam Whitfield thanked Reyes for the idea."), undefined],
    [
      "the subject is not the first man named",
      quotedSubject("Next to Sam Whitfield, Reyes thanked the crew for the help."),
      undefined,
    ],
    [
      "the other man was quoted too",
      `“It is a good day,” Sam Whitfield said. ${quotedSubject("Reyes thanked Mayor Sam Whitfield for the help.")}`,
      undefined,
    ],
  ] as const)("“...,” he said after two men: %s", (_, text, speaker) => {
    const article = extract(text);
    const quote = article.facts.quotes.find((q) => q.text === "This barge is a gift to every child in the town");
    expect(entityName(article, quote?.speaker)).toBe(speaker);
    if (quote)
      expect(article.body.slice(quote.evidence.start, quote.evidence.end)).toMatch(/^Reyes thanked .*he said$/s);
    expect(schemaProblems(article)).toEqual([]);
  });
});

describe("numbers, money, percentages and dates", () => {
  const text =
    "The University of Oxford hired 2,000 new teachers last year. About 45% of students passed the exam. Google has built 100 prototypes in California.\n\n" +
    "In 2011, Bolivia left the convention. The museum opened in 1913. The bottle was found in April 2014. The drainpipe was 50 meters long.\n\n" +
    "The Mesolithic man, who lived in Spain around 7,000 years ago, had blue eyes.";
  const article = extract(text);

  it.each([
    ["2,000", 2000, "new teachers", "How many new teachers did the University of Oxford hire last year?"],
    ["45%", 45, "percent", "About what percentage of students passed the exam?"],
    ["100", 100, "prototypes", "How many prototypes has Google built in California?"],
    ["50", 50, "meters", "How many meters long was the drainpipe?"],
  ] as const)("%s counts %s", (textValue, value, counts, question) => {
    expect(article.facts.numbers).toContainEqual(expect.objectContaining({ text: textValue, value, counts, question }));
  });

  it.each([
    ["2011", "year", "Bolivia left the convention"],
    ["1913", "year", "the museum opened"],
    ["April 2014", "month", "the bottle was found"],
    // The relative clause that holds the date says what happened then.
    ["7,000 years ago", "relative", "the Mesolithic man lived in Spain"],
  ] as const)("date %s (%s): %s", (dateText, kind, describes) => {
    expect(article.facts.dates).toContainEqual(expect.objectContaining({ text: dateText, kind, describes }));
  });

  it.each([
    [
      "after the person's appositive",
      "The idea came from Daniel Reyes, a biology teacher at Harbor High School, who first took his class onto a borrowed fishing boat in 2019.",
      "Daniel Reyes first took his class onto a borrowed fishing boat",
    ],
    [
      "right after the name",
      "The prize went to Anna Schmidt, who found the old bottle on a beach in 2014.",
      "Anna Schmidt found the old bottle on a beach",
    ],
    // The relative clause does not say who when something else stands between the name and "who".
    [
      "not about a person",
      "The prize went to Anna Schmidt for the museum, which opened its new wing to visitors in 2014.",
      undefined,
    ],
    [
      "not when more follows the date",
      "The idea came from Daniel Reyes, who first took his class onto a fishing boat in 2019, and it grew.",
      undefined,
    ],
  ] as const)("a year at the end of a relative clause about a person: %s", (_, sentence, describes) => {
    const found = extract(`${sentence} The classroom will open to families on weekends.`).facts.dates;
    // Without a clause it is sure of, the year is still listed for the teacher, but not as a fact to ask.
    const asked = found.filter((d) => (d.certainty ?? 1) >= ASKED_FROM_CERTAINTY);
    if (describes) expect(asked).toContainEqual(expect.objectContaining({ kind: "year", describes }));
    else expect(asked).toEqual([]);
  });

  it("orders the events its dates make certain", () => {
    const order = [...article.facts.events].sort((a, b) => a.order! - b.order!).map((e) => e.description);
    expect(order).toEqual(["The museum opened", "Bolivia left the convention", "The bottle was found"]);
  });

  it("keeps money with its currency and scale", () => {
    const money = extract("The company raised $3.5m from investors. Last year, the charity spent £20,000 on books.")
      .facts.numbers;
    expect(money).toContainEqual(
      expect.objectContaining({
        text: "$3.5m",
        value: 3.5,
        counts: "million dollars",
        question: "How much did the company raise from investors?",
      }),
    );
  });

  it("does not ask about a number whose question would be a guess, or about a year as a count", () => {
    const facts = extract(
      "In 2014, it rose. They sold 300 of them, he thinks, but 1998 was the year of the flood.",
    ).facts;
    expect(facts.numbers).toEqual([]);
  });

  it("passes the content schema's checks", () => expect(schemaProblems(article)).toEqual([]));
});

describe("claims and main idea", () => {
  const article = extract(
    "Morocco is building the largest solar plant in the world near the city of Ouarzazate. Spain has prohibited new solar projects because of a lack of interconnectors.\n\n" +
      "Google introduced its driverless car on Tuesday in California. Tunisia plans to export solar power to Europe within ten years.\n\n" +
      "London has about 22,000 licensed cabs and Dennis Conyon estimates that the number of taxi drivers in the UK is about 100,000.",
  );
  it("takes clean “Entity verb ...” sentences as claims, with the sentence as evidence", () => {
    expect(article.facts.claims.map((c) => [entityName(article, c.subject), c.predicate])).toEqual(
      expect.arrayContaining([
        ["Spain", "has prohibited new solar projects because of a lack of interconnectors"],
        ["Tunisia", "plans to export solar power to Europe within ten years"],
      ]),
    );
  });
  it("takes no claim that says too little to be asked about", () => {
    const result = extractArticle({
      text: "The council voted to close the maternity unit on Monday, and parents protested outside the hospital. Helen Cho, who chairs the parents group, was not persuaded. Dana Reyes, a midwife at the hospital, was having none of it. Reyes said the unit was safe.",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.facts.claims.map((c) => c.predicate)).toEqual(["said the unit was safe"]);
  });
  it("ends a claim where “and” hands the sentence to someone else", () => {
    expect(
      article.facts.claims.filter((c) => entityName(article, c.subject) === "London").map((c) => c.predicate),
    ).toEqual(["has about 22,000 licensed cabs"]);
  });
  it("takes the lead as main idea, with distortions that change a fact", () => {
    const idea = article.facts.mainIdea;
    expect(idea.statement).toBe(
      "Morocco is building the largest solar plant in the world near the city of Ouarzazate.",
    );
    expect(idea.distortions.length).toBeGreaterThanOrEqual(2);
    for (const d of idea.distortions) expect(d).not.toBe(idea.statement);
    expect(idea.distortions).toContain(
      "Morocco is not building the largest solar plant in the world near the city of Ouarzazate.",
    );
  });
});

describe("the main idea is what the headline announces, not the hook", () => {
  const text =
    "The Moroccan city of Ouarzazate is used to big productions, from films to festivals of every kind.\n\n" +
    "But Morocco is now building a huge solar plant that could make the country a global solar superpower within a decade.\n\n" +
    "About 22% of the plant's power will be exported, according to figures from the energy ministry in Rabat.\n\n" +
    "Engineers say solar power from the desert plant will reach homes across Morocco, and the solar project may even power Europe.";
  it.each([
    [
      "with a headline",
      "Morocco Poised to Become a Solar Superpower",
      "Morocco is now building a huge solar plant that could make the country a global solar superpower within a decade.",
    ],
  ])("%s", (_, title, expected) => {
    const result = extractArticle({ text, title });
    if (!result.ok) throw new Error(result.message);
    const idea = result.article.facts.mainIdea;
    // The statement drops the opening "But"; its evidence is the whole sentence it states.
    expect(idea.statement).toBe(expected);
    expect(result.article.body.slice(idea.evidence.start, idea.evidence.end)).toBe(
      `But ${expected.replace(/^M/, "M")}`,
    );
  });
});

describe("key terms and statements from sentences that name nobody", () => {
  // Each sentence is the only one of its article, after a lead that names someone (so the sentence has no other fact).
  const lead = "Maria Lopez wrote the report.\n\n";
  const termOf = (sentence: string) => {
    const article = extract(`${lead}${sentence}`);
    return (article.facts.terms ?? []).map((t) => [t.text, article.body.slice(t.evidence.start, t.evidence.end)]);
  };
  it.each([
    // The noun phrase after the verb that carries what the sentence says, not the subject it starts from.
    ["The scans showed that reward circuitry in the brain behaved more normally after each dose.", "reward circuitry"],
    ["Unlike mopeds, electric bicycles are usually permitted on bike paths in most cities.", "bike paths"],
    ["This could one day include the removal of salt from sea water in dry regions.", "sea water"],
  ])("%s → “%s”", (sentence, term) => {
    expect(termOf(sentence)).toEqual([[term, term]]);
  });
  it.each([
    // Nothing specific to ask: general words only.
    "The people there said it was a good day for everyone.",
    // "those obstacles" points back: the blank would have two answers.
    "The companies say they can overcome those obstacles.",
  ])("takes no term from “%s”", (sentence) => {
    expect(termOf(sentence)).toEqual([]);
  });
  it("accepts the other number of the term when typed", () => {
    const article = extract(
      `${lead}The scans showed that reward circuitry in the brain behaved more normally after each dose.`,
    );
    expect(article.facts.terms?.[0]?.accepted).toEqual(["reward circuitries"]);
  });

  const negationOf = (sentence: string) => {
    const statement = (extract(`${lead}${sentence}`).facts.statements ?? []).find((s) => s.text === sentence);
    return statement ? (statement.negated ?? "(none)") : "(not a statement)";
  };
  it.each([
    [
      "The scans were given 45 minutes after the participants inhaled the spray.",
      "The scans were not given 45 minutes after the participants inhaled the spray.",
    ],
    [
      "The scans showed that reward circuitry behaved more normally after a dose.",
      "The scans did not show that reward circuitry behaved more normally after a dose.",
    ],
    ["Carbon dating put the remains at around 7,000 years old.", "(not a statement)"],
    [
      "The condition affects individuals in different ways across the country.",
      "The condition does not affect individuals in different ways across the country.",
    ],
    [
      "The bones had been extremely well preserved by the cool cave.",
      "The bones had not been extremely well preserved by the cool cave.",
    ],
    // compromise reads "remains" as a verb here; the auxiliary right after it shows it is not.
    ["The human remains had been extremely well preserved by the cool cave.", "(none)"],
    // Negated, a hedge or a quantifier is not a falsehood: "might not" is as possible as "might".
    ["Artists might have to rethink their drawings of the ancient people.", "(none)"],
    ["Some experts see the Bolivian model as a way forward for other countries.", "(not a statement)"],
    // A pronoun or a participle in the subject: no clean statement.
    ["They found that the ancient DNA matched people living in northern Europe.", "(not a statement)"],
    ["The Polish government pays compensation for livestock killed by wolves.", "(not a statement)"],
  ])("%s → %s", (sentence, negated) => {
    expect(negationOf(sentence)).toBe(negated);
  });

  it("asks them as a blank to fill in (for a teacher who picks that kind), never as a statement with “not” put in", () => {
    const sentence = "The scans were given 45 minutes after the participants inhaled the spray.";
    const article = extract(`${lead}${sentence}`);
    const pool = buildPool(article, 1);
    const start = article.body.indexOf(sentence);
    const about = pool.filter(
      (q) => q.type !== "main-idea" && q.evidence[0]!.start === start && q.evidence[0]!.end === start + sentence.length,
    );
    expect(about.map((q) => q.type)).toContain("fill-blank");
    expect(about.filter((q) => q.type === "fill-blank").every((q) => q.level === "scan")).toBe(true);
    expect(about.filter((q) => q.type === "true-false" && / not /.test(q.prompt))).toEqual([]);
  });
});

// --- Exact spans, for any text ----------------------------------------------

const NAMES = ["Li Yanliang", "Maria Lopez", "Rob Yarrell", "Anna Schmidt", "Paul Kelley"];
const ORGS = ["the University of Oxford", "the Institute of Public Policy", "the Royal Society", "Google"];
const PLACES = ["London", "Kigali", "New Zealand", "Spain"];
const fragment = fc.oneof(
  fc.constantFrom(...NAMES).map((n) => `${n} said the plan would work.`),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...ORGS))
    .map(([n, o]) => `${n}, a research fellow at ${o}, spoke.`),
  fc.tuple(fc.lorem({ maxCount: 8 }), fc.constantFrom(...NAMES)).map(([words, n]) => `“${words},” said ${n}.`),
  fc.tuple(fc.lorem({ maxCount: 6 }), fc.constantFrom("he", "she")).map(([words, p]) => `“${words},” ${p} added.`),
  fc
    .tuple(fc.integer({ min: 2, max: 90000 }), fc.constantFrom(...PLACES))
    .map(([n, p]) => `About ${n.toLocaleString("en-US")} people live in ${p}.`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2030 }), fc.constantFrom(...ORGS))
    .map(([y, o]) => `In ${y}, ${o} opened a new office.`),
  fc.tuple(fc.integer({ min: 1, max: 99 })).map(([n]) => `Some ${n}% of voters agreed.`),
  fc.lorem({ maxCount: 12 }).map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`),
  fc.string({ maxLength: 20 }),
);
const paragraph = fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
const anyText = fc
  .array(paragraph, { minLength: 1, maxLength: 6 })
  .map((ps) => ps.join(fc.sample(fc.constantFrom("\n\n", "\r\n\r\n", "\n \n"), 1)[0]));

describe("every evidence span is exact", () => {
  it("for generated texts: spans in bounds, fact text inside its evidence, schema checks pass, pool sound", () => {
    let extracted = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const result = extractArticle({ text, title: "Generated" });
        if (!result.ok) {
          // Only a text too short or unreadable to quiz on may be refused, and always with a message.
          expect(["empty", "no-sentences", "not-text"]).toContain(result.reason);
          expect(result.message).not.toBe("");
          return;
        }
        extracted += 1;
        const { body, facts } = result.article;
        expect(body).toBe(result.article.paragraphs.join("\n\n"));
        const spans = [
          ...facts.people,
          ...facts.organizations,
          ...facts.places,
          ...facts.dates,
          ...facts.numbers,
          ...facts.quotes,
          ...facts.events,
          ...facts.claims,
          facts.mainIdea,
          ...(facts.terms ?? []),
          ...(facts.statements ?? []),
        ].map((f) => f.evidence);
        for (const s of spans) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(0 <= s.start && s.start < s.end && s.end <= body.length).toBe(true);
        }
        for (const d of [...facts.dates, ...facts.numbers])
          expect(body.slice(d.evidence.start, d.evidence.end)).toBe(d.text);
        for (const e of [...facts.people, ...facts.organizations, ...facts.places])
          expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.name);
        for (const q of facts.quotes) expect(body.slice(q.evidence.start, q.evidence.end)).toContain(q.text);
        for (const t of [...(facts.terms ?? []), ...(facts.statements ?? [])])
          expect(body.slice(t.evidence.start, t.evidence.end)).toBe(t.text);
        expect(schemaProblems(result.article)).toEqual([]);
        for (const q of buildPool(result.article, 1))
          for (const s of q.evidence) expect(s.end).toBeLessThanOrEqual(body.length);
      }),
      { numRuns: 60 },
    );
    // The span checks above ran on most texts, not on none.
    expect(extracted).toBeGreaterThanOrEqual(30);
  });

  it("is deterministic", () => {
    const text =
      "Rob Yarrell, national manager of the National Aquarium of New Zealand, said: “Octopuses are famous escape artists.” In 2016, the aquarium opened.";
    expect(JSON.stringify(extractArticle({ text }))).toBe(JSON.stringify(extractArticle({ text })));
  });

  it("reports progress from 0 to 1, never going back", () => {
    const seen: number[] = [];
    extractArticle(
      {
        text: Array.from({ length: 12 }, (_, i) => `Paragraph ${i} says that Maria Lopez visited London again.`).join(
          "\n\n",
        ),
      },
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(12);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});

// --- Bad input ----------------------------------------------------------------

describe("bad input gets a clear message or a best-effort article, never a crash", () => {
  const failures: [string, string, string, RegExp][] = [
    ["empty", "", "empty", /text is empty/],
    ["only whitespace", " \n\t\r\n \u00a0 ", "empty", /text is empty/],
    ["one word", "Hello", "no-sentences", /too short .*\(1 word\)/],
    ["binary garbage", "\u0000\u0001PK\u0003\u0004\u0000\u0000\u0008\u0000".repeat(200), "not-text", /binary file/],
  ];
  it.each(failures)("%s", (_, text, reason, message) => {
    const result = extractArticle({ text });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(message);
    }
  });

  it("refuses one pasted 1 MB line (a single “word”) as too long, before it can fill storage", () => {
    const result = extractArticle({ text: "x".repeat(1_000_000) });
    expect(result).toMatchObject({ ok: false, reason: "too-long" });
    expect((result as { message: string }).message).toContain(MAX_CHARS.toLocaleString("en-US"));
  });

  // How fast the refusal comes is measured by `npm run bench`, not here.
  it("refuses 30,001 words as too long", () => {
    const result = extractArticle({ text: "word ".repeat(30_001) });
    expect(result).toMatchObject({ ok: false, reason: "too-long" });
    expect((result as { message: string }).message).toContain(MAX_WORDS.toLocaleString("en-US"));
  });

  it("makes a best-effort quiz from a text with no names", () => {
    const result = extractArticle({
      text: "The river rose quickly after the storm. About 300 families left their homes during the night. Most of them stayed with relatives until the water fell again. Schools were closed for a week and reopened on Monday.",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.join(" ")).toMatch(/No names of people, organizations or places/);
    expect(buildPool(result.article, 1).length).toBeGreaterThan(0);
  });

  it("warns on a text not in English and still returns an article", () => {
    const result = extractArticle({
      text: "Der Fluss stieg nach dem Sturm schnell an. Etwa dreihundert Familien verließen in der Nacht ihre Häuser. Die meisten blieben bei Verwandten, bis das Wasser wieder sank.",
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.join(" ")).toMatch(/does not look like English/);
  });

  it("normalizes CRLF, non-breaking and zero-width spaces, control characters and blank lines", () => {
    const result = extractArticle({
      text: "First\u00a0line of the\u200b story\r\nwraps here.\r\n\r\n\r\n\r\nSecond  paragraph\u0007 is here and it is long enough.",
    });
    expect(result.ok && result.article.paragraphs).toEqual([
      "First line of the story wraps here.",
      "Second paragraph is here and it is long enough.",
    ]);
  });

  it("turns typeset ligatures copied from a PDF into their letters", () => {
    const result = extractArticle({
      text: "The \ufb01rst \ufb02ight of the season left on time, the of\ufb01cials said on Monday morning.",
    });
    expect(result.ok && result.article.paragraphs).toEqual([
      "The first flight of the season left on time, the officials said on Monday morning.",
    ]);
  });

  it("takes a pasted headline as the title, and makes a slug from it", () => {
    const result = extractArticle({
      text: "Inky the Octopus Escapes!\n\nAn octopus has escaped from the National Aquarium in New Zealand by sliding down a drainpipe.",
    }) as Extract<ExtractResult, { ok: true }>;
    expect(result.article.title).toBe("Inky the Octopus Escapes!");
    expect(result.article.slug).toMatch(/^inky-the-octopus-escapes-[a-z0-9]+$/);
    expect(result.article.paragraphs).toHaveLength(1);
  });
});
