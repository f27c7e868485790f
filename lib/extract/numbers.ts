/**
 * Numbers with what they count, money and percentages. A number becomes a
 * fact only when a question about it can be worded from the sentence:
 * "2,000 people signed..." → "How many people signed...?", "Google has
 * built 100 prototypes" → "How many prototypes has Google built?". A number
 * that cannot be asked about cleanly is left out rather than asked badly.
 */
import type { Document } from "./document";
import type { NumberFact } from "../article";
import { parseNumber } from "../quiz";
import { AUXILIARIES, infinitive, subjectInQuestion } from "./grammar";
import { hasTag, type Sentence, type Token } from "./tokens";
import { figuresIn, type Figure } from "./figures";
import { CURRENCY, SCALE, TIME_UNITS, WORD_NUMBER } from "./words";

const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,$£€-])(?:([$£€])\\s?)?(${DIGITS}|${WORD_NUMBER})(?:\\s?(%|per ?cent\\b|percent\\b))?(?:\\s?(m|bn|million|billion|thousand|k)\\b)?(?![\\p{N}-]|\\.\\d|:\\d|\\s?(?:am|pm|a\\.m|p\\.m)\\b)`,
  "giu",
);

const QUALIFIERS =
  /(?:^|\s)(?:about|around|nearly|almost|more than|over|some|only|just|up to|at least|fewer than|less than|roughly|approximately|an estimated)\s*$/i;
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

/**
 * Every figure of the article (quotations included) with what it counts,
 * its kind and how sure that reading is; a question where one can be
 * worded from an article's own sentence. `isDate` marks offsets a date
 * already takes.
 */
export function findNumbers(
  doc: Document,
  isDate: (start: number, end: number) => boolean,
  newId: () => string,
): NumberFact[] {
  const ctx: NumberContext = { body: doc.body, tokens: doc.tokens, sentences: doc.ownSentences, isDate };
  const asked = askedNumbers(ctx);
  const inQuote = (start: number) => doc.quoted.some((q) => q.start <= start && start < q.end);
  const facts: NumberFact[] = [];
  for (const sentence of doc.sentences) {
    const figures = figuresIn(doc.body.slice(sentence.start, sentence.end), sentence.start);
    figures.forEach((figure, index) => {
      if (isDate(figure.start, figure.end)) return;
      // "League Two", "Route 31", "Halden Town 0": a bare number after a capitalized word inside a sentence is part of a name.
      const before = /(\p{Lu}[\p{L}’'-]*)\s$/u.exec(
        doc.body.slice(Math.max(sentence.start, figure.start - 30), figure.start),
      );
      if (
        before &&
        figure.kind === "count" &&
        figure.unit === undefined &&
        !/^(?:About|Around|Nearly|Some|Only|Just|Almost|More|Fewer|Over|Under|The|In|On|By|At|And|But|With|All|Its|Their|His|Her)$/.test(
          before[1]!,
        ) &&
        doc.body.slice(sentence.start, figure.start).trim() !== before[1]
      )
        return;
      if (
        figure.kind === "count" &&
        figure.unit === undefined &&
        (figure.value <= 1 || /^(?:1[5-9]|20)\d\d$/.test(figure.text))
      )
        return;
      const quoted = inQuote(figure.start);
      // A single amount keeps the question worded for it; a compound figure ("from 12 to 19") is more than its parts.
      const single = figure.kind === "count" || figure.kind === "money" || figure.kind === "percent";
      const question = single
        ? asked.find((a) => a.evidence.start < figure.end && figure.start < a.evidence.end)
        : undefined;
      if (question) {
        facts.push({ id: newId(), ...question, kind: figure.kind, certainty: 0.9 });
        return;
      }
      const counted = countedBy(ctx, doc, sentence, figure, figures.slice(0, index));
      if (!counted) return;
      const certainty = Math.max(0.2, counted.certainty - (quoted ? 0.1 : 0));
      facts.push({
        id: newId(),
        value: figure.value,
        text: figure.text,
        kind: figure.kind,
        ...(figure.values ? { values: figure.values } : {}),
        counts: counted.counts,
        certainty: Math.round(certainty * 100) / 100,
        evidence: { start: figure.start, end: figure.end },
      });
    });
  }
  return facts;
}

/** The numbers a question can be worded for, as before figures were read: the askable ones. */
function askedNumbers(ctx: NumberContext): Omit<NumberFact, "id">[] {
  const facts: Omit<NumberFact, "id">[] = [];
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
      const base = /^\d/.test(numeral)
        ? Number(numeral.replace(/,/g, ""))
        : parseNumber(numeral.replace(/^a /, "one ").replace(/^hundreds$|^thousands$|^a dozen$/, ""));
      if (base === undefined || !Number.isFinite(base) || base <= 1) continue;
      // A bare four-digit number is a year more often than a count.
      if (!currency && !percent && !scaleWord && /^(1[5-9]|20)\d\d$/.test(numeral)) continue;
      const fact = numberFact(ctx, sentence, { start, end, whole, currency, numeral, percent, scaleWord, base });
      if (fact) facts.push(fact);
    }
  }
  // Two numbers asked the same way would each have two right answers.
  const byQuestion = new Map<string, number>();
  for (const f of facts) byQuestion.set(f.question!, (byQuestion.get(f.question!) ?? 0) + 1);
  return facts.filter((f) => byQuestion.get(f.question!) === 1);
}

interface Counted {
  counts: string;
  certainty: number;
}

/** The plural noun phrase right after `offset` ("new teachers", "penalty corners"), if any. */
function nounAfter(ctx: NumberContext, sentence: Sentence, offset: number): string | undefined {
  let i = tokenIndexAt(ctx, sentence, offset);
  const nounTokens: Token[] = [];
  while (i < sentence.endToken && nounTokens.length < 4) {
    const t = ctx.tokens[i]!;
    if (t.start < offset) {
      i++;
      continue;
    }
    // "41 days" is a Duration to compromise, "120 volunteers" a verb: after a number both are what is counted.
    const duration = (hasTag(t, "Duration") && !hasTag(t, "Value")) || TIME_UNITS.has(t.text);
    const pluralVerb = nounTokens.length === 0 && hasTag(t, "PresentTense") && /[^s]s$/.test(t.text);
    // "14 lightly used routes", "12 teaching jobs", "three first-team defenders", "150 Missouri districts", "31 Democrats".
    const nextToken = ctx.tokens[i + 1];
    const modifier =
      (hasTag(t, "Adverb") &&
        /ly$/.test(t.text) &&
        nextToken !== undefined &&
        hasTag(nextToken, "Adjective", "Participle", "PastTense")) ||
      (hasTag(t, "Gerund", "Participle", "PastTense") &&
        nounTokens.length < 3 &&
        nextToken !== undefined &&
        hasTag(nextToken, "Noun") &&
        /^\p{Ll}/u.test(nextToken.text)) ||
      /^[\p{Ll}]+-[\p{Ll}-]+$/u.test(t.text);
    const capitalizedNoun =
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !hasTag(t, "Person", "FirstName", "Verb") &&
      nextToken !== undefined &&
      (/^\p{Ll}/u.test(nextToken.text) ? hasTag(nextToken, "Plural") : false);
    const capitalizedPlural =
      /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) &&
      hasTag(t, "Plural", "ProperNoun") &&
      !hasTag(t, "Person", "Place", "FirstName");
    if (!/^[\p{Ll}-]+$/u.test(t.text) && !capitalizedNoun && !capitalizedPlural) break;
    if (modifier) {
      nounTokens.push(t);
      i++;
      continue;
    }
    if (
      (!hasTag(t, "Noun", "Adjective") && !pluralVerb && !duration) ||
      (hasTag(t, "Date") && !duration) ||
      (hasTag(t, "Value") && !duration) ||
      hasTag(t, "Pronoun", "Possessive")
    )
      break;
    nounTokens.push(t);
    if (pluralVerb) break;
    if (!/^\s*$/.test(t.post)) break;
    i++;
  }
  const all = [...nounTokens];
  if (all.length === 1 && hasTag(all[0], "PresentTense") && !hasTag(all[0], "Noun")) return all[0]!.text;
  while (nounTokens.length > 0 && !hasTag(nounTokens.at(-1), "Plural") && !TIME_UNITS.has(nounTokens.at(-1)!.text))
    nounTokens.pop();
  // compromise does not know every plural ("species", "summers"): after a number above one, the first noun is counted.
  if (nounTokens.length === 0) {
    const first = all.findIndex((t) => hasTag(t, "Noun") && !hasTag(t, "Adjective", "Verb"));
    if (first < 0) return undefined;
    nounTokens.push(...all.slice(0, first + 1));
  }
  return ctx.body.slice(nounTokens[0]!.start, nounTokens.at(-1)!.end);
}

/** What a figure counts, read from the words after it (or, for a bare number, from the figure before it). */
function countedBy(
  ctx: NumberContext,
  doc: Document,
  sentence: Sentence,
  figure: Figure,
  before: readonly Figure[],
): Counted | undefined {
  const { body } = ctx;
  const after = body.slice(figure.end, sentence.end);
  const ofPhrase =
    /^\s+of\s+((?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{Ll}’'-]+\s+){0,2}?[\p{Ll}-]+)(?=[\s,.;:!?]|$)/u.exec(
      after,
    )?.[1];
  const noun = nounAfter(ctx, sentence, figure.end);
  switch (figure.kind) {
    case "money":
      return { counts: figure.unit ?? "money", certainty: 0.8 };
    case "percent":
      return { counts: ofPhrase ? `percent of ${ofPhrase}` : "percent", certainty: 0.8 };
    case "vote":
      return { counts: "votes for and against", certainty: 0.75 };
    case "score":
      return { counts: "score", certainty: 0.7 };
    case "fraction":
      return {
        counts: figure.unit ?? noun ?? (ofPhrase ? `share of ${ofPhrase}` : "share"),
        certainty: figure.unit || noun || ofPhrase ? 0.7 : 0.5,
      };
    case "range":
    case "change": {
      // "from 210 players to 175": the noun inside the figure.
      const inside =
        /\d[\d,.]*\s+([\p{Ll}-]+)\s+to\b/u.exec(figure.text)?.[1] ??
        /\s((?:percentage\s)?(?:places|spots|points|positions))$/.exec(figure.text)?.[1];
      const counts = figure.unit ?? inside ?? noun;
      return { counts: counts ?? (figure.kind === "change" ? "change" : "range"), certainty: counts ? 0.7 : 0.5 };
    }
    case "count": {
      if (figure.unit) return { counts: figure.unit, certainty: 0.75 };
      if (noun) return { counts: noun, certainty: 0.75 };
      // "Martin Ruiz Jr., 46, ...": an age after a name.
      const person = doc.personMentions.find(
        (m) => m.end <= figure.start && /^\.?,\s*$/.test(body.slice(m.end, figure.start)),
      );
      if (person && /^,/.test(after) && figure.value < 120) return { counts: "years of age", certainty: 0.7 };
      // "3,400 people in the UK, including about 1,100 at Tewford": the same noun as the figure before.
      // "the crowd of 4,200": the noun before "of".
      const whole =
        /\b(?:a|an|the)\s+([\p{Ll}-]+)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|more than\s+)?$/u.exec(
          body.slice(sentence.start, figure.start),
        )?.[1];
      if (whole && !/^(?:total|number|lot|couple|range|series|age|rate|cost|sum|maximum|minimum|average)$/.test(whole))
        return { counts: whole, certainty: 0.6 };
      const previous = before.at(-1);
      const previousNoun = previous && previous.kind === "count" ? nounAfter(ctx, sentence, previous.end) : undefined;
      if (
        previousNoun &&
        /\b(?:including|of them|of whom|among them)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i.test(
          body.slice(previous!.end, figure.start),
        )
      ) {
        return { counts: previousNoun, certainty: 0.5 };
      }
      // "about 14,000 people, 6,500 of them in Germany"
      if (
        previousNoun &&
        /^\s+of (?:them|whom)\b/.test(after) &&
        /^[\s\p{Ll}]*,\s*$/u.test(body.slice(previous!.end, figure.start).replace(previousNoun, ""))
      ) {
        return { counts: previousNoun, certainty: 0.5 };
      }
      return undefined;
    }
    default:
      return undefined;
  }
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
    counts = n.scaleWord
      ? `${n.scaleWord === "m" ? "million" : n.scaleWord === "bn" ? "billion" : n.scaleWord} ${CURRENCY[n.currency]}`
      : CURRENCY[n.currency]!;
    how = "much";
    afterNoun = n.end;
  } else if (n.percent) {
    const of = /^\s+of\s+((?:the\s+|their\s+|all\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s|$)/u.exec(
      body.slice(n.end, clauseEnd),
    );
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
      if (
        !hasTag(t, "Noun", "Adjective") ||
        hasTag(t, "Pronoun", "Possessive", "Date", "Value") ||
        !/^[\p{Ll}-]+$/u.test(t.text)
      )
        break;
      nounTokens.push(t);
      if (!/^\s*$/.test(t.post)) break;
      i++;
    }
    while (nounTokens.length > 0 && !hasTag(nounTokens.at(-1), "Plural")) nounTokens.pop();
    if (nounTokens.length === 0) return undefined;
    // "8,550 boys and girls": the number counts both; asked as "how many boys" its answer would be wrong.
    const pair = /^\s+(?:and|or)\s+([\p{Ll}-]+)/u.exec(body.slice(nounTokens.at(-1)!.end, clauseEnd));
    const second = pair
      ? ctx.tokens.find((t) => t.start === nounTokens.at(-1)!.end + pair[0].length - pair[1]!.length)
      : undefined;
    if (second && hasTag(second, "Plural") && hasTag(second, "Noun")) nounTokens.push(second);
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
  let rest = clauseFrom(body, afterNoun, sentence.end).replace(
    /(?:^|\s)(?:and|but|or|which|who|while|because|although|as|than|aged|including|ranging|between)\s.*$/,
    "",
  );
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
    if (restTokens[0] && hasTag(restTokens[0], "Verb", "Auxiliary", "Modal", "Copula") && wordCount(rest) >= 1)
      question = `${lead} ${rest}?`;
  } else {
    // Object position: "<subject> <verb group> <number> <noun> <rest>".
    const clauseStart = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")) + 1;
    const clauseText = before.slice(clauseStart).replace(QUALIFIERS, "").trim();
    const clauseOffset = sentence.start + clauseStart;
    // After a comma only a fresh clause will do: "..., but the state has", or a short opener ("Finally, ...", "In 2014, ...").
    const opener = before.slice(0, clauseStart);
    if (
      clauseStart > 0 &&
      !/^(?:and|but)\s/.test(clauseText) &&
      !(opener.split(",").length === 2 && opener.trim().split(/\s+/).length <= 4)
    )
      return undefined;
    // "There are now 1,500 wolves in Poland" → "How many wolves are there now in Poland?"; a time the sentence
    // opens with stays in the question ("In 1975, there were …" → "… in 1975?"), or two counts of one thing read alike.
    const there = /^there\s+(is|are|was|were)((?:\s+(?:now|still|currently|already|once))*)$/i.exec(clauseText);
    if (there) {
      const when = /^\s*((?:In|By|Since|Until|After|Before)\s+[^,]+),\s*$/.exec(opener)?.[1];
      const tail = when ? ` ${when.charAt(0).toLowerCase()}${when.slice(1)}` : "";
      // "There are 50,000 trips carried out every month" asks how many are carried out: no "there".
      const done =
        restTokens[0] !== undefined && hasTag(restTokens[0], "Verb") && /(?:ed|en|ing)$/.test(restTokens[0].text);
      question = `${lead} ${there[1]!.toLowerCase()}${done ? "" : " there"}${there[2]!.toLowerCase()}${rest ? ` ${rest}` : ""}${tail}?`;
    } else {
      const words = ctx.tokens
        .slice(tokenIndexAt(ctx, sentence, clauseOffset), tokenIndexAt(ctx, sentence, n.start))
        .filter((t) => t.start >= clauseOffset);
      let v = words.length;
      while (
        v > 0 &&
        /^(?:about|around|nearly|almost|more|than|over|some|only|just|up|to|at|least|fewer|less|roughly|approximately|an|estimated)$/i.test(
          words[v - 1]!.text,
        )
      )
        v--;
      let verbStart = v;
      while (
        verbStart > 0 &&
        hasTag(words[verbStart - 1], "Verb", "Auxiliary", "Modal", "Copula", "Negative") &&
        !hasTag(words[verbStart - 1], "Gerund")
      )
        verbStart--;
      const verbs = words.slice(verbStart, v);
      const subjectTokens = words.slice(0, verbStart).filter((t) => !/^(?:and|but)$/i.test(t.text) || t !== words[0]);
      if (verbs.length === 0 || subjectTokens.length === 0 || subjectTokens.length > 6) return undefined;
      if (subjectTokens.some((t) => hasTag(t, "Verb", "Preposition") && !hasTag(t, "ProperNoun"))) return undefined;
      if (subjectTokens.length === 1 && PRONOUN_SUBJECT.test(subjectTokens[0]!.text)) return undefined;
      const subject = subjectInQuestion(
        body.slice(subjectTokens[0]!.start, subjectTokens.at(-1)!.end),
        subjectTokens[0],
        body,
      );
      const first = verbs[0]!;
      // Money is asked about only after verbs that say what it was for ("cost", "raised").
      if (
        how === "much" &&
        !/^(?:cost|costs|paid|pay|pays|spent|spend|spends|raised|raise|earn|earned|earns|charged|charge|charges|invested|received|receives|donated|lost|saved|borrowed|owes|owed)$/i.test(
          verbs.at(-1)!.text,
        )
      )
        return undefined;
      let verbPart: string;
      if (verbs.length === 1 && /^(?:has|have|had)$/i.test(first.text)) {
        // "London has 22,000 cabs": "has" is the verb here, not an auxiliary.
        verbPart = `${first.text.toLowerCase() === "had" ? "did" : first.text.toLowerCase() === "has" ? "does" : "do"} ${subject} have`;
      } else if (AUXILIARIES.has(first.text.toLowerCase())) {
        const restVerbs = verbs
          .slice(1)
          .map((t) => t.text)
          .join(" ");
        verbPart = `${first.text.toLowerCase()} ${subject}${restVerbs ? ` ${restVerbs}` : ""}`;
      } else if (verbs.length === 1) {
        const base = infinitive(first.text);
        if (!base) return undefined;
        const does = hasTag(first, "PastTense")
          ? "did"
          : hasTag(first, "PresentTense") && /s$/.test(first.text)
            ? "does"
            : "do";
        verbPart = `${does} ${subject} ${base}`;
      } else return undefined;
      question = `${lead} ${verbPart}${rest ? ` ${rest}` : ""}?`;
    }
  }
  if (!question || wordCount(question) > 22 || /[“”"]/.test(question)) return undefined;
  question = question.replace(/\s+/g, " ").replace(/\s+\?$/, "?");
  // "about 22,000 cabs" is asked "About how many …?"; "more than 60", "up to £155" are bounds, not an amount a
  // question can have as its answer.
  if (/\b(?:more than|over|at least|up to|under|less than|fewer than)\s+$/i.test(before)) return undefined;
  if (/\b(?:about|around|nearly|almost|roughly|some|approximately|an estimated)\s+$/i.test(before))
    question = `About ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
  return { value, text: n.whole.trim(), counts, question, evidence: { start: n.start, end: n.end } };
}
