/** "Who said “AI is a complex engineering challenge”?" → Wang Tianchan. */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { PERSON_NAMES } from "../pools";
import { evidenceOf } from "./multiple-choice";
import { shortQuote } from "../text";
import type { Question } from "../types";
import { defined, type GeneratorContext } from "./context";

export function quoteAttribution(ctx: GeneratorContext): Question[] {
  const { index, article } = ctx;
  const speakerIds = new Set(article.facts.quotes.map((q) => q.speaker));
  // Other speakers make the most tempting wrong answers, so they come first.
  const speakers = index.people.filter((p) => speakerIds.has(p.id)).map((p) => p.name);
  const others = index.people.filter((p) => !speakerIds.has(p.id)).map((p) => p.name);

  // With no other person in the article, every wrong option is a made-up name and the answer is the only real one.
  if (index.people.length < 2) return [];
  return defined(
    article.facts.quotes.map((quote) => {
      const speaker = index.entities.get(quote.speaker);
      if (!speaker) return undefined;
      const id = questionId("quote-attribution", "who-said", [quote.id]);
      const rng = ctx.rngFor(id);
      const saidBy = index.speakersByQuote.get(normalizeAnswer(quote.text)) ?? new Set<string>();
      const isTrue = (name: string) => {
        const person = index.byName(name);
        return person !== undefined && saidBy.has(person.id);
      };
      const fromSpeakers = pickDistractors({
        rng,
        answer: speaker.name,
        answerNames: speaker.names,
        fromArticle: speakers,
        isTrue,
        notIn: evidenceOf(ctx, quote.evidence),
      });
      const distractors =
        fromSpeakers.length >= 3
          ? fromSpeakers
          : [
              ...fromSpeakers,
              ...pickDistractors({
                rng,
                answer: speaker.name,
                answerNames: [...speaker.names, ...fromSpeakers],
                fromArticle: others,
                fromPool: PERSON_NAMES,
                isTrue,
                isInArticle: index.mentions,
                notIn: evidenceOf(ctx, quote.evidence),
                count: 3 - fromSpeakers.length,
              }),
            ];
      return choiceQuestion(
        {
          id,
          type: "quote-attribution",
          skill: "quotations",
          prompt: `Who said “${shortQuote(quote.text)}”?`,
          explanation: `These are the words of ${speaker.name}.`,
          evidence: [ctx.sentence(quote.evidence)],
        },
        speaker.name,
        distractors,
        rng,
      );
    }),
  );
}
