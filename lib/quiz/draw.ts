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

/** Types whose prompt is a fixed formula and whose substance is in the options. */
const GENERIC_PROMPT_TYPES: ReadonlySet<QuestionType> = new Set(["in-article", "matching", "ordering", "main-idea"]);

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
  // Only a single-fact question can repeat another one's fact in a way that gives
  // the answer away; a matching or ordering question over several facts may share one.
  const askedAlone = new Set<string>();
  const freshFacts = (q: Question) => {
    const facts = factIdsOf(q.id);
    return facts.length === 1 ? !askedAlone.has(facts[0]!) : true;
  };
  const preferred = (q: Question) => factIdsOf(q.id).every((f) => !askedFacts.has(f)) && freshPrompt(q);
  const freshPrompt = (q: Question) => !askedPrompts.has(q.prompt);
  const take = (queue: Question[], index: number) => {
    const [next] = queue.splice(index, 1);
    chosen.push(next!);
    askedPrompts.add(next!.prompt);
    seenQuestions.add(sameQuestionKey(next!));
    const facts = factIdsOf(next!.id);
    for (const fact of facts) askedFacts.add(fact);
    if (facts.length === 1) askedAlone.add(facts[0]!);
  };

  while (chosen.length < count) {
    for (const queue of queues) {
      // Two claims can yield the same false statement, and a number can be asked
      // as a choice and as a typed answer in the same words: a student never meets
      // the same prompt twice (formula prompts like "Which of these … is mentioned?"
      // differ by their options, and only count once the question itself repeats).
      for (let i = queue.length - 1; i >= 0; i--) {
        const q = queue[i]!;
        if (seenQuestions.has(sameQuestionKey(q)) || (!freshPrompt(q) && !GENERIC_PROMPT_TYPES.has(q.type))) queue.splice(i, 1);
      }
    }
    if (!queues.some((q) => q.length > 0)) break;

    // Each type in turn offers a question about facts not asked yet, preferring
    // a new prompt. A type with nothing fresh sits the round out: asking the same
    // fact twice (true, then its negation) gives the answer away. Only when no
    // type has anything fresh left may facts repeat, so a long quiz still fills.
    const before = chosen.length;
    for (const queue of queues) {
      if (chosen.length >= count) break;
      const best = queue.findIndex(preferred);
      const index = best >= 0 ? best : queue.findIndex(freshFacts);
      if (index >= 0) take(queue, index);
    }
    if (chosen.length === before) {
      for (const queue of queues) {
        if (chosen.length >= count) break;
        if (queue.length > 0) take(queue, Math.max(0, queue.findIndex(freshPrompt)));
      }
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
