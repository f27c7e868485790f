/**
 * Vocabulary in context: "What does “brazen” mean in “An octopus has made a
 * brazen escape”?" The wrong options are other meanings: other senses of
 * the word, or meanings of words that could stand in the same place
 * (written with the fact), never the meanings of the article's other words.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type QuestionKind } from "./kind";

const words = (text: string) => text.trim().split(/\s+/).length;

/** Up to `each` words either side of [start, end) within the sentence, marked "…" where cut. */
export function phraseAround(sentence: string, start: number, end: number, each = 7): string {
  const left = sentence.slice(0, start).match(/\S+\s*/g) ?? [];
  const right = sentence.slice(end).match(/\s*\S+/g) ?? [];
  const text = `${left.slice(-each).join("")}${sentence.slice(start, end)}${right.slice(0, each).join("")}`
    .replace(/^[“”"‘’(,;:–—-]+\s*/, "")
    .replace(/[\s,;:.”"’–—-]+$/, "");
  return `${left.length > each ? "…" : ""}${text}${right.length > each ? "…" : ""}`;
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
        const fits = (m: string) => Math.abs(words(m) - length) <= Math.max(2, length * 0.6) && wordSimilarity(m, answer) < 0.5;
        // Only meanings written for this word (other senses, words that could stand in its place). The article's
        // other words' meanings read as what they are, borrowed ("a business that sells to the public" for
        // "obstacle"), and a teacher's panel marked them down: too few left, no question.
        const own = (entry.otherMeanings ?? []).filter(fits);
        const sentence = ctx.sentence(entry.evidence);
        const context = phraseAround(body.slice(sentence.start, sentence.end), entry.evidence.start - sentence.start, entry.evidence.end - sentence.start);
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
