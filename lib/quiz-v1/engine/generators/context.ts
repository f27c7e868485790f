import type { Article, Span } from "../article-types";
import type { ArticleIndex, Entity } from "../article-index";
import { rngFor, type Rng } from "../random";
import { sentenceAround } from "../text";
import type { Question } from "../types";

/** What every generator receives. */
export interface GeneratorContext {
  article: Article;
  index: ArticleIndex;
  seed: number;
  /** The random stream of one question, keyed by its id (see random.ts for why). */
  rngFor(questionId: string): Rng;
  /** A fact's span widened to its sentence: evidence a student can read. */
  sentence(span: Span): Span;
}

export type Generator = (context: GeneratorContext) => Question[];

export function createContext(article: Article, index: ArticleIndex, seed: number): GeneratorContext {
  // Many facts share a sentence, and several questions ask about each fact:
  // widen each span once. Keyed by numbers, not strings, as it is hot.
  const sentences = new Map<number, Map<number, Span>>();
  const sentence = (span: Span) => {
    let byEnd = sentences.get(span.start);
    if (!byEnd) sentences.set(span.start, (byEnd = new Map()));
    let widened = byEnd.get(span.end);
    if (!widened) byEnd.set(span.end, (widened = sentenceAround(article.body, span)));
    return widened;
  };
  return { article, index, seed, rngFor: (questionId) => rngFor(seed, questionId), sentence };
}

/** Names of the entities a generator may offer as wrong options, in article order. */
export const namesOf = (entities: readonly Entity[]) => entities.map((e) => e.name);

/** Results of a generator that skips facts it cannot ask about. */
export function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
