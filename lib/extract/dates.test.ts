/**
 * Dates and times as news stories write them, each with the preposition as
 * written and what it dates. Sentences from the gold set (lib/extract/gold).
 */
import { describe, expect, it } from "vitest";
import type { DateFact } from "../article/types";
import { ASKED_FROM_CERTAINTY } from "../facts";
import { extractArticle } from "./index";

const LEAD = "Maria Lopez wrote this report on the town for the readers of the paper.\n\n";
function datesOf(sentence: string): DateFact[] {
  const result = extractArticle({ text: `${LEAD}${sentence}`, title: "Dates" });
  if (!result.ok) throw new Error(result.message);
  return result.article.facts.dates;
}

const cases: [string, string, string, string | undefined][] = [
  [
    "a weekday",
    "More than 120 volunteers spread out across Lake Orrin on Saturday, hauling tires off the shores.",
    "Saturday",
    "on",
  ],
  [
    "since a year",
    "The Heron Bay Lake Association has organized the cleanup since 2019, and organizers were pleased.",
    "2019",
    "since",
  ],
  [
    "a month, capitalized preposition",
    "In October, the Heron Bay Town Council voted to spend money on a program for farmers.",
    "October",
    "In",
  ],
  ["a day of a month", "Farmers have until March 14 to sign up for the program in the valley.", "March 14", "until"],
  [
    "last week",
    "Hollis Ford Regional Hospital announced last week that it would close its labor unit.",
    "last week",
    undefined,
  ],
  [
    "years ago",
    "It was a sharp turnaround for a program that fell in the rankings two years ago after losing its funding.",
    "two years ago",
    undefined,
  ],
  [
    "a decade",
    "Two species of mining bee had not been recorded in the city since the 1980s, the study said.",
    "the 1980s",
    "since",
  ],
  [
    "a part of a weekday",
    "About 40 parents crowded into the hospital cafeteria on Monday night for a meeting.",
    "Monday night",
    "on",
  ],
  [
    "a possessive weekday",
    "Canada will play Belgium for a place at the world championship in Wednesday’s final.",
    "Wednesday’s",
    "in",
  ],
  [
    "a season",
    "The new schedule means the high schools will start later next fall, the board said.",
    "next fall",
    undefined,
  ],
  ["a time of day", "A woman might arrive in labor at 2 a.m. and find nobody trained to help her.", "2 a.m.", "at"],
  [
    "a clock time without am or pm",
    "A kid who finishes practice at 6:30 and then works a shift has homework to do.",
    "6:30",
    "at",
  ],
  [
    "an hour in words",
    "I have three children at different schools, and I leave for work at seven, she said.",
    "seven",
    "at",
  ],
  [
    "a span of times",
    "The board voted on Tuesday night to push the first bell from 7:20 a.m. to 8:30 a.m. this year.",
    "7:20 a.m. to 8:30 a.m.",
    "from",
  ],
  [
    "a span of years",
    "Prosecutors said he moved money from the accounts into his own between 2019 and 2022, using it for cards.",
    "2019 and 2022",
    "between",
  ],
  [
    "the end of a month",
    "The district will publish the new bus routes by the end of May, officials said.",
    "the end of May",
    "by",
  ],
  [
    "the past years",
    "The company has cut about 400 jobs over the past two years, and more may go.",
    "the past two years",
    "over",
  ],
  [
    "a future span",
    "“In two or three years this company would have been worth far more,” she said.",
    "two or three years",
    "In",
  ],
  [
    "years ago, capitalized",
    "“Twenty years ago you couldn’t have paid an otter to live here,” the ranger said.",
    "Twenty years ago",
    undefined,
  ],
  [
    "before an event",
    "Kowalski had doubled his insurance coverage two months before the fire, prosecutors said.",
    "two months before",
    undefined,
  ],
  [
    "a minute of a match",
    "Brockford went ahead in the 11th minute when Jordan Okwu rose to head in a corner.",
    "the 11th minute",
    "in",
  ],
  [
    "a half of a match",
    "Prescott made it 2-0 just before half-time with a low shot from 20 yards.",
    "half-time",
    "before",
  ],
  [
    "a season after “the”",
    "The museum will hold its first concerts over the summer, the curator said.",
    "the summer",
    "over",
  ],
  [
    "plural weekdays",
    "The school board voted to drop Fridays from the calendar starting next August.",
    "Fridays",
    undefined,
  ],
  [
    "a capitalized today",
    "“For six years he has been telling anyone who would listen. Today a court finally listened.”",
    "Today",
    undefined,
  ],
  [
    "a month after “for”",
    "The lake is still unusually warm for December, so the snow bands can sit over the same towns.",
    "December",
    "for",
  ],
  [
    "a frequency",
    "The charity said it would take water samples every fortnight in order to check the figures.",
    "every fortnight",
    undefined,
  ],
  [
    "this morning",
    "“We're lucky this is not a very different story this morning,” the fire chief said.",
    "this morning",
    undefined,
  ],
  [
    "the year before",
    "The company spilled sewage 87 times last year, up from 61 times the year before, the charity said.",
    "the year before",
    undefined,
  ],
  [
    "an hour of the night in words",
    "I believe the girls I sat with in the emergency room at three in the morning, she told the House.",
    "three in the morning",
    "at",
  ],
  [
    "a span in a clause about the future",
    "“We just want them to still be here in ten years,” she said of the otters on the river.",
    "ten years",
    "in",
  ],
  [
    "a year as a deadline",
    "The company plans to save the money, mostly from combining buying and transport, by 2027.",
    "2027",
    "by",
  ],
];

describe("dates and times", () => {
  it.each(cases)("%s: “%s”", (_, sentence, text, preposition) => {
    const found = datesOf(sentence).find((d) => d.text === text);
    expect(found, `dates: ${JSON.stringify(datesOf(sentence).map((d) => d.text))}`).toBeDefined();
    expect(found!.preposition).toBe(preposition);
    expect(found!.describes.trim()).not.toBe("");
  });

  it("says what the date dates, sure enough to ask, when one clause holds it", () => {
    const [date] = datesOf("The museum opened its new wing to visitors on Saturday.");
    expect(date).toMatchObject({
      text: "Saturday",
      preposition: "on",
      describes: "the museum opened its new wing to visitors",
    });
    expect(date!.certainty).toBeGreaterThanOrEqual(ASKED_FROM_CERTAINTY);
  });

  it.each([
    ["Calmer weather is expected by Wednesday, forecasters said.", "calmer weather is expected"],
    ["Bookshops in Ennis had sold out by Friday.", "bookshops in Ennis had sold out"],
  ])("says what “%s” dates without a capital mid-question", (sentence, describes) => {
    expect(datesOf(sentence)[0]?.describes).toBe(describes);
  });

  it("lists a date with two dates in its sentence, or in a quotation, for review only", () => {
    const dates = datesOf(
      "Hollis Ford Regional Hospital announced last week that it would close its labor unit on June 30.",
    );
    expect(dates.map((d) => d.text)).toEqual(["last week", "June 30"]);
    for (const d of dates) expect(d.certainty).toBeLessThan(ASKED_FROM_CERTAINTY);
    expect(dates[0]!.describes).toBe("Hollis Ford Regional Hospital announced");
  });

  it.each([
    ["“May” the verb", "The council may decide to close the beach again if the water is unsafe."],
    ["“spring” the verb", "Volunteers spring into action whenever the water turns green in the bay."],
    ["a word hour that counts", "The program began at three schools and will move to five more next door."],
    ["a price", "Tickets cost £2.50 at the door, and children under five go free of charge."],
    ["a span a thing took", "The teacher said she had moved three times in two years because landlords kept selling."],
  ])("no date for %s", (_, sentence) => {
    expect(
      datesOf(sentence)
        .map((d) => d.text)
        .filter((t) => !/next door/.test(t)),
    ).toEqual([]);
  });
});
