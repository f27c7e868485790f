/**
 * Main idea. The wrong options are details that are true but minor (the
 * article's claims, positions and statements), and distortions that sound
 * like the main idea but that the article does not say. So here, unlike
 * everywhere else, a wrong option can be true: what makes it wrong is that
 * it is not the main idea. No option is a near-copy of the answer: a
 * student would pick the odd one out without reading.
 */
import { choiceQuestion, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { shuffle } from "../random";
import { asSentence, embeddedClause, wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import type { QuestionKind } from "./kind";
import { claimStatement } from "./true-false";

const words = (text: string) => text.trim().split(/\s+/).length;

export const mainIdea: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("main-idea"),
  level: "gist",
  inDefaultDraw: true,
  generate(ctx) {
    const { mainIdea: idea, claims, positions = [], statements = [] } = ctx.article.facts;
    if (!idea?.statement) return [];
    const id = questionId("main-idea", "statement", ["main-idea"]);
    const rng = ctx.rngFor(id);
    const answer = asSentence(idea.statement);
    const length = words(answer);
    // Of a length near the answer's, so the longest option is not always the right one.
    const fits = (option: string) =>
      words(option) >= length * 0.55 && words(option) <= length * 1.35 && wordSimilarity(option, answer) < 0.5;
    const speakerName = (id: string) => ctx.index.entities.get(id)?.name;
    const details = [
      ...(idea.details ?? []).map(asSentence),
      ...claims.flatMap((claim) => {
        const subject = ctx.index.entities.get(claim.subject);
        return subject ? [claimStatement(subject, claim.predicate)] : [];
      }),
      ...positions.flatMap((p) =>
        speakerName(p.speaker)
          ? [asSentence(`${speakerName(p.speaker)} says ${embeddedClause(p.statement, ctx.index.keepsCapital)}`)]
          : [],
      ),
      ...statements.filter((s) => s.evidence.start > idea.evidence.end).map((s) => asSentence(s.text)),
    ].filter(fits);
    const distortions = idea.distortions.map(asSentence).filter(fits);
    // One distortion and two true details when the article has them; never two options that say nearly the same thing.
    const chosen: string[] = [];
    const add = (candidates: readonly string[], upTo: number) => {
      for (const option of shuffle(rng, candidates)) {
        if (chosen.length >= upTo) return;
        if (normalizeAnswer(option) === normalizeAnswer(answer) || chosen.some((c) => wordSimilarity(c, option) >= 0.5))
          continue;
        chosen.push(option);
      }
    };
    add(distortions, 1);
    // The article's own minor sentences first, those nearest the answer's length: a student weighs what the
    // article says against what it is about, not a long option against short ones. Both true details from them
    // where there are two: a claim or a position retold here is often the answer to another question of the quiz
    // ("Wang Tianchan says China and the U.S. could both gain by sharing…" beside "Which point does Wang make?").
    const closest = [...details.slice(0, idea.details?.length ?? 0)].sort(
      (a, b) => Math.abs(words(a) - length) - Math.abs(words(b) - length),
    );
    add(closest.slice(0, 3), 3);
    add(details, 3);
    add(distortions, 3);
    const question = choiceQuestion(
      {
        id,
        type: "main-idea",
        skill: "main-idea",
        level: "gist",
        facts: ["main-idea"],
        prompt: "Which sentence best states the main idea of the article?",
        explanation: "The whole article builds up this point; the other options are details or things it does not say.",
        evidence: [ctx.sentence(idea.evidence)],
      },
      answer,
      chosen,
      rng,
    );
    return question ? [question] : [];
  },
};
