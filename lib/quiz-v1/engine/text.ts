/**
 * Small text helpers: sentences around a span, and wording of prompts.
 */
import type { Article, Span } from "./article-types";

/** The article text a span points at. */
export function evidenceText(article: Pick<Article, "body">, span: Span): string {
  return article.body.slice(span.start, span.end);
}

// Words that end in a dot without ending a sentence ("the U.S. National Committee").
const ABBREVIATION = /(?:\p{Lu}\.){2,}$|(?:^|[\s(“"-])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|Gen|Gov|Sen|Rep)\.$/u;

/**
 * True when the punctuation at `punctuationIndex` ends a sentence;
 * `afterIndex` points just past it and any closing quotes.
 */
function endsSentenceAt(body: string, punctuationIndex: number, afterIndex: number): boolean {
  if (
    body[punctuationIndex] === "." &&
    ABBREVIATION.test(body.slice(Math.max(0, punctuationIndex - 12), punctuationIndex + 1))
  ) {
    return false;
  }
  // A new sentence starts with a capital, a digit or an opening quote.
  let i = afterIndex;
  if (i >= body.length) return true;
  if (!/\s/.test(body[i]!)) return false;
  while (i < body.length && /\s/.test(body[i]!)) {
    if (body[i] === "\n") return true;
    i++;
  }
  return i >= body.length || /[\p{Lu}\p{N}“"‘']/u.test(body[i]!);
}

const TERMINAL = /[.!?…]/;
const CLOSING = /[”’"')\]]/;

/**
 * The whole sentence (or sentences) containing `span`, without surrounding
 * spaces. Paragraph breaks always end a sentence. Used to show evidence as a
 * readable sentence rather than a three-word fragment.
 */
export function sentenceAround(body: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, body.length));
  let end = Math.max(start, Math.min(span.end, body.length));

  // Walk back to just after the previous sentence end or paragraph break.
  while (start > 0) {
    const prev = body[start - 1]!;
    if (prev === "\n") break;
    if (/\s/.test(prev)) {
      // Skip back over closing quotes to the punctuation that may end a sentence.
      let p = start - 2;
      while (p >= 0 && CLOSING.test(body[p]!)) p--;
      if (p >= 0 && TERMINAL.test(body[p]!) && endsSentenceAt(body, p, start - 1)) break;
    }
    start--;
  }
  // Walk forward to the end of the sentence the span ends in; a span that
  // already ends with a full stop (and closing quotes) ends right there.
  while (end > start && CLOSING.test(body[end - 1]!)) end--;
  if (end > start && TERMINAL.test(body[end - 1]!)) end--;
  while (end < body.length) {
    const ch = body[end]!;
    if (ch === "\n") break;
    if (TERMINAL.test(ch)) {
      let after = end + 1;
      while (after < body.length && CLOSING.test(body[after]!)) after++;
      if (endsSentenceAt(body, end, after)) {
        end = after;
        break;
      }
    }
    end++;
  }
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

/** "research fellow" → "a research fellow"; "President" → "the President". */
export function withIndefiniteArticle(phrase: string): string {
  if (/^(?:a|an|the)\s/i.test(phrase)) return phrase;
  if (/^\p{Lu}/u.test(phrase)) return `the ${phrase}`;
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

// Names that read as "the Institute for ...", "the U.S.", but "Sixth Tone", "China".
const NEEDS_THE =
  /^(?:U\.S\.|U\.K\.|United\s|(?:US|UK|USA|UN|EU|Netherlands|Philippines|Middle East|Caribbean|Sahara|Arctic|Amazon|Alps|Andes|Mediterranean|Atlantic|Pacific|Balkans|Gambia|Bahamas)$)|\b(?:Institutes?|Cent(?:er|re)|Committee|Council|Ministry|Department|Foundation|Academy|Society|Forum|Office|Bureau|Association|Commission|Agency|Program(?:me)?|Union|University-|Lab|Trust|Fund|Museum|Group)\b|\s(?:of|for|on)\s/;

/** The name as it reads inside a sentence: "the Institute for Foreign Policy Studies", "China". */
export function nameInSentence(name: string): string {
  if (/^the\s/i.test(name)) return name.replace(/^The\s/, "the ");
  return NEEDS_THE.test(name) && !/^University of\b/.test(name) ? `the ${name}` : name;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends with a full stop unless it already ends with punctuation. */
export function asSentence(text: string): string {
  const trimmed = capitalize(text.trim());
  return /[.!?…”"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A quotation shortened for a prompt or an option, cut at a word boundary. */
export function shortQuote(text: string, maxLength = 90): string {
  const clean = text.trim().replace(/[,;:.]+$/, "");
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : maxLength).replace(/[,;:.]+$/, "")}…`;
}

/** "Li Yanliang" → "Li Yanliang’s"; "James" → "James’". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}
