/**
 * Shared building blocks of every pick-one question: choosing honest
 * distractors, laying out the options, and naming questions.
 */
import type { ChoiceQuestion, ChoiceType, Level, QuestionType, Skill } from "./types";
import type { Span } from "../article";
import { normalizeAnswer } from "./match";
import { sample, shuffle, type Rng } from "./random";

/** A multiple-choice question shows four options when the article allows. */
export const CHOICE_OPTIONS = 4;
/** ...and is dropped below three: two options is a coin toss. */
export const MIN_CHOICE_OPTIONS = 3;

export interface DistractorRequest {
  rng: Rng;
  /** The right option as shown. */
  answer: string;
  /** Every other name of the right answer (short name, aliases): never offered as a wrong option. */
  answerNames?: readonly string[];
  /** Same-kind candidates taken from the article: used first. */
  fromArticle: readonly string[];
  /** Same-kind built-in candidates: used only when the article runs out. */
  fromPool?: readonly string[];
  /** Would this option also be right according to the article? Then it is not a distractor. */
  isTrue?: (candidate: string) => boolean;
  /** Refuse built-in candidates the article itself uses (e.g. a city it names elsewhere). */
  isInArticle?: (candidate: string) => boolean;
  /**
   * Text a wrong option must not appear in: the evidence sentence and the
   * prompt. An option the proving sentence itself names ("Yale University"
   * beside the "Child Neuroscience Lab at Yale University") can be argued right.
   */
  notIn?: string;
  count?: number;
}

/**
 * Up to `count` wrong options: never true according to the article, never
 * another name of the answer, never two that read the same.
 */
export function pickDistractors(request: DistractorRequest): string[] {
  const { rng, answer, answerNames = [], fromArticle, fromPool = [], isTrue, isInArticle, notIn } = request;
  const count = request.count ?? CHOICE_OPTIONS - 1;
  const taken = new Set([answer, ...answerNames].map(normalizeAnswer));
  const shown = notIn === undefined ? undefined : ` ${normalizeAnswer(notIn)} `;
  const accept = (candidate: string) => {
    const key = normalizeAnswer(candidate);
    if (key === "" || taken.has(key) || isTrue?.(candidate)) return false;
    if (shown?.includes(` ${key} `)) return false;
    taken.add(key);
    return true;
  };
  const chosen = sample(rng, fromArticle, count, accept);
  if (chosen.length < count && fromPool.length > 0) {
    const poolAccept = (candidate: string) => !isInArticle?.(candidate) && accept(candidate);
    chosen.push(...sample(rng, fromPool, count - chosen.length, poolAccept));
  }
  return chosen;
}

/**
 * Question ids are "<type>:<variant>:<fact id>+<fact id>". They depend only
 * on what is asked, never on the seed, so progress and "retry the ones I
 * missed" can refer to a question across quizzes.
 */
export function questionId(type: QuestionType, variant: string, factIds: readonly string[]): string {
  return `${type}:${variant}:${factIds.join("+")}`;
}

export interface ChoiceDraft {
  id: string;
  type: ChoiceType;
  skill: Skill;
  level: Level;
  facts: string[];
  prompt: string;
  explanation: string;
  evidence: Span[];
}

/** Shuffles the answer in among the distractors; undefined when too few options remain. */
export function choiceQuestion(
  draft: ChoiceDraft,
  answer: string,
  distractors: readonly string[],
  rng: Rng,
): ChoiceQuestion | undefined {
  if (distractors.length + 1 < MIN_CHOICE_OPTIONS) return undefined;
  const options = shuffle(rng, [answer, ...distractors]);
  // Spelled out rather than spread: this runs for thousands of questions.
  const { id, type, skill, level, facts, prompt, explanation, evidence } = draft;
  return { id, type, skill, level, prompt, explanation, evidence, facts, options, answer: options.indexOf(answer) };
}
