/**
 * A speaker's position: "What does Li Yanliang say about climate policy?"
 * or "Who says that …?". The wrong options are the other speakers'
 * positions (or the other speakers): what someone in the article does say,
 * only not this person, so the student has to know who stands where.
 * The evidence names the speaker, as a quotation's does.
 */
import type { Position } from "../../article";
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { asSentence, embeddedClause, wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { quoteEvidence } from "./quoted";
import { defined, type GeneratorContext, type QuestionKind } from "./kind";

function whatDoesXSay(
  ctx: GeneratorContext,
  position: Position,
  positions: readonly Position[],
): ChoiceQuestion | undefined {
  const speaker = ctx.index.entities.get(position.speaker);
  if (!speaker) return undefined;
  const id = questionId("speaker-position", "what", [position.id]);
  const rng = ctx.rngFor(id);
  const answer = asSentence(position.statement);
  const others = positions.filter((p) => p.speaker !== position.speaker).map((p) => asSentence(p.statement));
  // One of this speaker's own other positions would be right too.
  const own = positions.filter((p) => p.speaker === position.speaker).map((p) => p.statement);
  const distractors = pickDistractors({
    rng,
    answer,
    answerNames: own,
    fromArticle: others.filter((o) => wordSimilarity(o, answer) < 0.5),
  });
  return choiceQuestion(
    {
      id,
      type: "speaker-position",
      skill: "viewpoints",
      level: "inference",
      facts: [position.id],
      prompt: position.topic
        ? `What does ${speaker.name} say about ${position.topic}?`
        : `Which point does ${speaker.name} make in the article?`,
      explanation: `This is ${speaker.name}’s point; the other options are what other people in the article say.`,
      evidence: quoteEvidence(ctx, position, speaker).evidence,
    },
    answer,
    distractors,
    rng,
  );
}

function whoArgues(
  ctx: GeneratorContext,
  position: Position,
  positions: readonly Position[],
): ChoiceQuestion | undefined {
  const speaker = ctx.index.entities.get(position.speaker);
  if (!speaker) return undefined;
  const id = questionId("speaker-position", "who", [position.id]);
  const rng = ctx.rngFor(id);
  const holders = new Set(
    positions.filter((p) => wordSimilarity(p.statement, position.statement) >= 0.5).map((p) => p.speaker),
  );
  const speakers = ctx.index.people
    .filter((p) => positions.some((q) => q.speaker === p.id) && !holders.has(p.id))
    .map((p) => p.name);
  const distractors = pickDistractors({ rng, answer: speaker.name, answerNames: speaker.names, fromArticle: speakers });
  return choiceQuestion(
    {
      id,
      type: "speaker-position",
      skill: "viewpoints",
      level: "inference",
      facts: [position.id],
      // "Says", not "argues": a position may be an impression ("it was an exciting glimpse"), not an argument.
      prompt: `Who says that ${embeddedClause(position.statement, ctx.index.keepsCapital)}?`,
      explanation: `${speaker.name} makes this point in the article.`,
      evidence: quoteEvidence(ctx, position, speaker).evidence,
    },
    speaker.name,
    distractors,
    rng,
  );
}

export const speakerPosition: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("speaker-position"),
  level: "inference",
  inDefaultDraw: true,
  generate(ctx) {
    const positions = ctx.article.facts.positions ?? [];
    return defined(positions.flatMap((p) => [whatDoesXSay(ctx, p, positions), whoArgues(ctx, p, positions)]));
  },
};
