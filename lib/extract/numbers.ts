/**
 * Numbers with what they count, money and percentages. A number becomes a
 * fact only when a question about it can be worded from the sentence:
 * "2,000 people signed..." → "How many people signed...?", "Google has
 * built 100 prototypes" → "How many prototypes has Google built?". A number
 * that cannot be asked about cleanly is left out rather than asked badly.
 */
import type { Document } from "./document";
import type { NumberFact } from "../article/types";
import { parseNumber } from "../quiz/match";
import { AUXILIARIES, infinitive, subjectInQuestion } from "./grammar";
import { hasTag, type Sentence, type Token } from "./tokens";
import { CURRENCY, SCALE, WORD_NUMBER } from "./words";

const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,$£€-])(?:([$£€])\\s?)?(${DIGITS}|${WORD_NUMBER})(?:\\s?(%|per ?cent\\b|percent\\b))?(?:\\s?(m|bn|million|billion|thousand|k)\\b)?(?![\\p{N}-]|\\.\\d|:\\d|\\s?(?:am|pm|a\\.m|p\\.m)\\b)`,
  "giu",
);

const QUALIFIERS = /(?:^|\s)(?:about|around|nearly|almost|more than|over|some|only|just|up to|at least|fewer than|less than|roughly|approximately|an estimated)\s*$/i;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|which|who)$/i;

interface NumberContext {
  body: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Offsets already taken by dates (years, times): not counts. */
  isDate(start: number, end: number): boolean;
}

function tokenIndexAt(ctx: NumberContext, sentence: Sentence, offset: number): number {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (ctx.tokens[i]!.end > offset) return i;
  return sentence.endToken;
}

/** The rest of the clause from `offset`: up to a comma, semicolon, dash, bracket or the sentence end. */
function clauseFrom(body: string, offset: number, end: number): string {
  const rest = body.slice(offset, end);
  const stop = rest.search(/[,;:()“”"—–]|\s-\s|[.!?](?:\s|$)/);
  return (stop >= 0 ? rest.slice(0, stop) : rest).trim();
}

const wordCount = (text: string) => (text.trim() === "" ? 0 : text.trim().split(/\s+/).length);

/** Numbers in the article's own sentences; `isDate` marks offsets a date already takes. */
export function findNumbers(doc: Document, isDate: (start: number, end: number) => boolean, newId: () => string): NumberFact[] {
  return numbersIn({ body: doc.body, tokens: doc.tokens, sentences: doc.ownSentences, isDate }, newId);
}

function numbersIn(ctx: NumberContext, newId: () => string): NumberFact[] {
  const facts: NumberFact[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    // Quoted speech is asked about as a quotation, not as a number.
    if (/[“”"]/.test(text)) continue;
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
      const whole = m[0];
      const [, currency, numeral = "", percent, scaleWord] = m;
      const start = sentence.start + m.index;
      const end = start + whole.length;
      if (ctx.isDate(start, end)) continue;
      const base = /^\d/.test(numeral) ? Number(numeral.replace(/,/g, "")) : parseNumber(numeral.replace(/^a /, "one ").replace(/^hundreds$|^thousands$|^a dozen$/, ""));
      if (base === undefined || !Number.isFinite(base) || base <= 1) continue;
      // A bare four-digit number is a year more often than a count.
      if (!currency && !percent && !scaleWord && /^(1[5-9]|20)\d\d$/.test(numeral)) continue;
      const fact = numberFact(ctx, sentence, { start, end, whole, currency, numeral, percent, scaleWord, base });
      if (fact) facts.push({ id: newId(), ...fact });
    }
  }
  // Two numbers asked the same way would each have two right answers.
  const byQuestion = new Map<string, number>();
  for (const f of facts) byQuestion.set(f.question!, (byQuestion.get(f.question!) ?? 0) + 1);
  return facts.filter((f) => byQuestion.get(f.question!) === 1);
}

interface Found {
  start: number;
  end: number;
  whole: string;
  currency?: string;
  numeral: string;
  percent?: string;
  scaleWord?: string;
  base: number;
}

function numberFact(ctx: NumberContext, sentence: Sentence, n: Found): Omit<NumberFact, "id"> | undefined {
  const { body } = ctx;
  const clauseEnd = sentence.end;
  let counts: string;
  let value = n.base;
  let afterNoun: number;
  let how: "many" | "much" | "percentage";
  if (n.currency) {
    // "$3.5m" is asked in millions of dollars: the options read "$2.5m", "$4.5m".
    counts = n.scaleWord ? `${n.scaleWord === "m" ? "million" : n.scaleWord === "bn" ? "billion" : n.scaleWord} ${CURRENCY[n.currency]}` : CURRENCY[n.currency]!;
    how = "much";
    afterNoun = n.end;
  } else if (n.percent) {
    const of = /^\s+of\s+((?:the\s+|their\s+|all\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s|$)/u.exec(body.slice(n.end, clauseEnd));
    if (!of) return undefined;
    counts = "percent";
    how = "percentage";
    afterNoun = n.end + of[0].length;
    // the noun phrase is part of the question: "What percentage of workers ...?"
    return asked(ctx, sentence, n, value, counts, how, `of ${of[1]}`, afterNoun);
  } else {
    // The counted noun: adjectives and nouns after the number, ending at a plural noun.
    let i = tokenIndexAt(ctx, sentence, n.end);
    const nounTokens: Token[] = [];
    while (i < sentence.endToken && nounTokens.length < 4) {
      const t = ctx.tokens[i]!;
      if (t.start < n.end) {
        i++;
        continue;
      }
      if (!hasTag(t, "Noun", "Adjective") || hasTag(t, "Pronoun", "Possessive", "Date", "Value") || !/^[\p{Ll}-]+$/u.test(t.text)) break;
      nounTokens.push(t);
      if (!/^\s*$/.test(t.post)) break;
      i++;
    }
    while (nounTokens.length > 0 && !hasTag(nounTokens.at(-1), "Plural")) nounTokens.pop();
    if (nounTokens.length === 0) return undefined;
    if (n.scaleWord) value = n.base * SCALE[n.scaleWord.toLowerCase()]!;
    counts = body.slice(nounTokens[0]!.start, nounTokens.at(-1)!.end);
    how = "many";
    afterNoun = nounTokens.at(-1)!.end;
  }
  return asked(ctx, sentence, n, value, counts, how, counts, afterNoun);
}

/**
 * The question for a number. Subject position ("About 2,000 people signed
 * it") → "How many people signed it?"; object position after a verb group
 * ("Google has built 100 prototypes") → "How many prototypes has Google built?".
 */
function asked(
  ctx: NumberContext,
  sentence: Sentence,
  n: Found,
  value: number,
  counts: string,
  how: "many" | "much" | "percentage",
  phrase: string,
  afterNoun: number,
): Omit<NumberFact, "id"> | undefined {
  const { body } = ctx;
  const before = body.slice(sentence.start, n.start);
  let rest = clauseFrom(body, afterNoun, sentence.end).replace(/(?:^|\s)(?:and|but|or|which|who|while|because|although|as|than)\s.*$/, "");
  // "50 meters long" asks "How many meters long ...?"
  // "170,000 miles of public roads": the whole phrase is what is counted.
  const ofPhrase = how === "many" ? /^of\s+(?:[\p{Ll}’'-]+\s*){1,4}$/u.exec(rest) : null;
  if (ofPhrase) {
    phrase = `${phrase} ${rest}`;
    rest = "";
  }
  const measure = /^(long|tall|wide|deep|high|old|away|thick|heavy|later|earlier|ago)\b\s*/.exec(rest);
  if (measure && how === "many") {
    phrase = `${phrase} ${measure[1]}`;
    rest = rest.slice(measure[0].length);
  }
  const lead = how === "many" ? `How many ${phrase}` : how === "percentage" ? `What percentage ${phrase}` : "How much";
  const restTokens = ctx.tokens.slice(tokenIndexAt(ctx, sentence, afterNoun), sentence.endToken);
  let question: string | undefined;

  const beforeClause = before.replace(QUALIFIERS, "").replace(/^\s*(?:But|And|So|Yet)\s+/, "");
  if (beforeClause.trim() === "" && how !== "much") {
    // Subject position: the rest must start with a verb.
    if (restTokens[0] && hasTag(restTokens[0], "Verb", "Auxiliary", "Modal", "Copula") && wordCount(rest) >= 1) question = `${lead} ${rest}?`;
  } else {
    // Object position: "<subject> <verb group> <number> <noun> <rest>".
    const clauseStart = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")) + 1;
    const clauseText = before.slice(clauseStart).replace(QUALIFIERS, "").trim();
    const clauseOffset = sentence.start + clauseStart;
    // After a comma only a fresh clause will do: "..., but the state has", or a short opener ("Finally, ...", "In 2014, ...").
    const opener = before.slice(0, clauseStart);
    if (clauseStart > 0 && !/^(?:and|but)\s/.test(clauseText) && !(opener.split(",").length === 2 && opener.trim().split(/\s+/).length <= 4)) return undefined;
    const words = ctx.tokens.slice(tokenIndexAt(ctx, sentence, clauseOffset), tokenIndexAt(ctx, sentence, n.start)).filter((t) => t.start >= clauseOffset);
    let v = words.length;
    while (v > 0 && /^(?:about|around|nearly|almost|more|than|over|some|only|just|up|to|at|least|fewer|less|roughly|approximately|an|estimated)$/i.test(words[v - 1]!.text)) v--;
    let verbStart = v;
    while (verbStart > 0 && hasTag(words[verbStart - 1], "Verb", "Auxiliary", "Modal", "Copula", "Negative") && !hasTag(words[verbStart - 1], "Gerund")) verbStart--;
    const verbs = words.slice(verbStart, v);
    const subjectTokens = words.slice(0, verbStart).filter((t) => !/^(?:and|but)$/i.test(t.text) || t !== words[0]);
    if (verbs.length === 0 || subjectTokens.length === 0 || subjectTokens.length > 6) return undefined;
    if (subjectTokens.some((t) => hasTag(t, "Verb", "Preposition") && !hasTag(t, "ProperNoun"))) return undefined;
    if (subjectTokens.length === 1 && PRONOUN_SUBJECT.test(subjectTokens[0]!.text)) return undefined;
    const subject = subjectInQuestion(body.slice(subjectTokens[0]!.start, subjectTokens.at(-1)!.end), subjectTokens[0]);
    const first = verbs[0]!;
    // Money is asked about only after verbs that say what it was for ("cost", "raised").
    if (how === "much" && !/^(?:cost|costs|paid|pay|pays|spent|spend|spends|raised|raise|earn|earned|earns|charged|charge|charges|invested|received|receives|donated|lost|saved|borrowed|owes|owed)$/i.test(verbs.at(-1)!.text)) return undefined;
    let verbPart: string;
    if (verbs.length === 1 && /^(?:has|have|had)$/i.test(first.text)) {
      // "London has 22,000 cabs": "has" is the verb here, not an auxiliary.
      verbPart = `${first.text.toLowerCase() === "had" ? "did" : first.text.toLowerCase() === "has" ? "does" : "do"} ${subject} have`;
    } else if (AUXILIARIES.has(first.text.toLowerCase())) {
      const restVerbs = verbs.slice(1).map((t) => t.text).join(" ");
      verbPart = `${first.text.toLowerCase()} ${subject}${restVerbs ? ` ${restVerbs}` : ""}`;
    } else if (verbs.length === 1) {
      const base = infinitive(first.text);
      if (!base) return undefined;
      const does = hasTag(first, "PastTense") ? "did" : hasTag(first, "PresentTense") && /s$/.test(first.text) ? "does" : "do";
      verbPart = `${does} ${subject} ${base}`;
    } else return undefined;
    question = `${lead}${how === "much" ? "" : ""} ${verbPart}${rest ? ` ${rest}` : ""}?`;
  }
  if (!question || wordCount(question) > 22 || /[“”"]/.test(question)) return undefined;
  question = question.replace(/\s+/g, " ").replace(/\s+\?$/, "?");
  return { value, text: n.whole.trim(), counts, question, evidence: { start: n.start, end: n.end } };
}
