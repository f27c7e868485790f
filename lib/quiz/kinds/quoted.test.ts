/** The quotation kinds: who may be offered as a speaker, and the proof of who said it. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../extract";
import { buildPool, type ChoiceQuestion } from "../index";
import { sentenceText } from "../../text";
import { quotedPrompt } from "./quote-attribution";
import { seedArticle } from "../fixtures/seed";

const text = [
  "Angela Erdmann received the message on Tuesday in Berlin. Her grandfather, Richard Platz, threw the bottle into the sea in 1913.",
  "The bottle was found by Konrad Fischer, a fisherman. Holger von Neuhoff, curator for ocean and science at the museum, said the message was the oldest he had come across. “It is in extremely good condition,” he said.",
  "“It was very surprising to get a letter from the sea,” Angela Erdmann said. Mayor Anna Lund said the town would put the bottle on show next year. “We are proud of it and of the fishermen who found it,” said Lund.",
].join("\n\n");
const result = extractArticle({ text, title: "A message in a bottle" });
if (!result.ok) throw new Error(result.message);
const article = result.article;
const pool = buildPool(article, 1);
const whoSaid = pool.filter((q): q is ChoiceQuestion => q.type === "quote-attribution");
const quoteStatements = pool.filter(
  (q): q is ChoiceQuestion =>
    q.type === "true-false" && q.facts!.some((f) => article.facts.quotes.some((x) => x.id === f)),
);
const condition = (q: ChoiceQuestion) => q.prompt.includes("extremely good condition");

describe("who said", () => {
  it("offers as wrong answers only people the article quotes, never someone only mentioned", () => {
    expect(whoSaid.length).toBeGreaterThan(0);
    for (const q of whoSaid) {
      expect(q.options).not.toContain("Konrad Fischer");
      expect(q.options).not.toContain("Richard Platz");
    }
  });

  it("proves “…,” he said with the sentence that names him too", () => {
    const q = whoSaid.find(condition)!;
    expect(q.options[q.answer]).toBe("Holger von Neuhoff");
    expect(sentenceText(article.body, q.evidence)).toBe(
      "Holger von Neuhoff, curator for ocean and science at the museum, said the message was the oldest he had come across. “It is in extremely good condition,” he said.",
    );
  });

  it.each([
    ["Who said", "It is old", "Who said “It is old”?"],
    ["Who said", "Why would they?", "Who said “Why would they?”"],
    ["Who said", "Never again!", "Who said “Never again!”"],
  ])("%s “%s” reads %s", (lead, words, prompt) => {
    expect(quotedPrompt(lead, words)).toBe(prompt);
  });
});

describe("the proof of who said a quotation", () => {
  const told = extractArticle({
    text: [
      "Angela Erdmann received the message on Tuesday in Berlin. “It came from my grandfather,” Erdmann said. She said she was moved by it.",
      "“I knew very little about him, but he was a writer,” she said. “He did a lot for the young and later traveled with his two daughters.”",
      "Mayor Anna Lund said the town would keep the bottle. “We are proud of it,” said Lund.",
    ].join("\n\n"),
    title: "A message in a bottle",
  });
  if (!told.ok) throw new Error(told.message);
  const { body } = told.article;

  it("goes back through “she said” to the sentence that names her", () => {
    const q = buildPool(told.article, 1).find((x) => x.type === "true-false" && x.prompt.includes("He did a lot"))!;
    expect(q).toBeDefined();
    expect(q.evidence.map((span) => body.slice(span.start, span.end))).toEqual([
      "“He did a lot for the young and later traveled with his two daughters.”",
      "“I knew very little about him, but he was a writer,” she said.",
      "“It came from my grandfather,” Erdmann said.",
    ]);
  });
});

describe("the proof of a long quotation", () => {
  const long = extractArticle({
    text: [
      "Mayor Anna Lund spoke at the harbor on Monday.",
      "Clay Cockrell, a therapist in New York, said that a common mistake that many of his wealthy clients make is letting their money define them. “I don’t think it’s healthy to discount your problems. If you are part of the 1%, you still have problems. Even when you say ‘I don’t have to struggle for money’, there are other parts of your life. Money is not the only thing that defines you,” he said. “Your problems are real.”",
      "“We are proud of the harbor,” said Lund.",
    ].join("\n\n"),
    title: "Money talks",
  });
  if (!long.ok) throw new Error(long.message);
  const { body } = long.article;

  it("goes back past four sentences of it to the sentence that names the speaker", () => {
    const q = buildPool(long.article, 1).find(
      (x) => x.type === "true-false" && x.prompt.includes("Your problems are real"),
    );
    expect(q).toBeDefined();
    expect(q!.evidence.map((span) => body.slice(span.start, span.end)).at(-1)).toMatch(/^Clay Cockrell, a therapist/);
  });
});

describe("a speaker's position", () => {
  it("is proved by the sentence that names the speaker too, not the quotation alone", () => {
    const seed = seedArticle();
    const q = buildPool(seed, 1).find((x) => x.id === "speaker-position:who:pos-wang-sharing")!;
    expect(sentenceText(seed.body, q.evidence)).toContain("said Wang");
  });
});

describe("true or false: who said it", () => {
  it("is a question of reading, true or false alike, where the quotation's sentence says only “he said”", () => {
    const about = quoteStatements.filter(condition);
    expect(about.map((q) => q.answer).sort()).toEqual([0, 1]);
    for (const q of about) expect(q.level).toBe("literal");
  });

  it("is scanning where the quotation's own sentence names the speaker", () => {
    const named = quoteStatements.filter((q) => q.prompt.includes("proud of it"));
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) expect(q.level).toBe("scan");
  });
});
