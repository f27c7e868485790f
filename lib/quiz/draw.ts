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
  while (chosen.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (chosen.length >= count || queue.length === 0) continue;
      const fresh = queue.findIndex((q) => factIdsOf(q.id).every((f) => !askedFacts.has(f)));
      const [next] = queue.splice(fresh >= 0 ? fresh : 0, 1);
      chosen.push(next!);
      for (const fact of factIdsOf(next!.id)) askedFacts.add(fact);
    }
  }
  return chosen;
}

/**
 * A quiz of `count` questions drawn from the article's pool for `seed`.
 * Same article and seed ⇒ the same quiz, byte for byte.
 */
export function generateQuiz(article: Article, options: QuizOptions): Quiz {
  const pool = buildPoolReport(article, options.seed).questions;
  return { articleSlug: article.slug, seed: options.seed, questions: drawQuestions(pool, options) };
}
