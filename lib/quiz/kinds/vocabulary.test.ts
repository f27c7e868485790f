/** Vocabulary: the part of its sentence a word is asked in. Cases are the ones a teachers' panel marked down. */
import { describe, expect, it } from "vitest";
import { phraseAround } from "./vocabulary";

const around = (sentence: string, term: string) => {
  const start = sentence.indexOf(term);
  return phraseAround(sentence, start, start + term.length);
};

describe("phraseAround", () => {
  it.each([
    ["a short sentence whole", "An octopus has made a brazen escape.", "brazen", "An octopus has made a brazen escape"],
    [
      "not cut inside a name",
      "Bolivia has obtained a special exemption from the 1961 Single Convention on Narcotic Drugs, allowing its people to chew coca leaves.",
      "obtained",
      "Bolivia has obtained a special exemption from the 1961 Single Convention on Narcotic Drugs…",
    ],
    [
      "not cut inside a compound",
      "Well, try to ensure that your would-be Olympian or World Cup winner is born in the autumn, a study suggests.",
      "ensure",
      "Well, try to ensure that your would-be Olympian or World Cup winner…",
    ],
    [
      "not cut after a word that needs the next",
      "A row with wide-ranging implications for global drugs policy has erupted over the right of Bolivia’s indigenous Indian population to chew coca leaves.",
      "erupted",
      "…wide-ranging implications for global drugs policy has erupted over the right of Bolivia’s indigenous Indian population…",
    ],
    [
      "not across a bracket",
      "It would improve cognitive performance, exam results and students’ health (sleep deprivation is linked to obesity).",
      "cognitive",
      "It would improve cognitive performance, exam results and students’ health",
    ],
    [
      "not across the end of a quotation",
      "“The Bolivian move is inspirational and groundbreaking,” said Danny Kushlick, Head of External Affairs at Transform.",
      "groundbreaking",
      "The Bolivian move is inspirational and groundbreaking",
    ],
    [
      "marked as cut when it opens after a bracket mid-sentence, on a small letter",
      "The International Narcotics Control Board (INCB), which monitors implementation of the UN drugs conventions, said it regretted the decision.",
      "implementation",
      "…which monitors implementation of the UN drugs conventions, said it regretted the decision",
    ],
    [
      "ended at the speaker's own pause",
      "“It was an exciting glimpse into a new field for me… and having previously lived in China as a student, it was a chance to see the country.”",
      "glimpse",
      "It was an exciting glimpse into a new field for me…",
    ],
    [
      "without the sentence's own question mark",
      "So why not have the boss start at 10am and the teenage intern or apprentice be encouraged to turn up at 11am?",
      "apprentice",
      "…at 10am and the teenage intern or apprentice be encouraged to turn up at 11am",
    ],
  ])("%s", (_, sentence, term, expected) => {
    expect(around(sentence, term)).toBe(expected);
  });
});
