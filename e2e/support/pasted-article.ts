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

The city council voted 7 to 2 in March to pay for part of the barge. Council member Helen Brooks, who voted against the plan, warned that the costs of repairs could grow.

"I like the idea, but the city has to know what it will cost in ten years," Brooks said.

The museum says the classroom will be free for public schools in Riverton and will open to families on weekends. Okafor said the first lessons will follow the spring migration of herring up the river, which usually begins in April.

Students from Harbor High School will run a weekly water-testing program on the barge. The results will be posted online for anyone who wants to see how clean the river is.

At the end of the ceremony, Reyes thanked Mayor Sam Whitfield for the city's help. "This barge is a gift to every child in Riverton," he said.`;

/** About `words` words of varied, news-like sentences, in paragraphs of five sentences. */
export function longArticle(words: number): string {
  const names = ["Ana Lima", "Tomas Berg", "Keiko Sato", "Omar Haddad", "Lena Vogel", "Ravi Nair", "Grace Osei", "Pablo Ruiz"];
  const places = ["Lisbon", "Oslo", "Osaka", "Cairo", "Munich", "Chennai", "Accra", "Seville"];
  const sentences: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const name = names[i % names.length]!;
    const place = places[(i * 3) % places.length]!;
    const sentence =
      i % 4 === 0
        ? `${name}, a researcher at the University of ${place}, said the survey covered ${100 + i} schools in ${place}.`
        : i % 4 === 1
          ? `"We measured the water every ${i % 7 + 2} days," ${name.split(" ")[1]} said.`
          : i % 4 === 2
            ? `In ${1990 + (i % 30)}, the city of ${place} spent ${i + 3} million dollars on new bridges and parks.`
            : `The report found that ${i % 90 + 5} percent of families in ${place} walked to school at least twice a week.`;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
  return paragraphs.join("\n\n");
}
