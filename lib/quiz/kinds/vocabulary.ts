/**
 * Vocabulary in context: "What does “brazen” mean in “An octopus has made a
 * brazen escape”?" The wrong options are other meanings: other senses of
 * the word, or meanings of words that could stand in the same place
 * (written with the fact), never the meanings of the article's other words.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { needsNextWord, wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type QuestionKind } from "./kind";

const words = (text: string) => text.trim().split(/\s+/).length;

const isCapitalized = (word: string) => /^[“"‘(]?\p{Lu}/u.test(word);
/** A word a reader can stop after: a clause's end, or the speaker's own "…" ("a new field for me… and having"). */
const endsClause = (word: string) => /[,;:.!?…]$/.test(word);

/**
 * About `each` words either side of [start, end) within the sentence, marked
 * "…" where cut. It never crosses a quotation mark or a bracket (a snippet
 * that opens inside a quotation and closes it reads garbled), and it ends
 * where a reader can stop: at a comma close by, not on "the" or "of", not
 * inside a name ("Narcotic…") or before the noun a name describes ("World Cup…").
 */
export function phraseAround(sentence: string, start: number, end: number, each = 7): string {
  let lo = 0;
  let hi = sentence.length;
  for (const mark of sentence.matchAll(/[“”"()]/g)) {
    if (mark.index < start) lo = mark.index + 1;
    else if (mark.index >= end && hi === sentence.length) hi = mark.index;
  }
  const tokens = [...sentence.slice(lo, hi).matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    from: lo + m.index,
    to: lo + m.index + m[0].length,
  }));
  if (tokens.length === 0) return sentence.slice(start, end);
  const first = Math.max(
    0,
    tokens.findIndex((t) => t.to > start),
  );
  const lastOfTerm = tokens.findLastIndex((t) => t.from < end);
  let left = Math.max(0, first - each);
  let right = Math.min(tokens.length - 1, Math.max(first, lastOfTerm) + each);
  // The speaker's own pause after the word is where the phrase ends ("a new field for me… and having").
  const pause = tokens.findIndex((t, i) => i >= Math.max(first, lastOfTerm) && i < right && /…$/.test(t.text));
  if (pause >= 0) right = pause;
  else {
    // A clause that ends within a few words is worth finishing.
    const clauseEnd = tokens.findIndex((t, i) => i > right && i <= right + 4 && endsClause(t.text));
    if (clauseEnd > 0) right = clauseEnd;
    else if (right + 4 >= tokens.length - 1) right = tokens.length - 1;
  }
  for (let extra = 0; extra < 4 && right < tokens.length - 1; extra++) {
    const last = tokens[right]!.text;
    if (endsClause(last)) break;
    if (!needsNextWord(last) && !isCapitalized(last)) break;
    right++;
  }
  // Nor start on a word cut from the name before it.
  while (
    left > 0 &&
    left > first - each - 3 &&
    isCapitalized(tokens[left]!.text) &&
    isCapitalized(tokens[left - 1]!.text) &&
    !endsClause(tokens[left - 1]!.text)
  )
    left--;
  const text = sentence
    .slice(tokens[left]!.from, tokens[right]!.to)
    .replace(/^[“”"‘’(,;:–—-]+\s*/, "")
    .replace(/[\s,;:.!?…”"’–—-]+$/, "");
  // A snippet that opens after a bracket or quotation mark mid-sentence, on a small letter ("(INCB), which
  // monitors …"), was cut too; one that opens a clause of its own ("“The Bolivian move is …”") was not.
  const cutBefore = left > 0 || (/^\p{Ll}/u.test(text) && /[\p{L}\d]/u.test(sentence.slice(0, tokens[left]!.from)));
  return `${cutBefore ? "…" : ""}${text}${right < tokens.length - 1 ? "…" : ""}`;
}

export const vocabulary: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("vocabulary"),
  level: "vocabulary",
  inDefaultDraw: true,
  maxShare: 0.2,
  generate(ctx) {
    const entries = ctx.article.facts.vocabulary ?? [];
    const { body } = ctx.article;
    return defined(
      entries.map((entry) => {
        const id = questionId("vocabulary", entry.definedInText ? "defined" : "meaning", [entry.id]);
        const rng = ctx.rngFor(id);
        const answer = entry.meaning.trim();
        const length = words(answer);
        const fits = (m: string) =>
          Math.abs(words(m) - length) <= Math.max(2, length * 0.6) && wordSimilarity(m, answer) < 0.5;
        // Only meanings written for this word (other senses, words that could stand in its place). The article's
        // other words' meanings read as what they are, borrowed ("a business that sells to the public" for
        // "obstacle"), and a teacher's panel marked them down: too few left, no question.
        const own = (entry.otherMeanings ?? []).filter(fits);
        const sentence = ctx.sentence(entry.evidence);
        const context = phraseAround(
          body.slice(sentence.start, sentence.end),
          entry.evidence.start - sentence.start,
          entry.evidence.end - sentence.start,
        );
        const distractors = pickDistractors({ rng, answer, fromArticle: own, notIn: context });
        return choiceQuestion(
          {
            id,
            type: "vocabulary",
            skill: "vocabulary",
            level: "vocabulary",
            facts: [entry.id],
            prompt: entry.definedInText
              ? `According to the article, what is meant by “${entry.term}”?`
              : `What does “${entry.term}” mean in “${context}”?`,
            explanation: `Here “${entry.term}” means “${answer}”.`,
            evidence: [sentence],
          },
          answer,
          distractors,
          rng,
        );
      }),
    );
  },
};
