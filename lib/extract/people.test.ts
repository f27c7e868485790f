/**
 * People with their titles, names never cut inside a word or after an
 * initial, one person under all their mentions; organizations and places a
 * careless reading takes for people. Sentences from the gold set.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../article/types";
import { extractArticle } from "./index";

function extract(text: string): Article {
  const result = extractArticle({ text, title: "People" });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const cases: [string, string, { name: string; title?: string; role?: string; shortName?: string }][] = [
  [
    "an honorific with a full stop",
    "“The cheapest phosphorus is the phosphorus that never reaches the lake,” said Dr. Priya Raman, a limnologist at Northern Lakes College.",
    { name: "Priya Raman", title: "Dr.", role: "limnologist" },
  ],
  [
    "a middle initial",
    "Judge Harriet M. Coyle of Linn Valley Circuit Court ordered him to pay restitution. Coyle sided with the prosecution.",
    { name: "Harriet M. Coyle", title: "Judge", role: "Judge", shortName: "Coyle" },
  ],
  [
    "a suffix with its full stop",
    "The judge also ordered Martin Ruiz Jr., 46, to pay restitution. Ruiz pleaded guilty in August to theft.",
    { name: "Martin Ruiz Jr.", shortName: "Ruiz" },
  ],
  [
    "two initials",
    "The bus plan was opposed by Board member T. J. Brandt, who had hoped for a later vote. Brandt said it was rushed.",
    { name: "T. J. Brandt", shortName: "Brandt" },
  ],
  [
    "initials at a sentence's start",
    "The site is simpler than a shopping website. D. L. Hargreaves, who runs the privacy group, said so.",
    { name: "D. L. Hargreaves" },
  ],
  [
    "a title of several words",
    "Deputy District Attorney Owen Tracy said the scheme called for time behind bars. Tracy spoke for ten minutes.",
    { name: "Owen Tracy", title: "Deputy District Attorney", shortName: "Tracy" },
  ],
  [
    "a title before the name, the body first",
    "Board President Hana Yoshida said the board had studied this for years. Yoshida voted yes.",
    { name: "Hana Yoshida", title: "Board President", shortName: "Yoshida" },
  ],
  [
    "surname particles",
    "Its chief executive, Luis de la Vega, said the deal would save money. De la Vega spoke from Rotterdam.",
    { name: "Luis de la Vega" },
  ],
  [
    "a particle joined by a hyphen, the surname later",
    "“The plant will open next year,” said Maha el-Kadiri, a spokeswoman for the agency. “It is a big step for the region,” el-Kadiri says.",
    { name: "Maha el-Kadiri", shortName: "el-Kadiri" },
  ],
  [
    "a capitalized particle, the surname later",
    "Kowalski’s lawyer Priscilla Van Doren of the Wisconsin Innocence Clinic filed the appeal. Van Doren said the fire was an accident.",
    { name: "Priscilla Van Doren", shortName: "Van Doren" },
  ],
  [
    "initials written for the full name",
    "Augustus Cole Drummond Jr., a bridge engineer, died on Tuesday. Known to colleagues as Gus, A. C. Drummond Jr. was an unlikely crusader. Drummond taught until he was 85.",
    { name: "Augustus Cole Drummond Jr.", shortName: "Drummond" },
  ],
  [
    "a first name the tagger calls a place",
    "Ellen Marsh, who raises dairy cattle near the head of the valley, has signed up. Marsh said so.",
    { name: "Ellen Marsh", shortName: "Marsh" },
  ],
  [
    "a particle inside the name, a role without an article, “said” after a long aside",
    "The bottle was found by Konrad Fischer, a fisherman. Holger von Neuhoff, curator for ocean and science at the museum, said the message was the oldest he had come across.",
    { name: "Holger von Neuhoff" },
  ],
  [
    "a first name the tagger does not know, at a sentence's start",
    "Students were largely in favor. Amara Nwosu, a junior at the school, said she kept falling asleep.",
    { name: "Amara Nwosu" },
  ],
];

describe("people and their titles", () => {
  it.each(cases)("%s", (_, text, expected) => {
    const article = extract(text);
    const person = article.facts.people.find((p) => p.name === expected.name);
    expect(person, `people: ${article.facts.people.map((p) => p.name).join(", ")}`).toBeDefined();
    expect(person).toMatchObject(expected);
    if (!expected.title) expect(person!.title).toBeUndefined();
    expect(article.body.slice(person!.evidence.start, person!.evidence.end)).toContain(expected.name);
    // The name is never cut, and the person is one: no other person is a piece of it or shares its surname.
    const surname = expected.name
      .split(" ")
      .filter((w) => !/^(?:Jr|Sr)\.?$/.test(w))
      .at(-1)!;
    for (const other of article.facts.people)
      if (other !== person) {
        expect(expected.name).not.toContain(other.name);
        expect(other.name).not.toContain(surname);
      }
  });
});

describe("names that are not people", () => {
  const kinds = (article: Article) => [
    ...article.facts.people.map((p) => [p.name, "person"]),
    ...article.facts.organizations.map((o) => [o.name, o.kind]),
    ...article.facts.places.map((p) => [p.name, p.kind]),
  ];
  it.each([
    [
      "a company named like a river, by its chief executive",
      "“We will not pretend otherwise,” Katrin Vollmer, Elbe Wind’s chief executive, told analysts. For years the town built the blades that made Elbe Wind famous.",
      ["Elbe Wind", "organization"],
    ],
    [
      "a company by its shares",
      "Severn Foods’ shares jumped in early trading on Monday, and the board met to discuss the offer.",
      ["Severn Foods", "organization"],
    ],
    [
      "a group named by what it is",
      "“It is a good start,” said the head of the privacy group Open Averill, who has read the terms.",
      ["Open Averill", "organization"],
    ],
    [
      "a town by its first word",
      "Residents of Port Averill who tried the service said it was slow but polite.",
      ["Port Averill", "place"],
    ],
    [
      "a town by its council",
      "The Heron Bay Town Council voted on the plan. Volunteers cleaned the islands off the town of Heron Bay.",
      ["Heron Bay", "town"],
    ],
    [
      "a school by its last word",
      "Maya Chen, who teaches fourth grade at Silver Fork Elementary, told the council that families were leaving.",
      ["Silver Fork Elementary", "school"],
    ],
    [
      "a motel",
      "A night clerk at the Lakeview Motel, who asked not to be named, said the power went out at midnight.",
      ["Lakeview Motel", "venue"],
    ],
  ] as const)("%s", (_, text, [name, kind]) => {
    const found = kinds(extract(text)).find(([n]) => n === name);
    if (kind === "organization") expect(found?.[1]).not.toMatch(/^(?:person|city|town|region|country|venue)$/);
    else if (kind === "place") expect(found?.[1]).toMatch(/^(?:city|town|region|country|venue)$/);
    else expect(found).toEqual([name, kind]);
    expect(extract(text).facts.people.map((p) => p.name)).not.toContain(name);
  });

  it.each([
    [
      "a local paper",
      "“Instead I'm timing the route,” Jasmine Tran told the Hollis Ford Courier on Monday.",
      ["Hollis Ford Courier", "media"],
    ],
    [
      "a football club",
      "Brockford Athletic ended a run of four games without a win against Carnford Rovers on Saturday.",
      ["Brockford Athletic", "team"],
    ],
    [
      "a plural possessive inside the name",
      "Maureen Pike, who chairs the Westfield Residents’ Association, said neighbours had complained.",
      ["Westfield Residents’ Association", "other"],
    ],
    [
      "a saint's possessive inside the name",
      "The nearest other unit, at St. Brendan's Medical Center in Calloway, is often full.",
      ["St. Brendan's Medical Center", "institute"],
    ],
  ] as const)("organization: %s", (_, text, [name, kind]) => {
    expect(extract(text).facts.organizations.map((o) => [o.name, o.kind])).toContainEqual([name, kind]);
  });

  it("does not take a word from a quoted post for a news outlet", () => {
    const article = extract(
      "Maria Lopez posted a photo of the bridge on X. “Big news from the Daily Herald today: the bridge is open again,” she wrote. Residents cheered at the river.",
    );
    expect(article.facts.organizations.map((o) => o.name)).not.toContain("Daily Herald");
  });

  it("does not take a title alone, or what follows it, for a person", () => {
    const article = extract(
      "The Minister for Arts, Aoife Brennan, who opened the museum, said it was a good day. The mayor said the town was proud.",
    );
    expect(article.facts.people.map((p) => p.name)).toEqual(["Aoife Brennan"]);
  });
});

describe("certainty", () => {
  it("is higher for a titled speaker than for a capitalized pair only the text vouches for, and in 0..1 for every fact", () => {
    const article = extract(
      "“The water is unsafe,” said Dr. Priya Raman. Later, Kalisa Migendo said the boats were ready for the race on the lake.",
    );
    const certainty = (name: string) => article.facts.people.find((p) => p.name === name)?.certainty;
    expect(certainty("Priya Raman")).toBeGreaterThan(certainty("Kalisa Migendo")!);
    const f = article.facts;
    for (const fact of [
      ...f.people,
      ...f.organizations,
      ...f.places,
      ...f.quotes,
      ...f.numbers,
      ...f.dates,
      ...f.claims,
    ]) {
      expect(fact.certainty).toBeGreaterThan(0);
      expect(fact.certainty).toBeLessThanOrEqual(1);
    }
  });
});
