/**
 * The words an article's facts define (its vocabulary), placed in its body,
 * for the article text to mark with their meanings.
 */
import type { Article } from "./types";

export interface DefinedWord {
  start: number;
  end: number;
  term: string;
  meaning: string;
}

/** Each vocabulary fact whose evidence is the term itself, in text order, overlapping ones dropped. */
export function definedWords(article: Pick<Article, "body" | "facts">): DefinedWord[] {
  const words = (article.facts.vocabulary ?? [])
    .filter((v) => article.body.slice(v.evidence.start, v.evidence.end).toLowerCase() === v.term.toLowerCase())
    .map((v) => ({ start: v.evidence.start, end: v.evidence.end, term: v.term, meaning: v.meaning }))
    .toSorted((a, b) => a.start - b.start);
  return words.filter((w, i) => i === 0 || w.start >= words[i - 1]!.end);
}
