/**
 * Texts a teacher pastes in the new-article specs, written for these tests
 * (not copied from anywhere): a short news story with people, roles,
 * organizations, places, numbers, dates and quotations, and generators for
 * long texts.
 */

export const HARBOR_TITLE = "Riverton Opens Floating Classroom on the Harbor";

export const HARBOR_STORY = `Riverton opened a floating classroom on its old harbor on Monday, giving students a place to study the river up close.

The project was led by Maria Okafor, the director of the Riverton Science Museum, and cost 2.4 million dollars. The barge can hold 40 students at a time, and the museum expects 6,000 visitors in the first year.

"A river is the best teacher we have," Okafor said at the opening ceremony. "Children learn more from one muddy afternoon than from a week of slides."

The idea came from Daniel Reyes, a biology teacher at Harbor High School, who first took his class onto a borrowed fishing boat in 2019. Reyes said the first trips were cramped but unforgettable.

"We counted 12 kinds of fish that morning, and nobody wanted to go back to the classroom," Reyes said.

The city council voted 7 to 2 in March to pay for part of the barge. City Council member Helen Brooks, who voted against the plan, warned that the costs of repairs could grow.

"I like the idea, but the city has to know what it will cost in ten years," Brooks said.

The museum says the classroom will be free for public schools in Riverton and will open to families on weekends. Okafor said the first lessons will follow the spring migration of herring up the river, which usually begins in April.

Students from Harbor High School will run a weekly water-testing program on the barge. The results will be posted online for anyone who wants to see how clean the river is.

At the end of the ceremony, Reyes thanked Mayor Sam Whitfield for the city's help. "This barge is a gift to every child in Riverton," he said.`;

/**
 * About `words` words of news-like sentences in paragraphs of five, varied
 * enough (a seeded choice of names, places, numbers and wording) that they
 * compress about as well as a real article, not a thousandfold.
 */
export function longArticle(words: number): string {
  const first = [
    "Ana",
    "Tomas",
    "Keiko",
    "Omar",
    "Lena",
    "Ravi",
    "Grace",
    "Pablo",
    "Ingrid",
    "Kwame",
    "Mei",
    "Diego",
    "Sofia",
    "Yusuf",
    "Hana",
    "Pieter",
  ];
  const last = [
    "Lima",
    "Berg",
    "Sato",
    "Haddad",
    "Vogel",
    "Nair",
    "Osei",
    "Ruiz",
    "Larsen",
    "Mensah",
    "Chen",
    "Alves",
    "Rossi",
    "Demir",
    "Kato",
    "Smit",
  ];
  const places = [
    "Lisbon",
    "Oslo",
    "Osaka",
    "Cairo",
    "Munich",
    "Chennai",
    "Accra",
    "Seville",
    "Bergen",
    "Kumasi",
    "Porto",
    "Izmir",
    "Nagoya",
    "Utrecht",
    "Pune",
    "Malmo",
  ];
  const things = [
    "bridges",
    "schools",
    "parks",
    "bus lines",
    "libraries",
    "clinics",
    "wells",
    "bike lanes",
    "markets",
    "ferries",
    "playgrounds",
    "water pipes",
  ];
  const verbs = [
    "measured",
    "counted",
    "studied",
    "mapped",
    "visited",
    "repaired",
    "tested",
    "photographed",
    "surveyed",
    "cleaned",
  ];
  const moods = ["careful", "surprising", "slow", "promising", "worrying", "steady", "uneven", "encouraging"];
  // mulberry32: a small seeded generator, so every run pastes the same text.
  let state = 12345;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]) => list[n(list.length)]!;
  const syllables = [
    "ka",
    "lo",
    "mi",
    "ten",
    "sa",
    "ru",
    "vel",
    "do",
    "ni",
    "bar",
    "ko",
    "lin",
    "ta",
    "mor",
    "e",
    "fi",
  ];
  // Invented surnames: real articles name many different people.
  const surname = () => {
    const word = Array.from({ length: 2 + n(2) }, () => pick(syllables)).join("");
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const who = `${pick(first)} ${n(3) === 0 ? pick(last) : surname()}`;
    const place = pick(places);
    const kind = n(5);
    const sentence =
      kind === 0
        ? `${who}, a researcher at the University of ${place}, said the team ${pick(verbs)} ${n(900) + 12} ${pick(things)} in ${place} last year.`
        : kind === 1
          ? `"The results were ${pick(moods)}, and we ${pick(verbs)} the ${pick(things)} every ${n(9) + 2} days," ${who.split(" ")[1]} said.`
          : kind === 2
            ? `In ${1950 + n(70)}, the city of ${place} spent ${n(90) + 3} million dollars on ${pick(things)} and ${pick(things)}.`
            : kind === 3
              ? `The report found that ${n(95) + 3} percent of families in ${place} used the ${pick(things)} at least ${n(5) + 2} times a week.`
              : `Officials in ${place} ${pick(verbs)} ${n(60) + 4} ${pick(things)} after a ${pick(moods)} winter, according to ${who}.`;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
  return paragraphs.join("\n\n");
}

export const PIER_TITLE = "Storm Tears Away Part of Gull Point Pier";

/**
 * A story in the style of the gold set (lib/extract/gold), with a fact the
 * extractor misses: a quotation in single quotation marks, as British papers
 * print them. The teacher adds it by hand.
 */
export const PIER_STORY = `A winter storm tore away a third of the old pier at Gull Point on Thursday night, leaving the town's ferry to Tern Island without a place to dock.

Ines Carvalho, the harbor master of Gull Point, said the crossing would stop until the pier was repaired. ‘We will have the ferry running again by the first week of May,’ Carvalho told the town's radio station.

The town council met on Friday and agreed to spend $480,000 on repairs. Council member Peter Lindqvist voted for the plan but asked for a second survey of the older pilings.

"Half of that pier is older than my grandfather," Lindqvist said. "We should know what we are standing on."

Nora Steen, who runs the ferry company Tern Lines, said her crews would carry mail and medicine to the island in a smaller boat until then. "Nobody on Tern Island will be cut off," Steen said.

A dozen fishing boats moved to the harbor at Wren Cove while the work goes on. Owners there said the move adds an hour to every trip.

Divers from Tern Lines will inspect the pilings next week. Tomas Berg, the company's chief diver, said two of the oldest pilings had cracked in the storm.`;
