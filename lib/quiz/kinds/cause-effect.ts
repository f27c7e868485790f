/**
 * Cause and effect, and purpose: "Why are octopuses able to squeeze through
 * tiny gaps?" → "Octopuses have no bones." The wrong options are other true
 * statements of the article that do not answer the question (written with
 * the fact, and the answers to its other "why" questions), so a student
 * has to know which one is the reason, not which one is true.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { asSentence, embeddedClause, wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type QuestionKind } from "./kind";

const words = (text: string) => text.trim().split(/\s+/).length;

export const causeEffect: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("cause-effect"),
  level: "inference",
  inDefaultDraw: true,
  generate(ctx) {
    const causes = ctx.article.facts.causes ?? [];
    return defined(
      causes.map((cause) => {
        const id = questionId("cause-effect", cause.kind, [cause.id]);
        const rng = ctx.rngFor(id);
        const answer = asSentence(cause.answer);
        const length = words(answer);
        // "To tackle the crisis." among "To …" options, "By sharing …" among "By …": the same form, so form gives nothing away.
        const opener = /^(To|By|Because|So)\s/.exec(answer)?.[1];
        const fits = (option: string) =>
          words(option) <= Math.max(length * 2, length + 6) &&
          words(option) * 2 >= length - 2 &&
          wordSimilarity(option, answer) < 0.5 &&
          (opener === undefined ? !/^(To|By)\s/.test(option) : option.startsWith(`${opener} `));
        // The fact's own wrong answers first (the extractor lists those nearest the question's subject first, and
        // the nearest are the ones a reader must think about); the article's other "why" answers only to make up the number.
        const own = (cause.distractors ?? []).map(asSentence).filter(fits).slice(0, 4);
        const others = causes
          .filter((c) => c.id !== cause.id)
          .map((c) => asSentence(c.answer))
          .filter(fits);
        const distractors = pickDistractors({ rng, answer, fromArticle: own, fromPool: others });
        return choiceQuestion(
          {
            id,
            type: "cause-effect",
            skill: "cause-effect",
            level: "inference",
            facts: [cause.id],
            prompt: cause.question,
            explanation: `${cause.kind === "purpose" ? "The article gives the aim" : /^By\s/.test(answer) ? "The article says how" : "The article gives the reason"}: ${embeddedClause(answer, ctx.index.keepsCapital)}.`,
            evidence: [ctx.sentence(cause.evidence)],
          },
          answer,
          distractors,
          rng,
        );
      }),
    );
  },
};
