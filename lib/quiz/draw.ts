/** Drawing a quiz of N from the pool with a balance of question types. */
import type { Article } from "../article/types";
import { factIdsOf } from "./choice";
import { buildPoolReport, QUESTION_TYPES } from "./pool";
import { rngFor, shuffle } from "./random";
import type { Question, QuestionType, Quiz, Skill } from "./types";

export interface QuizOptions {
  seed: number;
  /** How many questions; fewer if the pool is smaller. Default 10. */
  count?: number;
  /** Only these types (default: all). */
  types?: readonly QuestionType[];
  /** Only these skills (default: all). */
  skills?: readonly Skill[];
}

export const DEFAULT_COUNT = 10;

/**
 * Round-robin over the types (in a seed-chosen order), each type's questions
 * in a seed-chosen order. Within its turn a type offers its next question
 * about facts not asked yet, so "How many young Americans?" does not come
 * twice in one quiz as a choice and as a number; only when a type has
 * nothing fresh left does it repeat a fact, because balance comes first.
 */
export function drawQuestions(pool: readonly Question[], options: QuizOptions): Question[] {
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const types = options.types ? new Set(options.types) : undefined;
  const skills = options.skills ? new Set(options.skills) : undefined;
  const eligible = pool.filter((q) => (!types || types.has(q.type)) && (!skills || skills.has(q.skill)));

  const rng = rngFor(options.seed, "draw");
  const queues = shuffle(rng, QUESTION_TYPES)
    .map((type) => shuffle(rng, eligible.filter((q) => q.type === type)))
    .filter((queue) => queue.length > 0);

  const chosen: Question[] = [];
  const askedFacts = new Set<string>();
  const askedPrompts = new Set<string>();
  const seenQuestions = new Set<string>();
  const score = (q: Question) =>
    (factIdsOf(q.id).every((f) => !askedFacts.has(f)) ? 2 : 0) + (askedPrompts.has(q.prompt) ? 0 : 1);
  while (chosen.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      // Two claims can yield the same false statement; a student never meets it twice.
      for (let i = queue.length - 1; i >= 0; i--) if (seenQuestions.has(sameQuestionKey(queue[i]!))) queue.splice(i, 1);
      if (chosen.length >= count || queue.length === 0) continue;
      // Prefer a question about facts not asked yet, then one whose prompt is new
      // ("Which of these people is mentioned…?" twice reads like a glitch).
      let best = 0;
      for (let i = 1; i < queue.length && score(queue[best]!) < 3; i++) if (score(queue[i]!) > score(queue[best]!)) best = i;
      const [next] = queue.splice(best, 1);
      chosen.push(next!);
      askedPrompts.add(next!.prompt);
      seenQuestions.add(sameQuestionKey(next!));
      for (const fact of factIdsOf(next!.id)) askedFacts.add(fact);
    }
  }
  return chosen;
}

/** Questions that read the same to a student: same type, prompt and right answer. */
function sameQuestionKey(question: Question): string {
  const answer = "options" in question ? question.options[question.answer] : JSON.stringify(question.answer);
  return `${question.type}|${question.prompt}|${answer}`;
}

/**
 * A quiz of `count` questions drawn from the article's pool for `seed`.
 * Same article and seed ⇒ the same quiz, byte for byte.
 */
export function generateQuiz(article: Article, options: QuizOptions): Quiz {
  const pool = buildPoolReport(article, options.seed).questions;
  return { articleSlug: article.slug, seed: options.seed, questions: drawQuestions(pool, options) };
}
