/**
 * "Who said “AI is a complex engineering challenge”?" → Wang Tianchan.
 * The wrong options are the article's other people, speakers first: real
 * people of the article, often holding other views, never invented names.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { shortQuote } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type QuestionKind } from "./kind";

export const quoteAttribution: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("quote-attribution"),
  level: "literal",
  inDefaultDraw: true,
  generate(ctx) {
    const { index, article } = ctx;
    const speakerIds = new Set(article.facts.quotes.map((q) => q.speaker));
    // Speakers first: "who said" is a real question when the article gives several people a voice.
    const people = [...index.people.filter((p) => speakerIds.has(p.id)), ...index.people.filter((p) => !speakerIds.has(p.id))].map((p) => p.name);
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
  },
};
