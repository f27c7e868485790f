/**
 * Numbers and quantities, as a teacher's article writes them: digits and
 * words, money with its scale, percentages, votes and scores, changes,
 * ranges and fractions, each with what it counts. Sentences from the gold
 * set (lib/extract/gold) and news-style variants of them.
 */
import { describe, expect, it } from "vitest";
import type { NumberFact } from "../article/types";
import { buildPool } from "../quiz";
import { extractArticle } from "./index";

const LEAD = "Maria Lopez wrote this report on the town for the readers of the paper.\n\n";
function numbersOf(sentence: string): NumberFact[] {
  const result = extractArticle({ text: `${LEAD}${sentence}`, title: "Numbers" });
  if (!result.ok) throw new Error(result.message);
  return result.article.facts.numbers;
}

type Expected = Partial<Pick<NumberFact, "kind" | "value" | "values" | "counts">>;
const cases: [string, string, string, Expected][] = [
  [
    "a vote",
    "In October, the Heron Bay Town Council voted 5-2 to spend $86,000 on a program that pays farmers.",
    "5-2",
    { kind: "vote", value: 5, values: [5, 2] },
  ],
  [
    "money with its currency",
    "In October, the Heron Bay Town Council voted 5-2 to spend $86,000 on a program that pays farmers.",
    "$86,000",
    { kind: "money", value: 86000, counts: "dollars" },
  ],
  [
    "a percentage in words",
    "The goal is to cut the phosphorus entering the water by 30 percent.",
    "30 percent",
    { kind: "percent", value: 30 },
  ],
  [
    "a share of a whole",
    "Only 15 of 60 farms in the valley have agreed to take part.",
    "15 of 60",
    { kind: "fraction", value: 15, values: [15, 60], counts: "farms" },
  ],
  [
    "a share in words",
    "Canada scored from two of its three penalty corners, set plays awarded for fouls.",
    "two of its three",
    { kind: "fraction", value: 2, values: [2, 3], counts: "penalty corners" },
  ],
  [
    "a duration the tagger calls a date",
    "The most recent bloom lasted 41 days, and the beach stayed closed.",
    "41",
    { kind: "count", value: 41, counts: "days" },
  ],
  [
    "a plural the tagger calls a verb",
    "More than 120 volunteers in kayaks spread out across Lake Orrin.",
    "120",
    { kind: "count", value: 120, counts: "volunteers" },
  ],
  [
    "a count in words",
    "He pleaded guilty in August to three counts of first-degree theft.",
    "three",
    { kind: "count", value: 3 },
  ],
  [
    "a change from one figure to another",
    "Enrollment has fallen from 210 players to 175, a drop she blamed on the higher fees.",
    "fallen from 210 players to 175",
    { kind: "change", value: 175, values: [210, 175], counts: "players" },
  ],
  [
    "a change with a verb",
    "The number of bee species recorded on the verges rose from 12 to 19 over three summers.",
    "rose from 12 to 19",
    { kind: "change", value: 19, values: [12, 19] },
  ],
  [
    "a fall in places",
    "It was a sharp turnaround for a program that fell ten places in the world rankings.",
    "fell ten places",
    { kind: "change", value: 10, counts: "places" },
  ],
  [
    "a change from a past figure",
    "The hospital delivered 286 babies last year, down from about 400 a decade ago.",
    "down from about 400",
    { kind: "change", value: 400 },
  ],
  [
    "a range",
    "Between 20 and 25 women under its care are due after the closure.",
    "Between 20 and 25",
    { kind: "range", value: 20, values: [20, 25], counts: "women" },
  ],
  [
    "a range in words and digits",
    "Doctors recommend between eight and 10 hours of sleep for teenagers.",
    "between eight and 10",
    { kind: "range", value: 8, values: [8, 10], counts: "hours" },
  ],
  [
    "a fraction in words",
    "Because of the losses, the league raised registration fees by about a third, its president said.",
    "a third",
    { kind: "fraction", value: 1 / 3 },
  ],
  [
    "a fraction before “of”",
    "A third of the unit's nurses have left the hospital in the past two years.",
    "A third",
    { kind: "fraction", value: 1 / 3 },
  ],
  [
    "half of a whole",
    "The researchers surveyed 48 stretches across the city, half of which were left to grow.",
    "half",
    { kind: "fraction", value: 0.5 },
  ],
  [
    "a score",
    "Canada's women's team beat Argentina 3-1 on Sunday night in the semifinal.",
    "3-1",
    { kind: "score", value: 3, values: [3, 1] },
  ],
  [
    "a score written with “to”",
    "Goalkeeper Brianna Lefebvre made save after save as Argentina outshot Canada 14 to 6.",
    "14 to 6",
    { kind: "score", value: 14, values: [14, 6] },
  ],
  [
    "a vote written with “to”",
    "The board voted 7 to 2 to approve the new budget for the schools.",
    "7 to 2",
    { kind: "vote", value: 7, values: [7, 2] },
  ],
  [
    "a vote in a legislature",
    "The House passed the bill 230-197 after a long debate about the costs.",
    "230-197",
    { kind: "vote", value: 230, values: [230, 197] },
  ],
  [
    "pounds with a scale",
    "Severn Foods agreed to be bought by a Dutch food group for £1.2bn, ending its independence.",
    "£1.2bn",
    { kind: "money", value: 1.2, counts: "billion pounds" },
  ],
  [
    "euros with a scale",
    "The company said it would invest €3bn in new factories across the region.",
    "€3bn",
    { kind: "money", value: 3, counts: "billion euros" },
  ],
  // Asked as "How many dollars ...?", so its value is the whole amount.
  [
    "money in words with a scale",
    "The city will borrow 2.4 million dollars to repair the old bridge.",
    "2.4 million",
    { kind: "money", value: 2_400_000, counts: "dollars" },
  ],
  [
    "money in words with a scale, not asked",
    "The bridge, which cost 2.4 million dollars, opened in the rain.",
    "2.4 million dollars",
    { kind: "money", value: 2.4, counts: "million dollars" },
  ],
  [
    "pence",
    "Severn Foods' shares jumped 31% to 412p in early trading, close to the offer.",
    "412p",
    { kind: "money", value: 412, counts: "pence" },
  ],
  [
    "a percentage sign",
    "Severn Foods' shares jumped 31% to 412p in early trading, close to the offer.",
    "31%",
    { kind: "percent", value: 31 },
  ],
  [
    "a count with a unit before a noun",
    "Women should not have to gamble on the weather and a 50-mile drive, she said.",
    "50-mile",
    { kind: "count", value: 50, counts: "miles" },
  ],
  [
    "times",
    "Nadia Okonkwo-Hale scored twice, and the goalkeeper kept the lead safe.",
    "twice",
    { kind: "count", value: 2, counts: "times" },
  ],
  [
    "an age after a name",
    "Dale Hutchins, 46, a council member, voted against the plan for the farms.",
    "46",
    { kind: "count", value: 46, counts: "years of age" },
  ],
  [
    "a noun left out after “including”",
    "It employs 3,400 people in the UK, including about 1,100 at Tewford.",
    "1,100",
    { kind: "count", value: 1100, counts: "people" },
  ],
  [
    "a change with words between",
    "City officials said the average wait fell from 11 minutes on the phone to under two seconds online.",
    "fell from 11 minutes on the phone to under two",
    { kind: "change", value: 2, values: [11, 2] },
  ],
  [
    "a doubling",
    "Calls to the town's emergency line doubled overnight, mostly from drivers stuck on side roads.",
    "doubled",
    { kind: "change", value: 2, counts: "times" },
  ],
  [
    "an age limit",
    "Tickets cost eight euros, and children under 12 go free at the museum.",
    "under 12",
    { kind: "count", value: 12, counts: "age limit" },
  ],
  [
    "an age after “was”",
    "He died on Tuesday at his home in the city. He was 91. His daughter said he had been working.",
    "91",
    { kind: "count", value: 91, counts: "years of age" },
  ],
  [
    "an age in decades",
    "The two injured guests, a woman in her 60s and her adult son, were treated for smoke inhalation.",
    "60s",
    { kind: "count", value: 60, counts: "years of age" },
  ],
  [
    "a unit straight after the digits",
    "Storm Idris brought gusts of up to 85mph to the west coast, toppling trees onto power lines.",
    "85mph",
    { kind: "count", value: 85, counts: "miles per hour" },
  ],
  [
    "a frequency",
    "The spring tides come around twice a month and reach their peak at night.",
    "twice",
    { kind: "count", value: 2, counts: "times a month" },
  ],
  [
    "half of a unit",
    "Her nearest stop will be nearly half a mile from her apartment, she said.",
    "half a mile",
    { kind: "fraction", value: 0.5, counts: "mile" },
  ],
  [
    "an adverb inside the counted phrase",
    "The trade-off is that 14 lightly used routes will be cut or merged next year.",
    "14",
    { kind: "count", value: 14, counts: "lightly used routes" },
  ],
  [
    "capitalized plural nouns",
    "The act passed with the votes of 199 Republicans and 31 Democrats in the House.",
    "31",
    { kind: "count", value: 31, counts: "Democrats" },
  ],
  [
    "a noun from the figure before",
    "Elbe Wind employs about 14,000 people, 6,500 of them in Germany, the company said.",
    "6,500",
    { kind: "count", value: 6500, counts: "people" },
  ],
  [
    "a number inside a quotation",
    "“Eighteen months is less than he deserves, but at least it is something,” she said.",
    "Eighteen",
    { kind: "count", value: 18, counts: "months" },
  ],
];

describe("numbers and what they count", () => {
  it.each(cases)("%s: “%s”", (_, sentence, text, expected) => {
    const found = numbersOf(sentence).find((n) => n.text === text);
    expect(found, `numbers: ${JSON.stringify(numbersOf(sentence).map((n) => n.text))}`).toBeDefined();
    expect(found).toMatchObject(
      expected.value === undefined ? expected : { ...expected, value: expect.closeTo(expected.value, 3) },
    );
    expect(found!.certainty).toBeGreaterThan(0);
    expect(found!.certainty).toBeLessThanOrEqual(1);
  });

  it.each([
    ["a year", "The association has organized the cleanup since 2019, with help from the town."],
    ["a date's day", "Farmers have until March 14 to sign up for the program in the valley."],
    ["a time of day", "The first bell will move from 7:20 a.m. to 8:30 a.m. at the three schools."],
    ["a number in a name", "The crash closed Route 9 for most of the day, and the buses were late."],
    ["a bare pair with no vote or game", "Most of the staff there work a 9-5 shift during the week, the manager said."],
    ["“half” that is no share", "The second half was played in heavy rain, and the crowd went home early."],
    ["a vague quantity", "He had written dozens of checks to himself over the years, prosecutors said."],
    ["one of many", "One of the volunteers found a message in a bottle on the beach that morning."],
    ["a number in a league's name", "The result sent Halden Town tumbling down the League Two table after the match."],
  ])("no number for %s", (_, sentence) => {
    const texts = numbersOf(sentence).map((n) => n.text);
    expect(texts.filter((t) => !/^(?:three)$/.test(t))).toEqual([]);
  });

  it("keeps the capital of a name the tagger does not know, in the question too", () => {
    const numbers = numbersOf(
      "Pupils at Brook Lane School built the satellite Kestrel last year, and the team launched it in March.\n\nKestrel is three cubes long and weighs about four kilograms.",
    );
    expect(numbers.map((n) => n.question)).toContain("How many cubes long is Kestrel?");
  });

  it("asks only the numbers a question can be worded for; a vote is listed but not asked", () => {
    const text = `${LEAD}In October, the Heron Bay Town Council voted 5-2 to spend $86,000 on a program that pays farmers. The University of Oxford hired 2,000 new teachers last year.`;
    const result = extractArticle({ text, title: "Numbers" });
    if (!result.ok) throw new Error(result.message);
    const { numbers } = result.article.facts;
    expect(numbers.find((n) => n.text === "2,000")?.question).toBe(
      "How many new teachers did the University of Oxford hire last year?",
    );
    expect(numbers.find((n) => n.text === "5-2")?.question).toBeUndefined();
    const asked = buildPool(result.article, 1)
      .filter((q) => q.skill === "numbers")
      .flatMap((q) => q.facts);
    const id = (t: string) => numbers.find((n) => n.text === t)!.id;
    expect(asked).toContain(id("2,000"));
    expect(asked).not.toContain(id("5-2"));
  });

  it.each([
    [
      "two things counted together",
      "The research involved 8,550 boys and girls aged between ten and 16 from 26 state schools in Essex.",
      "8,550",
      "How many boys and girls did the research involve?",
    ],
    [
      "an approximate figure",
      "London has about 22,000 licensed cabs and Conyon estimates the total is higher.",
      "22,000",
      "About how many licensed cabs does London have?",
    ],
    [
      "a bound, not an amount",
      "The University of Oxford hired more than 2,000 new teachers last year.",
      "2,000",
      undefined,
    ],
    ["a ceiling, not an amount", "Mystery shoppers can earn up to £155 a day in London.", "£155", undefined],
    [
      "how many there are",
      "There are now an estimated 1,500 wolves in Poland.",
      "1,500",
      "About how many wolves are there now in Poland?",
    ],
    [
      "how many there are, done by someone",
      "There are about 50,000 mystery shopping trips carried out every month in the UK.",
      "50,000",
      "About how many mystery shopping trips are carried out every month in the UK?",
    ],
    [
      "how many there were",
      "In 1975, there were 100 wolves in the forest.",
      "100",
      "How many wolves were there in the forest in 1975?",
    ],
  ])("words the question as the article gives the figure: %s", (_, sentence, text, question) => {
    expect(numbersOf(sentence).find((n) => n.text === text)?.question).toBe(question);
  });
});
