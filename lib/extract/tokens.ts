/**
 * The text as tokens with part-of-speech tags (from compromise), in the
 * article's sentences (lib/text: a fact's sentence here is the sentence a
 * student is shown).
 */
import nlp from "compromise";
import { sentencesOf, type Sentence as TextSentence } from "../text";

export interface Token {
  /** The word without surrounding punctuation, as compromise reads it. */
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index into the sentence list. */
  sentence: number;
}

export interface Sentence extends TextSentence {
  /** Indices into the token list: [first, last + 1). */
  firstToken: number;
  endToken: number;
}

/** A term as compromise keeps it internally: pre + text + post, in order, rebuild the text. */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Sentences of every paragraph (the article's one sentence rule), with room for their tokens. */
export function splitSentences(
  body: string,
  paragraphStarts: readonly number[],
  paragraphs: readonly string[],
): Sentence[] {
  return sentencesOf(body, paragraphStarts, paragraphs).map((s) => ({ ...s, firstToken: 0, endToken: 0 }));
}

/**
 * Tags every paragraph with compromise. `onParagraph` is called after each
 * one, for progress. Offsets are turned into offsets into `body`.
 */
export function tokenize(
  body: string,
  paragraphStarts: readonly number[],
  paragraphs: readonly string[],
  sentences: Sentence[],
  onParagraph?: (done: number) => void,
): Token[] {
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, p) => {
    const base = paragraphStarts[p]!;
    // The internal document rather than .json({ offset }): a third faster, and offsets are
    // just the running length of pre + text + post (checked against the text below).
    const document = nlp(paragraph).document as CompromiseTerm[][];
    let cursor = base;
    for (const sentence of document) {
      for (const term of sentence) {
        let start = cursor + term.pre.length;
        // compromise can rewrite characters (contractions, odd spaces): find the word again if so.
        if (body.slice(start, start + term.text.length) !== term.text) {
          const found = term.text === "" ? -1 : body.indexOf(term.text, cursor);
          if (found < 0 || found > base + paragraph.length) continue;
          start = found;
        }
        const end = start + term.text.length;
        cursor = end + term.post.length;
        if (term.text === "") continue;
        tokens.push({ text: term.text, start, end, pre: term.pre, post: term.post, tags: term.tags, sentence: -1 });
      }
    }
    onParagraph?.(p + 1);
  });
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    token.sentence = s;
  }
  let t = 0;
  sentences.forEach((sentence, index) => {
    while (t < tokens.length && tokens[t]!.sentence < index) t++;
    sentence.firstToken = t;
    let end = t;
    while (end < tokens.length && tokens[end]!.sentence === index) end++;
    sentence.endToken = end;
  });
  return tokens;
}

export const hasTag = (token: Token | undefined, ...tags: string[]) =>
  token !== undefined && tags.some((tag) => token.tags.has(tag));
