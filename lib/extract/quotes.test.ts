/**
 * Quotations and their speakers, in every reporting pattern of the gold set
 * (lib/extract/gold) and the OneStopQA corpus; unnamed speakers, whose words
 * must never be given to the person named just before them.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../article/types";
import { buildPool } from "../quiz";
import { schemaProblems } from "./extract.test";
import { extractArticle } from "./index";

function extract(text: string): Article {
  const result = extractArticle({ text, title: "Quotes" });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}
const speakerOf = (article: Article, quoteText: string) => {
  const quote = article.facts.quotes.find((q) => q.text.startsWith(quoteText));
  const unnamed = article.facts.unnamedQuotes?.find((q) => q.text.startsWith(quoteText));
  if (quote) return article.facts.people.find((p) => p.id === quote.speaker)?.name;
  return unnamed ? `unnamed: ${unnamed.speaker}` : undefined;
};

const cases: [string, string, string, string][] = [
  [
    "“...,” said Dr. X (the issue's story)",
    "“The cheapest phosphorus to deal with is the phosphorus that never reaches the lake,” said Dr. Priya Raman, who spoke in favor of the plan.",
    "The cheapest phosphorus",
    "Priya Raman",
  ],
  [
    "“...,” said Coach X",
    "“We talked about staying patient,” said Coach Dana Whitcombe. “They had the ball more, but we had the better chances.”",
    "They had the ball more",
    "Dana Whitcombe",
  ],
  [
    "“...,” said a role word and X",
    "“We've been knocking on the door for weeks and today it finally opened,” said Brockford manager Kieran Sowerby.",
    "We've been knocking",
    "Kieran Sowerby",
  ],
  [
    "“...,” said the role, X",
    "“People forget that this was a factory,” said the museum’s curator, Mary-Kate O’Neill, as she walked visitors past rows of barrels.",
    "People forget",
    "Mary-Kate O’Neill",
  ],
  [
    "“...,” someone’s role, X said",
    "“We are very proud of this project,” Morocco’s environment minister, Hakima el-Haite said. “I think it is the most important solar plant in the world.”",
    "I think it is",
    "Hakima el-Haite",
  ],
  [
    "“...,” the role, X, said",
    "Angela Erdmann lives in Rabat.\n\n“We are very proud of this project,” the environment minister, Hakima el-Haite, said.",
    "We are very proud",
    "Hakima el-Haite",
  ],
  [
    "“...,” Title X told someone",
    "“We are not doing this because we think kids need less school,” Superintendent Lorraine Beaudry told the board before the vote.",
    "We are not doing this",
    "Lorraine Beaudry",
  ],
  [
    "“...,” particles and surname said",
    "Its chief executive, Luis de la Vega, said the deal would save money.\n\n“We are not buying Severn to close it,” de la Vega said.",
    "We are not buying",
    "Luis de la Vega",
  ],
  [
    "“...,” hyphenated particle and surname says",
    "“The plant will open next year,” said Maha el-Kadiri, a spokeswoman for the agency. “It is a big step for the region,” el-Kadiri says.",
    "It is a big step",
    "Maha el-Kadiri",
  ],
  [
    "“...,” according to Dr X",
    "“It is a clear and encouraging result, but three summers is a short time,” according to Dr Tom Reyes, an entomologist at Harrowgate University.",
    "It is a clear",
    "Tom Reyes",
  ],
  [
    "X told the paper, then another sentence of the same quotation",
    "“He asked me to read the first paragraph twice,” Priscilla Van Doren told the Marlow Falls Herald. “For six years he has been telling anyone who would listen that he didn’t do this.”",
    "For six years",
    "Priscilla Van Doren",
  ],
  [
    "a quotation split by its attribution",
    "Katrin Vollmer runs the company. “This is a painful day,” Katrin Vollmer, Elbe Wind’s chief executive, told analysts, “but we are fixing this problem at its root.”",
    "but we are fixing",
    "Katrin Vollmer",
  ],
  [
    "continued in the next paragraph",
    "“Mr. Ruiz, you were trusted with money that belonged to children,” said Judge Harriet M. Coyle. “The court has read the letters from your family.\n\n“But being sorry does not pay back the parents who covered the shortfall.”",
    "But being sorry",
    "Harriet M. Coyle",
  ],
  [
    "the title alone, for the only person with that title",
    "Judge Harriet M. Coyle of Linn Valley Circuit Court sided with the prosecution.\n\n“Mr. Ruiz, you were trusted with money that belonged to children,” the judge said from the bench.",
    "Mr. Ruiz, you were trusted",
    "Harriet M. Coyle",
  ],
  [
    "X, role, said: “...”",
    "Rob Yarrell, national manager of the National Aquarium of New Zealand, said: “Octopuses are famous escape artists.”",
    "Octopuses are famous",
    "Rob Yarrell",
  ],
  [
    "a sentence opened by its speaker, ending with a colon",
    "Students were in favor. Amara Nwosu, a junior at Eastfield High School, had posted on social media before the vote: “Some of us are up at 5:45 to catch the bus.”",
    "Some of us are up",
    "Amara Nwosu",
  ],
  [
    "a short phrase after a reporting verb",
    "State Sen. Rosalind Baptiste, whose district includes Hollis Ford, called the closure “a failure of planning” and asked lawmakers for money.",
    "a failure of planning",
    "Rosalind Baptiste",
  ],
  [
    "a phrase quoted in reported speech",
    "District Attorney Gregory Lamb said his office was “reviewing the decision carefully” and had not decided.",
    "reviewing the decision carefully",
    "Gregory Lamb",
  ],
  [
    "described as, after an appositive name",
    "Halden fell ten places after a defeat their manager, Gary Pemberton, described as “the worst 90 minutes since I walked through the door”.",
    "the worst 90 minutes",
    "Gary Pemberton",
  ],
  [
    "an unnamed speaker after a named woman",
    "State Sen. Rosalind Baptiste called the closure a mistake.\n\nA spokeswoman for the hospital said the decision was final. “We would love to reopen the unit if the staffing picture changes,” she said.",
    "We would love to reopen",
    "unnamed: A spokeswoman for the hospital",
  ],
  [
    "an unnamed speaker who asked not to be named",
    "Broussard said her client would not appeal. A mother whose two sons play in the league, who asked not to be named, said the sentence felt fair.\n\n“Eighteen months is less than he deserves, but at least it’s something,” she said.",
    "Eighteen months is less",
    "unnamed: A mother whose two sons play in the league",
  ],
  [
    "a possessive unnamed speaker after a named woman",
    "“People wrote us off,” Nadia Okonkwo-Hale said.\n\nArgentina’s coach, speaking through an interpreter, blamed the field. “The surface was dry and slow, so our short passing did not work,” she said.",
    "The surface was dry",
    "unnamed: Argentina’s coach",
  ],
  [
    "the spokesman met before",
    "A spokesman for Castlemere City Council said the trial had saved money.\n\n“We have listened to residents, and we will keep a neat edge along the footpath,” the spokesman said.",
    "We have listened",
    "unnamed: A spokesman for Castlemere City Council",
  ],
  [
    "an unnamed speaker's phrase at the end of reported speech",
    "Dr. Naomi Threlkeld said the outbreak was serious. A spokeswoman for the hospital said visitors to the ward would be limited to two per patient “until we are confident the outbreak is under control”.",
    "until we are confident",
    "unnamed: A spokeswoman for the hospital",
  ],
  [
    "an organization that speaks",
    "Mayor Lena Ortiz backed the cap. Roaring Fork Rentals, which manages about 60 properties in Silver Fork, said in a statement that it was “reviewing all options, including legal ones.”",
    "reviewing all options",
    "unnamed: Roaring Fork Rentals",
  ],
  [
    "a worker at the hotel",
    "Maria Lopez owns the hotel. “We've got people sleeping in the lobby,” said a night clerk at the Lakeview Motel, who asked not to be named.",
    "We've got people",
    "unnamed: a night clerk at the Lakeview Motel",
  ],
];

describe("quotations whose speaker cannot be told", () => {
  it("gives “she said” to nobody after two women, one named by her surname at the sentence's start", () => {
    const article = extract(
      "Renata Osei-Bonsu, who leads the transit board, said riders would gain. Beatrice Kamara, a cleaner, said she would lose her stop.\n\nOsei-Bonsu acknowledged that the plan would be hardest on riders like Kamara. “No network can put a stop outside every door,” she said.",
    );
    expect(speakerOf(article, "No network")).toBeUndefined();
  });
});

describe("quotations and their speakers", () => {
  it.each(cases)("%s", (_, text, quote, speaker) => {
    const article = extract(text);
    expect(
      speakerOf(article, quote),
      JSON.stringify({ quotes: article.facts.quotes.map((q) => q.text), unnamed: article.facts.unnamedQuotes }),
    ).toBe(speaker);
    expect(schemaProblems(article)).toEqual([]);
    for (const q of [...article.facts.quotes, ...(article.facts.unnamedQuotes ?? [])])
      expect(article.body.slice(q.evidence.start, q.evidence.end)).toContain(q.text);
  });

  it.each([
    [
      "a nickname",
      "Goalkeeper Brianna Lefebvre, known to her teammates as “the Vault”, made a string of saves, the coach said.",
      "the Vault",
    ],
    [
      "a title of a book",
      "“The Salt Orchard,” by the Galway-born writer Niamh Cassidy-Ortiz, was named the winner at a ceremony in Dublin.",
      "The Salt Orchard",
    ],
    [
      "a cited term",
      "Investigators once called the marks “pour patterns” and treated them as proof that gasoline had been spilled.",
      "pour patterns",
    ],
  ])("keeps %s out of quotations", (_, text, phrase) => {
    const article = extract(text);
    const all = [...article.facts.quotes, ...(article.facts.unnamedQuotes ?? [])].map((q) => q.text);
    expect(all.filter((q) => q.includes(phrase))).toEqual([]);
  });

  it("never asks who said an unnamed speaker's words", () => {
    const article = extract(cases.find(([name]) => name === "an unnamed speaker after a named woman")![1]);
    const unnamed = article.facts.unnamedQuotes![0]!;
    const asked = buildPool(article, 1).filter((q) => q.type === "quote-attribution");
    for (const q of asked) expect(q.prompt).not.toContain(unnamed.text.slice(0, 20));
  });
});
