/**
 * Facts from sentences that name nobody: most of what a news article says
 * ("The scans showed that reward circuitry ... after a snort of oxytocin")
 * has no name, number or date to ask about, yet readers are tested on it.
 *
 * - Key terms: per sentence without other facts, the content noun phrase
 *   that carries what it says, for a blank to fill in. Nouns after the main
 *   verb (new information) are preferred over the subject (what the text is
 *   already about), specific words over general ones, and words the article
 *   uses elsewhere over one-off details, so that the blank is about the
 *   article and not trivia.
 * - Statements: sentences that stand on their own (a plain noun-phrase
 *   subject, no pronoun to resolve), with the main verb negated for a false
 *   version. Sentences whose negation would not contradict them are left
 *   out: hedges ("may", "might"), quantified subjects ("some experts"),
 *   sentences already negative.
 */
import type { Document } from "./document";
import nlp from "compromise";
import type { KeyTerm, Span, Statement } from "../article";
import { hasTag, type Sentence, type Token } from "./tokens";

interface TermContext {
  body: string;
  tokens: readonly Token[];
  /** The article's own sentences (not inside quotation marks). */
  sentences: readonly Sentence[];
  /** Evidence of the facts found so far: a sentence holding one is already asked about. */
  covered: readonly Span[];
  /** Sentences holding a claim: their statement is already a true-or-false question. */
  claimed: readonly Span[];
}

// Nouns too general to be worth a blank: any sentence could hold them.
const GENERAL = new Set(
  (
    "people person thing things way ways time times lot lots part parts kind kinds number numbers year years day days week weeks " +
    "month months world place places fact facts example examples case cases side sides end area areas group groups member members " +
    "percent cent one ones result results idea ideas point points reason reasons sort type types level levels amount use man men " +
    "woman women home life lives question questions problem problems something anything everything nothing someone everyone " +
    "anyone others addition instance course meantime top bit matter terms form forms line lines hand hands back front rest " +
    "today tomorrow yesterday morning evening night moment minute minutes hour hours second seconds decade decades century " +
    "beginning sale office company companies work class cause match impression needs minimum findings explanation details detail " +
    "country countries business stock role effect effects impact issue issues move step chance deal news story stories plan plans " +
    "experience interest come lack half rise fall number figure figures start display compare money"
  ).split(" "),
);
const FUNCTION_WORDS = new Set(
  "in on at of to for by with from into onto as than the a an and or but so yet if".split(" "),
);
// Adjective endings compromise sometimes reads as nouns: "lactose intolerant", "scenes reminiscent of".
const ADJECTIVE_LIKE = /(?:ant|[^m]ent|ous|ive|ful|able|ible|ing|er)$/;
const WORD = /^[\p{Ll}][\p{Ll}-]*[\p{Ll}]$/u;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** "immune systems" ⇄ "immune system": the other number of the head noun, also right when typed. */
export function otherNumber(term: string): string | undefined {
  const head = /(\S+)$/.exec(term)![1]!;
  let other: string;
  if (/[^aeiou]ies$/.test(head)) other = head.replace(/ies$/, "y");
  else if (/(?:ss|us|is)$/.test(head)) return undefined;
  else if (/(?:ches|shes|xes|sses)$/.test(head)) other = head.replace(/es$/, "");
  else if (/s$/.test(head)) other = head.replace(/s$/, "");
  else if (/[^aeiou]y$/.test(head)) other = head.replace(/y$/, "ies");
  else other = `${head}s`;
  return term.slice(0, term.length - head.length) + other;
}

const singular = (word: string) => (otherNumber(word) !== undefined && /s$/.test(word) ? otherNumber(word)! : word);

/** Whole-word occurrences of `phrase` in `text`. */
function occurrences(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? " ")) n++;
  }
  return n;
}

/** Index of the sentence's first finite verb, or -1. */
function mainVerb(ctx: TermContext, sentence: Sentence): number {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = ctx.tokens[i]!;
    if (
      hasTag(t, "Verb", "Copula", "Auxiliary", "Modal") &&
      !hasTag(t, "Gerund", "Infinitive", "Noun", "Adjective") &&
      !/^to$/i.test(t.text)
    )
      return i;
  }
  return -1;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  people: boolean;
}

function termCandidates(
  ctx: TermContext,
  sentence: Sentence,
  sentenceCounts: Map<string, number>,
  sentenceCount: number,
): Candidate[] {
  const { body, tokens } = ctx;
  const text = body.slice(sentence.start, sentence.end);
  const verb = mainVerb(ctx, sentence);
  const candidates: Candidate[] = [];
  const isNoun = (t: Token) =>
    hasTag(t, "Noun") &&
    !hasTag(
      t,
      "Pronoun",
      "ProperNoun",
      "Possessive",
      "Value",
      "Date",
      "Unit",
      "Gerund",
      "Verb",
      "Adjective",
      "Preposition",
      "Determiner",
      "Conjunction",
      "Adverb",
    ) &&
    WORD.test(t.text) &&
    !FUNCTION_WORDS.has(t.text) &&
    // Part of a hyphenated word ("hunter-gatherer", "four-night") or a bracket opens or closes at it.
    !/[-(]$/.test(t.pre) &&
    !/^[-)]/.test(t.post);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (!isNoun(tokens[i]!)) continue;
    // A run of nouns joined by spaces only: "reward circuitry", "immune systems".
    let j = i;
    while (
      j + 1 < sentence.endToken &&
      /^\s+$/.test(tokens[j]!.post) &&
      /^\s*$/.test(tokens[j + 1]!.pre) &&
      isNoun(tokens[j + 1]!)
    )
      j++;
    // "the lack of time couples have": a plural noun right before a verb is that verb's subject, not part of the term.
    if (
      j > i &&
      hasTag(tokens[j], "Plural") &&
      hasTag(tokens[j + 1], "Verb", "Auxiliary", "Modal") &&
      !hasTag(tokens[j + 1], "Gerund")
    )
      j--;
    let first = Math.max(i, j - 2);
    // "punishing work schedules": a leading -ing word is a verb form compromise read as a noun.
    while (first < j && /ing$/.test(tokens[first]!.text)) first++;
    // Compounds modify with a singular ("bike paths"); a plural inside ("mirrors glitter", "cars replacing") is a misread verb.
    if (tokens.slice(first, j).some((t) => hasTag(t, "Plural"))) {
      i = j;
      continue;
    }
    const previous = tokens[first - 1];
    const next = tokens[j + 1];
    i = j;
    // Part of a name or of a number phrase ("Maritime Museum", "20mph"): not a term.
    if (
      previous &&
      /^\s*$/.test(previous.pre + previous.post) &&
      previous.sentence === tokens[first]!.sentence &&
      /^\p{Lu}/u.test(previous.text) &&
      previous.start > sentence.start
    )
      continue;
    if (previous && hasTag(previous, "Value") && /^\s+$/.test(previous.post)) continue;
    // "help erode resistance", "to stock e-bikes": after these a word is a verb whatever its tag.
    if (/^(?:to|help|helps|helped|can|could|will|would|should|must|may|might)$/i.test(previous?.text ?? "")) continue;
    // "those obstacles" points back to something said before: the blank would have two right answers.
    if (/^(?:those|these|this|such)$/i.test(previous?.text ?? "")) continue;
    if (body[tokens[first]!.start - 1] === "-" || body[tokens[j]!.end] === "-") continue;
    // A lone word before a noun, after "is"/"as", or with an adjective's ending is most likely an adjective or a verb.
    if (first === j) {
      const determined = hasTag(previous, "Determiner", "Possessive") && !hasTag(previous, "Pronoun");
      if (next && /^\s+$/.test(tokens[j]!.post) && hasTag(next, "Noun") && !hasTag(next, "Pronoun")) continue;
      if (hasTag(previous, "Copula") || /^as$/i.test(previous?.text ?? "")) continue;
      if (ADJECTIVE_LIKE.test(tokens[j]!.text) && !determined && !hasTag(previous, "Preposition")) continue;
    }
    const start = tokens[first]!.start;
    const end = tokens[j]!.end;
    const phrase = body.slice(start, end);
    const head = tokens[j]!.text.toLowerCase();
    // The head word twice ("the human immune system ... boost the immune system") half gives the blank away.
    if (GENERAL.has(head) || head.length < 4 || occurrences(text.toLowerCase(), head) !== 1) continue;
    // Inside brackets is an aside.
    const before = body.slice(sentence.start, start);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    const other = otherNumber(phrase);
    // The sentence must not hold the answer again in the other number.
    if (other && occurrences(text, other) > 0) continue;
    const elsewhere = (sentenceCounts.get(singular(head)) ?? 0) - 1;
    let score = 0;
    if (verb >= 0 && first > verb) score += 2;
    if (elsewhere >= 1) score += 1;
    // A word on every other line is the topic itself: too easy to guess.
    if (elsewhere + 1 > Math.max(3, sentenceCount * 0.3)) score -= 2;
    score += head.length >= 8 ? 1.5 : head.length >= 6 ? 0.5 : 0;
    if (j > first) score += 1;
    candidates.push({ start, end, score, people: hasTag(tokens[j], "Actor") });
  }
  return candidates;
}

/** Below this the best noun is a passing detail: a general word, or a subject the sentence only starts from. */
const MIN_SCORE = 2.5;

/** The context both finders read: the article's own sentences, and what the other facts already cover. */
export function termContext(doc: Document, covered: readonly Span[], claimed: readonly Span[]): TermContext {
  return { body: doc.body, tokens: doc.tokens, sentences: doc.ownSentences, covered, claimed };
}

export function findTerms(ctx: TermContext, newId: () => string): KeyTerm[] {
  const sentenceCounts = new Map<string, number>();
  for (const sentence of ctx.sentences) {
    const seen = new Set<string>();
    for (let i = sentence.firstToken; i < sentence.endToken; i++) seen.add(singular(ctx.tokens[i]!.text.toLowerCase()));
    for (const w of seen) sentenceCounts.set(w, (sentenceCounts.get(w) ?? 0) + 1);
  }
  const terms: KeyTerm[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    const words = text.split(/\s+/).length;
    if (words < 6 || words > 50 || /\?$/.test(text) || /:$/.test(text)) continue;
    if (ctx.covered.some((c) => overlaps(c, sentence))) continue;
    const best = termCandidates(ctx, sentence, sentenceCounts, ctx.sentences.length).sort(
      (a, b) => b.score - a.score || a.start - b.start,
    )[0];
    // Below this the best noun is a passing detail (a subject, a one-off general word).
    if (!best || best.score < MIN_SCORE) continue;
    const phrase = ctx.body.slice(best.start, best.end);
    const other = otherNumber(phrase);
    terms.push({
      id: newId(),
      text: phrase,
      ...(other ? { accepted: [other] } : {}),
      ...(best.people ? { people: true } : {}),
      evidence: { start: best.start, end: best.end },
    });
  }
  return terms;
}

const OPENERS =
  /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|But|And|So|Yet|Or|However|Still|Instead|Meanwhile|Also|Then|Now|Such|Its|Their|His|Her|Our|My|Some|Many|Most|Several|Few|All|Every|Each|Both|Any|Either|Neither|No|Other|Others|Another|Certain|More|Much|One)\b/;
// Negated, these read as a half-truth rather than a falsehood, or as a double negative.
const NOT_NEGATABLE =
  /\b(?:not|n[’']t|never|no|nor|none|nobody|nothing|neither|without|only|hardly|barely|rarely|seldom|may|might|could|should|must|perhaps|probably|likely|possibly|some|all|every|each|both|any|either)\b/i;
const BE = /^(?:is|are|was|were)$/i;
const HAVE = /^(?:has|have|had)$/i;
const WILL: Record<string, string> = { will: "will not", can: "cannot", would: "would not" };

// Past and present alike: with a plural subject "put" may be either, so it is not negated.
const SAME_PAST =
  /^(?:put|set|cut|hit|let|cost|spread|read|hurt|shut|quit|cast|bet|burst|split|upset|bid|broadcast|forecast)$/i;

/** "showed" → "did not show"; undefined when the verb has no clear plain form or tense. */
function negateVerb(verb: Token, next: Token | undefined, pluralSubject: boolean): string | undefined {
  const word = verb.text;
  const lower = word.normalize("NFKC").toLowerCase();
  if (BE.test(word)) return `${word} not`;
  if (HAVE.test(word)) {
    // "has been", "had risen": an auxiliary; "has a plan" would need "does not have".
    return next && hasTag(next, "Verb") && !hasTag(next, "Gerund", "Infinitive", "PresentTense")
      ? `${word} not`
      : undefined;
  }
  if (WILL[lower]) return WILL[lower];
  if (hasTag(verb, "Auxiliary", "Modal", "Copula")) return undefined;
  const base = nlp(lower).verbs().toInfinitive().text().trim();
  if (!/^[a-z-]+$/.test(base)) return undefined;
  if (base === lower) {
    // "Carbon dating put": a singular subject takes "puts" in the present, so this is the past.
    if (SAME_PAST.test(lower)) return pluralSubject ? undefined : `did not ${base}`;
    return pluralSubject && hasTag(verb, "PresentTense") ? `do not ${base}` : undefined;
  }
  if (hasTag(verb, "PastTense")) return `did not ${base}`;
  if (hasTag(verb, "PresentTense") && /s$/.test(lower) && !pluralSubject) return `does not ${base}`;
  return undefined;
}

// A subject is a plain noun phrase: "The human remains", "Supporters of Bolivia’s position", "Researchers at Yale".
const subjectWord = (t: Token) =>
  /^\s*$/.test(t.post) &&
  (hasTag(t, "Determiner", "Noun", "Adjective", "ProperNoun", "Possessive", "Value") ||
    /^(?:of|at|in|from|and)$/i.test(t.text)) &&
  !hasTag(t, "Pronoun", "Verb", "Adverb");

/** Another finite verb before the clause ends: the first verb was a participle inside the subject. */
function finiteVerbLater(ctx: TermContext, sentence: Sentence, verbIndex: number): boolean {
  // Past the verb group of an auxiliary: "had been extremely well preserved". After any other
  // verb an auxiliary means the "verb" was a noun ("The human remains had been ...").
  let i = verbIndex + 1;
  if (hasTag(ctx.tokens[verbIndex], "Auxiliary", "Copula") || HAVE.test(ctx.tokens[verbIndex]!.text)) {
    while (i < sentence.endToken && hasTag(ctx.tokens[i], "Verb", "Auxiliary", "Copula", "Adverb", "Negative")) i++;
  }
  for (; i < sentence.endToken; i++) {
    const t = ctx.tokens[i]!;
    if (/[,;:–—]/.test(t.pre) || /^(?:and|but|that|which|who|because|while|when|as|if)$/i.test(t.text)) return false;
    if (
      hasTag(t, "Copula", "Auxiliary", "Modal") ||
      (hasTag(t, "PresentTense") && hasTag(t, "Verb") && !hasTag(t, "Infinitive", "Gerund"))
    )
      return true;
  }
  return false;
}

export function findStatements(ctx: TermContext, newId: () => string): Statement[] {
  const statements: Statement[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    const words = text.split(/\s+/).length;
    if (words < 7 || words > 40 || !/\.$/.test(text) || /[“”"?;:()]/.test(text) || OPENERS.test(text)) continue;
    if (ctx.claimed.some((c) => overlaps(c, sentence))) continue;
    const verbIndex = mainVerb(ctx, sentence);
    if (verbIndex <= sentence.firstToken) continue;
    // The subject: a plain noun phrase ("The scans", "Carbon dating", "The human remains of the cave").
    const subject = ctx.tokens.slice(sentence.firstToken, verbIndex);
    if (subject.length > 8 || !hasTag(subject[0], "Determiner", "Noun", "Adjective")) continue;
    if (!subject.every(subjectWord) || !subject.some((t) => hasTag(t, "Noun"))) continue;
    // "The number has doubled", "A study has found that pupils born in those months...": true or false needs the sentence before.
    if (subject.length === 2 && hasTag(subject[0], "Determiner") && GENERAL.has(subject[1]!.text.toLowerCase()))
      continue;
    if (/\b(?:those|these|this)\s+\p{Ll}/u.test(text)) continue;
    const verb = ctx.tokens[verbIndex]!;
    const next = ctx.tokens[verbIndex + 1];
    const statement: Statement = { id: newId(), text, evidence: { start: sentence.start, end: sentence.end } };
    statements.push(statement);
    // Negated, these read as a half-truth rather than a falsehood, or as a double negative.
    if (NOT_NEGATABLE.test(text) || /\bas well as\b/.test(text)) continue;
    // "livestock killed by wolves", "DNA taken from the tooth ... has given": a participle, not the main verb.
    if (!/^\s+$/.test(verb.post) || !/^\s*$/.test(next?.pre ?? "")) continue;
    if (/^by$/i.test(next?.text ?? "") || finiteVerbLater(ctx, sentence, verbIndex)) continue;
    // "are also on sale", "is so rare that": "not" would land in the wrong place.
    if (next && /^(?:also|still|already|even|just|now|so|too|always|often|usually)$/i.test(next.text)) continue;
    const nouns = subject.filter((t) => hasTag(t, "Noun") && !/^(?:of|at|in|from)$/i.test(t.text));
    const pluralSubject = subject.some((t) => /^and$/i.test(t.text)) || hasTag(nouns.at(-1), "Plural");
    const negated = negateVerb(verb, next, pluralSubject);
    if (!negated) continue;
    const at = verb.start - sentence.start;
    statement.negated = `${text.slice(0, at)}${negated}${text.slice(at + verb.text.length)}`;
  }
  return statements;
}
