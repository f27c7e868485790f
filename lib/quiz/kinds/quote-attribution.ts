/**
 * "Who said “AI is a complex engineering challenge”?" → Wang Tianchan.
 * The wrong options are the article's other speakers: people it gives a
 * voice, often holding other views, never someone only mentioned and never
 * invented names. The evidence names the speaker.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { shortQuote } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type QuestionKind } from "./kind";
import { quoteEvidence, speakersOf } from "./quoted";

export const quoteAttribution: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("quote-attribution"),
  level: "literal",
  inDefaultDraw: true,
  generate(ctx) {
    const { index, article } = ctx;
    const people = speakersOf(ctx).map((p) => p.name);
    return defined(
      article.facts.quotes.map((quote) => {
        const speaker = index.entities.get(quote.speaker);
        if (!speaker) return undefined;
        const id = questionId("quote-attribution", "who-said", [quote.id]);
        const rng = ctx.rngFor(id);
        const saidBy = index.speakersByQuote.get(normalizeAnswer(quote.text)) ?? new Set<string>();
        const distractors = pickDistractors({
          rng,
          answer: speaker.name,
          answerNames: speaker.names,
          fromArticle: people,
          isTrue: (name) => {
            const person = index.byName(name);
            return person !== undefined && saidBy.has(person.id);
          },
          notIn: shortQuote(quote.text),
        });
        return choiceQuestion(
          {
            id,
            type: "quote-attribution",
            skill: "quotations",
            level: "literal",
            facts: [quote.id],
            prompt: quotedPrompt("Who said", shortQuote(quote.text)),
            explanation: `These are the words of ${speaker.name}.`,
            evidence: quoteEvidence(ctx, quote, speaker).evidence,
          },
          speaker.name,
          distractors,
          rng,
        );
      }),
    );
  },
};

/** "Who said “Why would they?”" ends with the quotation's own question mark, not a second one. */
export function quotedPrompt(lead: string, words: string): string {
  return /[?!]$/.test(words) ? `${lead} “${words}”` : `${lead} “${words}”?`;
}
