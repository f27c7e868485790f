import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileArticle, type ArticleSource, type AuthoredArticle, type AuthoredFacts } from "./schema";

const DIR = path.join(process.cwd(), "content/articles/us-china-climate-ai");
const realArticle = JSON.parse(fs.readFileSync(path.join(DIR, "article.json"), "utf8")) as AuthoredArticle;
const realFacts = JSON.parse(fs.readFileSync(path.join(DIR, "facts.json"), "utf8")) as AuthoredFacts;

const A = "seed/article.json";
const F = "seed/facts.json";

/** The real content with one change applied to fresh copies. */
function compileWith(change: (article: AuthoredArticle, facts: AuthoredFacts) => void) {
  const article = structuredClone(realArticle);
  const facts = structuredClone(realFacts);
  change(article, facts);
  const source: ArticleSource = { articleFile: A, factsFile: F, article, facts, folder: "us-china-climate-ai" };
  return compileArticle(source);
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

describe("the seed article", () => {
  const result = compileWith(() => {});
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const { article } = result;

  it("validates and keeps every paragraph", () => {
    expect(article.paragraphs).toHaveLength(11);
    expect(article.body).toBe(article.paragraphs.join("\n\n"));
    expect(article).toMatchObject({ dateline: "SHANGHAI", source: "Sixth Tone", imageCredit: "VCG" });
  });

  it("keeps the text verbatim, curly quotes, en dash and ellipsis included", () => {
    expect(article.title).toBe("Experts Push for Joint US-China Action on Climate and AI");
    expect(article.paragraphs[0]).toMatch(/^SHANGHAI \u2013 Over the course of a week, /);
    expect(article.paragraphs[1]).toBe(
      "The dialogue was part of the “Shanghai-Nanjing Plus: Exploring Perspectives on China-U.S. Relations” program, an initiative co-sponsored by the Shanghai Institutes for International Studies and the Johns Hopkins University-Nanjing University Center.",
    );
    expect(article.paragraphs[1]).toContain("\u201CShanghai-Nanjing Plus");
    expect(article.paragraphs[8]).toContain("China\u2019s broader efforts");
    expect(article.paragraphs[10]).toContain("a new field for me\u2026 and having");
    expect(article.paragraphs.join("")).not.toContain("(Header image");
  });

  it("resolves every evidence quote to a span whose text is that quote", () => {
    const sections = ["people", "organizations", "places", "dates", "numbers", "quotes", "events", "claims"] as const;
    const pairs = sections.flatMap((section) =>
      realFacts[section].map((authored, i) => [
        authored.evidence,
        at<{ evidence: unknown }>(article.facts[section], i).evidence,
      ]),
    );
    pairs.push([realFacts.mainIdea.evidence, article.facts.mainIdea.evidence]);
    expect(pairs.length).toBeGreaterThan(40);
    for (const [authored, span] of pairs) {
      const text = typeof authored === "string" ? authored : (authored as { text: string }).text;
      const { start, end } = span as { start: number; end: number };
      expect(article.body.slice(start, end)).toBe(text);
    }
  });

  it("gives each quote evidence that contains the quoted words", () => {
    for (const quote of article.facts.quotes) {
      expect(article.body.slice(quote.evidence.start, quote.evidence.end)).toContain(quote.text);
    }
  });

  it("picks the requested occurrence of an ambiguous quote", () => {
    const third = compileWith((_, facts) => {
      at(facts.places, 1).evidence = { text: "Nanjing", occurrence: 3 };
    });
    if (!third.ok) throw new Error(third.errors.join("\n"));
    const span = at(third.article.facts.places, 1).evidence;
    expect(third.article.body.slice(span.start, span.end)).toBe("Nanjing");
    expect(third.article.body.slice(span.start - 10, span.end + 11)).toBe("Shanghai, Nanjing, and Wuhan");
  });
});

describe("broken content is reported with file, fact and problem", () => {
  type Change = (article: AuthoredArticle, facts: AuthoredFacts) => void;
  const cases: [string, Change, string[]][] = [
    [
      "evidence with a typo",
      (_, f) => {
        at(f.quotes, 1).evidence = "“AI is a complex engineering challange,” said Wang.";
      },
      [
        `${F}: quotes[1] (id "q-wang-1"): evidence not found in the article text: "“AI is a complex engineering challange,” said Wang."`,
      ],
    ],
    [
      "evidence typed with a straight apostrophe",
      (_, f) => {
        at(f.people, 3).evidence = "President Xi Jinping announced China's plan";
      },
      [
        `${F}: people[3] (id "p-xi"): evidence not found in the article text (the article uses curly quotes “ ” and apostrophes ’): "President Xi Jinping announced China's plan"`,
      ],
    ],
    [
      "long evidence is shortened in the message",
      (_, f) => {
        at(f.claims, 0).evidence =
          "The United States, with its vast data resources and advanced algorithms, contributes significantly.";
      },
      [
        `${F}: claims[0] (id "c-us-safety-standards"): evidence not found in the article text: "The United States, with its vast data resources and advance…"`,
      ],
    ],
    [
      "ambiguous evidence",
      (_, f) => {
        at(f.places, 1).evidence = "Nanjing";
      },
      [
        `${F}: places[1] (id "pl-nanjing"): evidence appears 3 times in the article text; add "occurrence" to pick one: "Nanjing"`,
      ],
    ],
    [
      "occurrence past the last one",
      (_, f) => {
        at(f.places, 1).evidence = { text: "Nanjing", occurrence: 5 };
      },
      [`${F}: places[1] (id "pl-nanjing"): evidence occurrence 5 not found; the text appears 3 time(s): "Nanjing"`],
    ],
    [
      "unknown speaker",
      (_, f) => {
        at(f.quotes, 1).speaker = "p-wong";
      },
      [`${F}: quotes[1] (id "q-wang-1"): unknown speaker id "p-wong"`],
    ],
    [
      "speaker that is not a person",
      (_, f) => {
        at(f.quotes, 0).speaker = "o-siis";
      },
      [`${F}: quotes[0] (id "q-li"): speaker id "o-siis" is not a person`],
    ],
    [
      "unknown affiliation",
      (_, f) => {
        at(f.people, 0).affiliation = "o-nowhere";
      },
      [`${F}: people[0] (id "p-li"): unknown affiliation id "o-nowhere"`],
    ],
    [
      "unknown claim subject",
      (_, f) => {
        at(f.claims, 0).subject = "pl-mars";
      },
      [`${F}: claims[0] (id "c-us-safety-standards"): unknown subject id "pl-mars"`],
    ],
    [
      "claim subject that is a date",
      (_, f) => {
        at(f.claims, 0).subject = "d-2023";
      },
      [`${F}: claims[0] (id "c-us-safety-standards"): subject id "d-2023" is not a person, organization or place`],
    ],
    [
      "event with unknown date and a place that is a date",
      (_, f) => {
        at(f.events, 0).when = "d-yesterday";
        at(f.events, 2).where = "d-tuesday";
      },
      [
        `${F}: events[0] (id "e-xi-speech"): unknown when id "d-yesterday"`,
        `${F}: events[2] (id "e-closing-ceremony"): where id "d-tuesday" is not a place`,
      ],
    ],
    [
      "duplicate id",
      (_, f) => {
        at(f.numbers, 1).id = "n-young-americans";
      },
      [`${F}: numbers[1] (id "n-young-americans"): duplicate id (already used by numbers[0] (id "n-young-americans"))`],
    ],
    [
      "quote text that its evidence does not contain",
      (_, f) => {
        at(f.quotes, 0).text = "We must shift from securitizing climate issues";
      },
      [`${F}: quotes[0] (id "q-li"): quote text not found inside its evidence`],
    ],
    [
      "a position by someone who is not in the people list",
      (_, f) => {
        at(f.positions!, 0).speaker = "p-nobody";
      },
      [`${F}: positions[0] (id "pos-li-security"): unknown speaker id "p-nobody"`],
    ],
    [
      "a word whose evidence does not contain it",
      (_, f) => {
        at(f.vocabulary!, 0).term = "dived into";
      },
      [`${F}: vocabulary[0] (id "v-delved"): term "dived into" not found inside its evidence`],
    ],
    [
      "a why-question that is not a question",
      (_, f) => {
        at(f.causes!, 0).question = "What the program was for";
      },
      [`${F}: causes[0] (id "cause-program-purpose"): question: must end with "?"`],
    ],
    [
      "number text that its evidence does not contain",
      (_, f) => {
        at(f.numbers, 1).text = "3";
      },
      [`${F}: numbers[1] (id "n-three-cities"): number text "3" not found inside its evidence`],
    ],
    [
      "date text that its evidence does not contain",
      (_, f) => {
        at(f.dates, 1).text = "2024";
      },
      [`${F}: dates[1] (id "d-2023"): date text "2024" not found inside its evidence`],
    ],
    [
      "organization whose evidence does not name it",
      (_, f) => {
        at(f.organizations, 3).evidence = "Li stressed the importance";
      },
      [
        `${F}: organizations[3] (id "o-ifps"): name "Institute for Foreign Policy Studies" not found inside its evidence`,
      ],
    ],
    [
      "non-finite number (JSON 1e999)",
      (_, f) => {
        at(f.numbers, 0).value = JSON.parse("1e999") as number;
      },
      [`${F}: numbers[0] (id "n-young-americans"): value: must be a finite number`],
    ],
    [
      "number given as a string",
      (_, f) => {
        (at(f.numbers, 0) as { value: unknown }).value = "50,000";
      },
      [`${F}: numbers[0] (id "n-young-americans"): value: must be a finite number`],
    ],
    [
      "misspelt field",
      (_, f) => {
        (at(f.people, 0) as Record<string, unknown>).nmae = "Li";
      },
      [`${F}: people[0] (id "p-li"): Unrecognized key: "nmae"`],
    ],
    [
      "missing section",
      (_, f) => {
        delete (f as Partial<AuthoredFacts>).claims;
      },
      [`${F}: claims: Invalid input: expected array, received undefined`],
    ],
    [
      "question without a question mark",
      (_, f) => {
        at(f.dates, 0).question = "How long it lasted";
      },
      [`${F}: dates[0] (id "d-week"): question: must end with "?"`],
    ],
    [
      "one name used by two entities",
      (_, f) => {
        at(f.organizations, 0).aliases = ["US"];
      },
      [`${F}: places[4] (id "pl-us"): name "US" is also a name of organizations[0] (id "o-program")`],
    ],
    [
      "too few distortions",
      (_, f) => {
        f.mainIdea.distortions = ["Only one."];
      },
      [`${F}: mainIdea: distortions: needs at least 2 distortions`],
    ],
    [
      "distortion repeating the statement or another distortion",
      (_, f) => {
        f.mainIdea.distortions = ["A.", f.mainIdea.statement, "a."];
      },
      [
        `${F}: mainIdea: distortions[1] repeats the statement`,
        `${F}: mainIdea: distortions[2] duplicates distortions[0]`,
      ],
    ],
    [
      "paragraph without facts",
      (a) => {
        a.paragraphs.push("A closing paragraph nobody wrote facts for.");
      },
      [`${F}: paragraph 12 is not covered by any fact's evidence: "A closing paragraph nobody wrote facts for."`],
    ],
    [
      "slug that differs from the folder",
      (a) => {
        a.slug = "climate-ai";
      },
      [`${A}: slug "climate-ai" does not match its folder name "us-china-climate-ai"`],
    ],
    [
      "paragraph with a line break",
      (a) => {
        a.paragraphs[2] = "First line\nsecond line";
      },
      [`${A}: paragraphs[2]: must not contain line breaks`],
    ],
    [
      "problems in both files are all reported",
      (a, f) => {
        a.title = " ";
        at(f.quotes, 1).speaker = "P-Wang";
        at(f.events, 0).order = 0;
      },
      [
        `${A}: title: must not be empty`,
        `${F}: quotes[1] (id "q-wang-1"): speaker: must be lowercase words joined by hyphens, e.g. "p-li"`,
        `${F}: events[0] (id "e-xi-speech"): order: Too small: expected number to be >0`,
      ],
    ],
  ];

  it.each(cases)("%s", (_, change, expected) => {
    expect(compileWith(change)).toEqual({ ok: false, errors: expected });
  });
});

describe("fields an extractor adds, as an author may write them", () => {
  const dateIndex = () => realFacts.dates.findIndex((d) => d.text === "Tuesday");
  it("accepts a title, a town, a number's kind and values, a date's preposition, certainty and unnamed speakers", () => {
    const result = compileWith((_, facts) => {
      Object.assign(at(facts.people, 0), { title: "Dr.", certainty: 0.9 });
      Object.assign(at(facts.places, 0), { kind: "town" });
      Object.assign(at(facts.numbers, 0), { kind: "count", values: [50000, 60000] });
      Object.assign(at(facts.dates, dateIndex()), { preposition: "on" });
      facts.unnamedQuotes = [
        {
          id: "u-1",
          text: "AI is a complex engineering challenge",
          speaker: "a delegate",
          evidence: "AI is a complex engineering challenge",
        },
      ];
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.article.facts.people[0]).toMatchObject({ title: "Dr.", certainty: 0.9 });
    expect(result.article.facts.unnamedQuotes?.[0]?.speaker).toBe("a delegate");
  });
  it("takes a word in its dictionary form, pointing at it as the sentence writes it", () => {
    const result = compileWith((_, facts) => {
      const word = facts.vocabulary!.find((v) => v.id === "v-underscored")!;
      word.term = "underscore";
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const { evidence } = result.article.facts.vocabulary!.find((v) => v.id === "v-underscored")!;
    expect(result.article.body.slice(evidence.start, evidence.end)).toBe("underscored");
  });
  it.each([
    [
      "a preposition not written before the date",
      (f: AuthoredFacts) => Object.assign(at(f.dates, dateIndex()), { preposition: "since" }),
      /preposition "since" is not written just before "Tuesday"/,
    ],
    [
      "an unknown number kind",
      (f: AuthoredFacts) => Object.assign(at(f.numbers, 0), { kind: "amount" }),
      /numbers\[0\].*kind/,
    ],
    [
      "a certainty above 1",
      (f: AuthoredFacts) => Object.assign(at(f.people, 0), { certainty: 2 }),
      /people\[0\].*certainty/,
    ],
    [
      "an unnamed quotation not in its evidence",
      (f: AuthoredFacts) =>
        (f.unnamedQuotes = [
          { id: "u-1", text: "Never said", speaker: "a delegate", evidence: "AI is a complex engineering challenge" },
        ]),
      /unnamedQuotes\[0\].*quote text not found/,
    ],
  ] as const)("rejects %s", (_, change, message) => {
    const result = compileWith((__, facts) => change(facts));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toMatch(message);
  });
});
