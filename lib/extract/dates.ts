/**
 * Dates and times, each with the clause saying what happened then
 * ("the bottle was found"), and events in time order when the dates make
 * the order certain (years, months of a year, full dates).
 *
 * Dates are read with the project's own patterns rather than
 * compromise-dates: on the corpus that plugin also returned "in the next
 * morning", "“Today," and "may" (the verb), and it adds about 40 KB gzipped
 * and half again to the extraction time.
 */
import type { DateFact, DateKind, EventFact } from "../article";
import type { Document } from "./document";
import { hasTag, type Sentence } from "./tokens";
import { MONTH, WEEKDAY } from "./words";

const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const SMALL =
  "\\d{1,3}(?:,\\d{3})+|\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many";
const UNIT = "years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?";
const SEASON = "spring|summer|autumn|winter";
const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
const HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const cap = (words: string) =>
  words
    .split("|")
    .map((w) => (/^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w))
    .join("|");
/** The small numbers of "two years ago", capitalized too ("Twenty years ago, ..."). */
const SMALL_ANY = cap(SMALL);

/** Longest forms first: a full date wins over the year inside it. */
const PATTERNS: { kind: DateKind; pattern: string }[] = [
  { kind: "date", pattern: `(?:(?:${WEEKDAY}),?\\s+)?${DAY}\\s+(?:${MONTH}),?\\s+${YEAR}` },
  { kind: "date", pattern: `(?:(?:${WEEKDAY}),?\\s+)?(?:${MONTH})\\s+${DAY},?\\s+${YEAR}` },
  { kind: "month", pattern: `(?:(?:early|mid|late)[-\\s])?(?:${MONTH})\\s+${YEAR}` },
  // "March 14", "Friday, March 14", "14 March"
  { kind: "date", pattern: `(?:(?:${WEEKDAY}),?\\s+)?(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d,]\\d)` },
  { kind: "date", pattern: `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})` },
  { kind: "relative", pattern: `(?:${SMALL_ANY})(?:\\s+or\\s+(?:${SMALL}))?\\s+(?:${UNIT})\\s+(?:ago|earlier|later)` },
  // "two months before the fire", "a week after the vote"
  {
    kind: "relative",
    pattern: `(?:${SMALL_ANY})\\s+(?:${UNIT})\\s+(?:before|after)(?=\\s+(?:the|his|her|its|their|a|an)\\s)`,
  },
  {
    kind: "relative",
    pattern: `(?:${cap("earlier|later")})\\s+this\\s+(?:year|month|week|summer|winter|spring|autumn|fall)`,
  },
  {
    kind: "relative",
    pattern: `(?:${cap("last|next|this")})\\s+(?:school year|year|month|week|weekend|summer|winter|spring|autumn|fall|season|decade|century|term|semester|morning|afternoon|evening|${MONTH}|${WEEKDAY})${PART_OF_DAY}`,
  },
  // "the year before", "the previous year", "every fortnight"
  {
    kind: "relative",
    pattern: `(?:${cap("the")})\\s+(?:(?:year|month|week|day|night)\\s+(?:before|after)|(?:previous|following)\\s+(?:year|month|week|day|season))|(?:${cap("every")})\\s+(?:day|week|fortnight|month|year|summer|winter|spring|autumn|morning|evening|night)`,
  },
  // "over the past two years", "the next five years", "in two or three years"
  { kind: "relative", pattern: `(?:${cap("the")}\\s+)(?:past|next|last|coming)\\s+(?:(?:${SMALL})\\s+)?(?:${UNIT})` },
  // "In two or three years", "within about eight years"; a lower-case "in two years" is more often how long something took.
  {
    kind: "relative",
    pattern: `(?<=\\b(?:In|[Ww]ithin)\\s)(?:(?:about|around|roughly|nearly)\\s+)?(?:${SMALL})(?:\\s+or\\s+(?:${SMALL}))?\\s+(?:${UNIT})(?!\\s+(?:of|old)\\b)`,
  },
  // "the end of May", "the end of the year", "the year to March"
  {
    kind: "relative",
    pattern: `(?:${cap("the")}\\s+)(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\\s+of\\s+(?:(?:${MONTH})|${YEAR}|the\\s+(?:year|month|week|season|decade|century|school year))`,
  },
  { kind: "relative", pattern: `the\\s+year\\s+to\\s+(?:${MONTH})` },
  // "still be here in ten years": lower-case, a date only in a clause about the future (checked in dateSpans).
  { kind: "relative", pattern: `(?<=\\bin\\s)(?:${SMALL})\\s+(?:years|months|weeks|decades)(?=[\\s,.;!?”"])` },
  // Times of a match or a day: "in the 11th minute", "just before half-time", "In the second half", "at the final whistle", "before kick-off"
  {
    kind: "relative",
    pattern: `(?:the\\s+\\d{1,3}(?:st|nd|rd|th)\\s+minute|half-time|halftime|the\\s+(?:first|second)\\s+half|the\\s+final\\s+whistle|kick-off|overnight(?=\\s*[,.;!?]|\\s+(?:and|but|as|when|in|on|after|before|from)\\b)|dusk|dawn|first light|daybreak|nightfall)`,
  },
  // "in the fall", "over the summer"
  {
    kind: "relative",
    pattern: `(?<=\\b(?:in|over|during|through|by|since|until|before|after)\\s)the\\s+(?:${SEASON}|fall)`,
  },
  // "for weeks", "for months"
  { kind: "relative", pattern: `(?<=\\b[Ff]or\\s)(?:weeks|months|years|decades|days)(?=[\\s,.;!?”"])` },
  // "in the '70s"
  { kind: "year", pattern: `the\\s+['’]\\d0s` },
  { kind: "year", pattern: `(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?${YEAR}s|${YEAR}` },
  { kind: "weekday", pattern: `(?:${WEEKDAY})(?:['’]s|s)?${PART_OF_DAY}` },
  { kind: "month", pattern: `(?:${MONTH})(?!\\s+\\d)` },
  { kind: "relative", pattern: `(?:${SEASON})` },
  { kind: "relative", pattern: `\\d{1,2}(?:[.:]\\d\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|(?:noon|midnight)` },
  // "at 6:30", "at seven," ("at three schools" is no time: a word hour needs punctuation or "o'clock" after it).
  {
    kind: "relative",
    pattern: `(?<=\\b(?:at|by|until|before|after|from|to|around|about)\\s)\\d{1,2}:\\d\\d(?=[\\s,.;!?”"]|$)`,
  },
  {
    kind: "relative",
    pattern: `(?<=\\b(?:at|by|until|before|after)\\s)(?:${HOUR_WORD})(?:\\s+o['’]clock|\\s+in\\s+the\\s+(?:morning|afternoon|evening)|(?=[,.;!?”"]|$))`,
  },
  // "Today a court finally listened": capitalized only before a lower-case word or a comma ("Today’s" is a name more often).
  {
    kind: "relative",
    pattern: `(?:yesterday|today|tomorrow|tonight|(?:Yesterday|Today|Tomorrow|Tonight)(?=,?\\s+\\p{Ll}))`,
  },
];
const DATE = new RegExp(PATTERNS.map((p) => `(${p.pattern})`).join("|"), "gu");
// "May" the verb, "March" the walk, "spring" the verb: a month or season on its own must follow a preposition.
const NEEDS_PREPOSITION = new RegExp(`^(?:${MONTH}|${SEASON})$`);
const PREPOSITION =
  /\b(in|on|since|by|until|till|at|from|before|after|during|of|between|around|about|last|early|late|for|through)\s+$/i;
/** The preposition written before a date, kept as written: "on", "since", "In", "until". */
const WRITTEN_PREPOSITION =
  /(?:^|[\s(“"—–-])((?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Aa]t|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Bb]etween|[Aa]round|[Oo]ver|[Ww]ithin|[Tt]hrough|[Tt]hroughout|[Ff]or|[Tt]o))\s+$/;
const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|which|who)\b/i;

/** Dates are read from every sentence, with the people named for "he" and "she". */
type DateContext = Document;

export interface FoundDate {
  start: number;
  end: number;
  kind: DateKind;
}

/** Every date or time written in the text, by its offsets (for numbers to skip); "from 7:20 a.m. to 8:30 a.m." is one. */
export function dateSpans(ctx: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    const inSentence: FoundDate[] = [];
    DATE.lastIndex = 0;
    for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const kind = PATTERNS[group]!.kind;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (/[\p{L}\p{N}]/u.test(ctx.body[start - 1] ?? "") || /[\p{L}\p{N}]/u.test(ctx.body[end] ?? "")) continue;
      // "33,000" is not the year 000; "1.5" is not a date; "£2.50" is not half past two.
      if (/\d[,.]$|[$£€]$/.test(ctx.body.slice(Math.max(0, start - 2), start))) continue;
      const preposition = PREPOSITION.exec(ctx.body.slice(Math.max(sentence.start, start - 12), start))?.[1];
      // "voted for May" is a person more often than a month.
      if (NEEDS_PREPOSITION.test(m[0]) && (!preposition || (m[0] === "May" && /^for$/i.test(preposition)))) continue;
      // "moved three times in two years" is how long something took; "will still be here in ten years" is when.
      if (
        /^\p{Ll}/u.test(m[0]) &&
        /^(?:[\d]|a |an |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a few)/.test(
          m[0],
        ) &&
        /(?:^|\s)in\s$/.test(ctx.body.slice(start - 4, start)) &&
        !/\b(?:will|would|could|might|should|want|wants|expect|expects|going to|be)\b[^,.;]*$/.test(
          ctx.body.slice(Math.max(sentence.start, start - 60), start),
        )
      )
        continue;
      inSentence.push({ start, end, kind });
    }
    // "from 7:20 a.m. to 8:30 a.m.", "between 2019 and 2022", "from spring until the end of August": one span.
    for (let i = 0; i < inSentence.length; i++) {
      const a = inSentence[i]!;
      const b = inSentence[i + 1];
      const opener = /\b(?:[Ff]rom|[Bb]etween)\s+$/.test(
        ctx.body.slice(Math.max(sentence.start, a.start - 9), a.start),
      );
      if (b && opener && /^\s+(?:to|until|till|through|and)\s+(?:the\s+)?$/.test(ctx.body.slice(a.end, b.start))) {
        found.push({ start: a.start, end: b.end, kind: a.kind });
        i++;
      } else found.push(a);
    }
  }
  return found;
}

/** The preposition just before a date, as written ("on", "In", "since"), if any. */
export function prepositionBefore(body: string, date: FoundDate): string | undefined {
  return WRITTEN_PREPOSITION.exec(body.slice(Math.max(0, date.start - 30), date.start))?.[1];
}

const capitalizedClause = (clause: string) => clause.charAt(0).toUpperCase() + clause.slice(1);

/**
 * What happened at the date, as a clause, when the sentence makes it plain:
 * "In 2011, Bolivia left the convention" → "Bolivia left the convention";
 * "The bottle was found in 2014." → "the bottle was found".
 */
function describedClause(ctx: DateContext, sentence: Sentence, date: FoundDate): string | undefined {
  const { body } = ctx;
  const before = body.slice(sentence.start, date.start);
  const preposition = PREPOSITION.exec(before);
  // "the beginning of May 2014", "the late 1990s": the date qualifies a noun, not a clause.
  if (preposition && /^of$/i.test(preposition[1]!)) return undefined;
  if (/s$/.test(body.slice(date.start, date.end)) || /\b(?:the|late|early|mid)\s+$/i.test(before)) return undefined;
  const phraseStart = preposition ? date.start - preposition[0].length : date.start;
  const after = body.slice(date.end, sentence.end);
  let clause: string | undefined;
  let clauseStart: number;
  if (body.slice(sentence.start, phraseStart).trim() === "" && /^,\s/.test(after)) {
    // "In 2011, Bolivia left ..."
    clauseStart = date.end + after.indexOf(",") + 1;
    clause = body.slice(clauseStart, sentence.end);
  } else if (
    /^[\s,]*(?:[.!?]|$|,\s|\s(?:and|but|when|after|before|while)\s)/.test(after) &&
    body.slice(sentence.start, phraseStart).trim() !== ""
  ) {
    // "The bottle was found in 2014." / "..., the bottle was found in 2014, and ..."
    clauseStart = sentence.start;
    clause = body.slice(sentence.start, phraseStart);
  } else return undefined;
  clause = clause
    .trim()
    .replace(/[,.;:!?\s]+$/, "")
    .replace(/^(?:and|but|so|then)\s+/i, "");
  if (/[“”"()]/.test(clause)) return undefined;
  // "The Mesolithic man, who lived in Spain around 7,000 years ago, had ...": the date belongs to
  // the relative clause, which says plainly what happened then ("the Mesolithic man lived in Spain").
  const relative =
    clauseStart === sentence.start
      ? /^((?:The|A|An)\s[\p{L}\s-]+?),\s+who\s+([\p{Ll}][^,]*?)(?:\s+(?:around|about|some|nearly|roughly))?$/u.exec(
          clause,
        )
      : null;
  // Only when what comes before ", who" is a noun phrase: "The idea came from X, who ..." is not.
  const headHasVerb = relative
    ? ctx.tokens
        .slice(sentence.firstToken, sentence.endToken)
        .some(
          (t) =>
            t.start >= sentence.start &&
            t.end <= sentence.start + relative[1]!.length &&
            hasTag(t, "Verb", "Copula", "Auxiliary"),
        )
    : false;
  if (relative && !headHasVerb && /^,\s/.test(after)) clause = `${relative[1]} ${relative[2]}`;
  // "The idea came from Daniel Reyes, a biology teacher at ..., who first took his class onto a boat in 2019.":
  // at the sentence's end the date belongs to the relative clause about the person named just before "who".
  const aboutPerson =
    clauseStart === sentence.start && /^\s*[.!?]?\s*$/.test(after) ? /,\s+who\s+(\p{Ll}[^,]*)$/u.exec(clause) : null;
  if (aboutPerson) {
    const whoAt = sentence.start + body.slice(sentence.start, phraseStart).indexOf(clause) + aboutPerson.index;
    const person = ctx.personMentions.findLast((m) => m.start >= sentence.start && m.end <= whoAt);
    const between = person ? body.slice(person.end, whoAt) : undefined;
    const name = person?.entity ? ctx.personName(person.entity) : undefined;
    // Only the name itself or the name and its appositive ("Daniel Reyes, a biology teacher at ...") before "who".
    if (name && (between === "" || /^,\s+(?:a|an|the)\s[^,]+$/.test(between!))) clause = `${name} ${aboutPerson[1]}`;
  }
  // In "X is fascinated by wolves who remained in the wild 33,000 years ago" the date belongs to the relative clause.
  if (/\b(?:who|which|that|whose|where|when)\b/i.test(clause)) return undefined;
  const words = clause.split(/\s+/);
  // A clause cut in the middle ends with a word that needs more after it.
  if (
    /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|which|who|that|than|as|its|their|his|her|was|were|is|are|be|been|has|have|had)$/i.test(
      clause,
    )
  )
    return undefined;
  if (clauseStart === sentence.start && clause.includes(",")) return undefined;
  if (words.length < 3 || words.length > 18 || /[;:]/.test(clause)) return undefined;
  // A subordinate or introductory clause is not a statement on its own.
  if (
    /^(?:when|while|although|though|because|if|as|since|after|before|until|which|who|where|whose|whom|that|but|and|or|yet|however|according)\b/i.test(
      clause,
    )
  )
    return undefined;
  // Another date or time in the clause would make the question unanswerable.
  if (new RegExp(`\\b(?:${YEAR}|${MONTH}|${WEEKDAY})\\b`).test(clause)) return undefined;
  // The clause needs a verb.
  const clauseEnd = clauseStart + body.slice(clauseStart).indexOf(clause.slice(0, 20)) + clause.length;
  const clauseTokens = ctx.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => t.start >= clauseStart && t.end <= clauseEnd);
  if (!clauseTokens.some((t) => hasTag(t, "Verb", "Copula", "Auxiliary"))) return undefined;
  // "he was born" → "Rob Yarrell was born"; other pronouns have no clear referent.
  const pronoun = PRONOUNS.exec(clause)?.[0];
  if (pronoun) {
    if (!/^(?:he|she)$/i.test(pronoun)) return undefined;
    const named = ctx.pronoun(pronoun, clauseStart);
    const name = named?.entity ? ctx.personName(named.entity) : undefined;
    if (!name) return undefined;
    clause = `${name}${clause.slice(pronoun.length)}`;
  }
  // Lower-case the first word unless it is a name: a word the text also writes in lower case is not one.
  const firstWord = /^[\p{L}’'-]+/u.exec(clause)?.[0] ?? "";
  // Nor is a word the tagger reads as an adjective or a plural noun and no name ("Calmer weather", "Bookshops in Ennis").
  const tagged = clauseTokens.find((t) => t.text === firstWord);
  const common =
    tagged !== undefined &&
    hasTag(tagged, "Adjective", "Plural") &&
    !hasTag(tagged, "ProperNoun", "Person", "Place", "Organization");
  const ordinary =
    common ||
    ctx.lowercaseWords.has(firstWord.toLowerCase()) ||
    /^(?:The|A|An|Some|Many|Most|All|Both|Each|Every|One|Two|Three|Experts|Scientists|Researchers|Officials)$/.test(
      firstWord,
    );
  return ordinary ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
}

function sortKey(text: string): number | undefined {
  const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(text);
  if (!year) return undefined;
  const month = new RegExp(`\\b(${MONTH})\\b`).exec(text);
  const monthIndex = month ? MONTH.split("|").indexOf(month[1]!) + 1 : 0;
  const day = month ? /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(year[1]!, "")) : null;
  return Number(year[1]) * 10000 + monthIndex * 100 + (day ? Number(day[1]) : 0);
}

/**
 * The words next to a date when no clause can be read for it: its clause up
 * to the date ("Hollis Ford Regional Hospital announced"), else the words
 * after it, at most 14 words. For a teacher to confirm, never to ask as is.
 */
function roughClause(ctx: DateContext, date: FoundDate, preposition: string | undefined): string {
  const { body } = ctx;
  const sentence = ctx.sentenceAt(date.start);
  const from = sentence?.start ?? Math.max(0, date.start - 120);
  const to = sentence?.end ?? Math.min(body.length, date.end + 120);
  const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const phraseStart = preposition ? date.start - preposition.length - 1 : date.start;
  const before = words(
    body
      .slice(from, Math.max(from, phraseStart))
      .split(/[,;:“”"—–(]/)
      .at(-1) ?? "",
  );
  if (before.length >= 3)
    return before
      .slice(-14)
      .join(" ")
      .replace(/^(?:and|but|so|then)\s+/i, "");
  const after = words(body.slice(date.end, to).split(/[,;:“”"—–().!?]/)[0] ?? "");
  if (after.length >= 2) return after.slice(0, 14).join(" ");
  return words(body.slice(from, to).replace(/[“”"]/g, "")).slice(0, 14).join(" ") || body.slice(date.start, date.end);
}

export function findDates(
  ctx: DateContext,
  found: readonly FoundDate[],
  newId: (prefix: string) => string,
): { dates: DateFact[]; events: EventFact[] } {
  const dates: DateFact[] = [];
  const events: EventFact[] = [];
  const sentenceOf = (offset: number) => ctx.ownSentences.find((s) => s.start <= offset && offset < s.end);
  const perSentence = new Map<Sentence, number>();
  for (const d of found) {
    const s = sentenceOf(d.start);
    if (s) perSentence.set(s, (perSentence.get(s) ?? 0) + 1);
  }
  for (const date of found) {
    const sentence = sentenceOf(date.start);
    const text = ctx.body.slice(date.start, date.end);
    const preposition = prepositionBefore(ctx.body, date);
    const base = {
      text,
      kind: date.kind,
      ...(preposition ? { preposition } : {}),
      evidence: { start: date.start, end: date.end },
    };
    // Two dates in one sentence: which one the clause belongs to is a guess. In a quotation, the speaker's words say it.
    const clean =
      sentence && perSentence.get(sentence)! === 1 && !/[“”"]/.test(ctx.body.slice(sentence.start, sentence.end));
    const describes = clean ? describedClause(ctx, sentence, date) : undefined;
    const id = newId("d");
    if (!describes) {
      // Listed for the teacher with the words around it, to be confirmed or corrected; not asked as it stands.
      const inQuote = ctx.quoted.some((q) => q.start <= date.start && date.start < q.end);
      dates.push({ id, ...base, describes: roughClause(ctx, date, preposition), certainty: inQuote ? 0.3 : 0.4 });
      continue;
    }
    dates.push({ id, ...base, describes, certainty: 0.85 });
    const key = date.kind === "relative" ? undefined : sortKey(text);
    if (key !== undefined && !/s$/.test(text))
      events.push({
        id: newId("e"),
        description: capitalizedClause(describes),
        when: id,
        order: key,
        evidence: { start: date.start, end: date.end },
      });
  }
  // Orders as 1, 2, 3...: equal dates share a number (order unknown between them).
  const keys = [...new Set(events.map((e) => e.order!))].sort((a, b) => a - b);
  for (const e of events) e.order = keys.indexOf(e.order!) + 1;
  return { dates, events: keys.length >= 2 ? events : [] };
}
