/**
 * Main idea. The wrong options are of two kinds, both listed in the issue:
 * details that are true but minor (from the claims), and distortions that
 * sound like the main idea but that the article does not say. So here,
 * unlike everywhere else, a wrong option can be true: what makes it wrong is
 * that it is not the main idea. Statements from the last paragraphs (see
 * Statement) are details too, when the article has few claims.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { asSentence } from "../text";
import type { Question } from "../types";
import type { GeneratorContext } from "./context";
import { claimStatement } from "./true-false";

export function mainIdea(ctx: GeneratorContext): Question[] {
  const { mainIdea: idea, claims } = ctx.article.facts;
  if (!idea?.statement) return [];
  const id = questionId("main-idea", "statement", ["main-idea"]);
  const rng = ctx.rngFor(id);
  const answer = asSentence(idea.statement);
  const claimDetails = claims.flatMap((claim) => {
    const subject = ctx.index.entities.get(claim.subject);
    return subject ? [claimStatement(subject, claim.predicate)] : [];
  });
  // Only from the second half of the article: an early sentence may state the point as well as the lead does.
  const half = ctx.article.body.length / 2;
  const statementDetails = (ctx.article.facts.statements ?? [])
    .filter((s) => s.evidence.start > half && s.text.split(/\s+/).length <= 30)
    .map((s) => asSentence(s.text));
  const details = claimDetails.length >= 2 ? claimDetails : [...claimDetails, ...statementDetails];
  // At least one of each kind when both exist, so the question tests both skills.
  const distortion = pickDistractors({ rng, answer, fromArticle: idea.distortions.map(asSentence), count: 1 });
  const detail = pickDistractors({ rng, answer, answerNames: distortion, fromArticle: details, count: 1 });
  const rest = pickDistractors({
    rng,
    answer,
    answerNames: [...distortion, ...detail],
    fromArticle: [...idea.distortions.map(asSentence), ...details],
    count: 3 - distortion.length - detail.length,
  });
  const question = choiceQuestion(
    {
      id,
      type: "main-idea",
      skill: "main-idea",
      prompt: "Which sentence best states the main idea of the article?",
      explanation: "The whole article builds up this point; the other options are details or things it does not say.",
      evidence: [ctx.sentence(idea.evidence)],
    },
    answer,
    [...distortion, ...detail, ...rest],
    rng,
  );
  return question ? [question] : [];
}
