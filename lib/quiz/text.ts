/**
 * Small text helpers: sentences around a span, and wording of prompts.
 */
import type { Article, DateFact, Span } from "../article";
import { spanText } from "../text";

/** The article text a span points at. */
export function evidenceText(article: Pick<Article, "body">, span: Span): string {
  return spanText(article.body, span);
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

/** Words a cut text cannot end on: "…and that the name that was on…" leaves the reader hanging. */
const NEEDS_NEXT = new Set([
  "a",
  "an",
  "the",
  "than",
  "between",
  "into",
  "over",
  "about",
  "under",
  "after",
  "before",
  "who",
  "which",
  "whose",
  "when",
  "where",
  "if",
  "not",
  "very",
  "really",
  "more",
  "most",
  "so",
  "such",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "from",
  "by",
  "and",
  "or",
  "but",
  "as",
  "that",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "is",
  "are",
  "was",
  "were",
  "be",
  "has",
  "have",
  "had",
  "will",
  "would",
]);

/** True for a word a phrase cannot end on ("the", "of", "was", "really"). */
export const needsNextWord = (word: string): boolean => NEEDS_NEXT.has(word.toLowerCase().replace(/[^\p{L}]/gu, ""));

/**
 * A quotation short enough for a prompt or an option. A few words over the
 * length stay (better whole than cut before "lifestyle"); a longer one is
 * cut at the end of one of its sentences, else at a clause break, else
 * between words but never on "the" or "was", and marked "…". Words that
 * close a quotation opened before them ("Things are hard.’ You can’t …")
 * are left out.
 */
export function shortQuote(text: string, maxLength = 90): string {
  let clean = text.trim().replace(/[,;:.]+$/, "");
  const unopened = /^[^‘]*?[.!?,]’\s+(?=\S)/.exec(clean);
  if (unopened && clean.length - unopened[0].length > 20) clean = clean.slice(unopened[0].length);
  if (clean.length <= maxLength + 20) return closeInnerQuote(clean);
  const cut = clean.slice(0, maxLength + 1);
  const sentenceEnd = Math.max(...[...cut.matchAll(/[.!?](?=\s)/g)].map((m) => m.index));
  if (sentenceEnd > 40) return closeInnerQuote(cut.slice(0, sentenceEnd + 1));
  const clauseBreak = Math.max(...[...cut.matchAll(/[,;:]\s|\s[–—]\s/g)].map((m) => m.index));
  let words = (clauseBreak > 50 ? cut.slice(0, clauseBreak) : cut.slice(0, Math.max(40, cut.lastIndexOf(" ")))).split(
    " ",
  );
  while (words.length > 6 && needsNextWord(words.at(-1)!)) words = words.slice(0, -1);
  return `${closeInnerQuote(words.join(" ").replace(/[,;:.–—\s]+$/, ""))}…`;
}

/** "… to say ‘I am broke" (the quotation quotes someone, and the cut or the article left it open) → "… to say ‘I am broke’". */
function closeInnerQuote(text: string): string {
  const opened = (text.match(/(?:^|[\s(“])‘/g) ?? []).length;
  const closed = (text.match(/’(?=$|[\s,.;:!?)…])/g) ?? []).length;
  return opened > closed ? `${text}’` : text;
}

/** A quotation as a statement ends: its own full stop, question or exclamation mark, or the stop it lacked. */
export const quotedStatement = (words: string): string => (/[.!?…]$/.test(words) ? `“${words}”` : `“${words}.”`);

/** "Li Yanliang" → "Li Yanliang’s"; "James" → "James’". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * A clause as it reads after "the article says …": no final full stop, and
 * a leading "The"/"A"/"This" in lower case ("When does the article say the
 * council voted?", not "… say The council voted?"). Names keep their capital.
 */
export function embeddedClause(clause: string, keepsCapital: (word: string) => boolean = () => true): string {
  const trimmed = clause.trim().replace(/[.\s]+$/, "");
  const first = /^\S+/.exec(trimmed)?.[0] ?? "";
  if (/^(The|A|An|This|That|These|Those|Its|Their|His|Her)$/.test(first) || (first !== "" && !keepsCapital(first))) {
    return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  }
  return trimmed;
}

const DATE_PREPOSITION: Record<DateFact["kind"], string> = {
  year: "in",
  month: "in",
  weekday: "on",
  date: "on",
  duration: "over",
  relative: "",
};
const PREPOSITIONS = /\b(in|on|at|since|during|until|by|over|before|after)\s+$/i;

/**
 * "in 2023", "on Tuesday", "since 2020", "last November": the date as it reads
 * after its clause. The article's own preposition wins ("since 2020" must not
 * become "in 2020"); otherwise one that suits the kind of date.
 */
export function datePhrase(date: DateFact, body: string): string {
  const at = body.indexOf(date.text, date.evidence.start);
  const before = at >= 0 && at < date.evidence.end ? body.slice(Math.max(0, at - 12), at) : "";
  const preposition = PREPOSITIONS.exec(before)?.[1]?.toLowerCase() ?? DATE_PREPOSITION[date.kind];
  return preposition ? `${preposition} ${date.text}` : date.text;
}

/** Content words of a text, lower case (function words and punctuation dropped). */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w)),
  );
}

const FUNCTION_WORDS = new Set(
  "the and for that with from this these those was were are has have had not but its their his her they them she him who whom which what when where why how into onto over under about than then also been being very more most such can could would should will may might must our your you all any some one two".split(
    " ",
  ),
);

/** Share of content words two texts have in common (Jaccard, 0..1): near-copies score high. */
export function wordSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/** |x ∩ y| / |x ∪ y|; 0 when either is empty. */
export function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
