/**
 * Direct quotations and who said them. A quotation's speaker is the person
 * named next to a reporting verb ("said Yarrell", "Yarrell said:", "according
 * to Yarrell"); "he said" is the person last named; a quotation that runs on
 * into the next paragraph (no closing mark before the paragraph ends), or
 * that follows the same speaker's quotation in the same paragraph with no
 * other attribution, keeps its speaker. Anything else is left out: a wrong
 * speaker is worse than a missing question.
 */
import type { Quote, Span, UnnamedQuote } from "../article";
import type { Document } from "./document";
import type { Mention } from "./entities";
import type { Sentence } from "./tokens";
import { REPORTING } from "./words";

interface Quotation {
  /** Offsets of the opening and closing marks; `close` is the paragraph end when the quote runs on. */
  open: number;
  close: number;
  closed: boolean;
  paragraph: number;
  speaker?: string;
  /** The words that name the speaker, part of the evidence. */
  attribution?: Span;
  /** Attributed by a reporting verb next to it, not carried over from the quotation before. */
  direct?: boolean;
}

/** Quotations in one paragraph: “curly” pairs, or straight "..." pairs. */
function quotationsIn(paragraph: string, base: number, index: number): Quotation[] {
  const found: Quotation[] = [];
  const curly = paragraph.includes("“") || paragraph.includes("”");
  const pattern = curly ? /[“”]/g : /"/g;
  let open = -1;
  let straightOpen = true;
  for (let m = pattern.exec(paragraph); m !== null; m = pattern.exec(paragraph)) {
    const mark = m[0];
    const opening = curly ? mark === "“" : straightOpen;
    if (opening) {
      // A second opening mark before a close: the first quotation ran to here unclosed (a typo); keep the later one.
      open = m.index;
      straightOpen = false;
    } else if (open >= 0) {
      found.push({ open: base + open, close: base + m.index, closed: true, paragraph: index });
      open = -1;
      straightOpen = true;
    } else if (found.length === 0 && index > 0) {
      // A closing mark with no opening in this paragraph: the end of a quotation from the paragraph before.
      found.push({ open: base - 1, close: base + m.index, closed: true, paragraph: index });
    }
  }
  if (open >= 0) found.push({ open: base + open, close: base + paragraph.length, closed: false, paragraph: index });
  return found;
}

/** Quotations read the whole document: every sentence, the people named and the pronoun resolver. */
type QuoteContext = Document;

const sentenceAt = (sentences: readonly Sentence[], offset: number) =>
  sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.findLast((s) => s.start <= offset);

/** The speaker whose mention starts at `offset`, its title included ("Dr. Priya Raman", "Superintendent Lorraine Beaudry"). */
function personStartingAt(body: string, people: readonly Mention[], offset: number): Mention | undefined {
  return people.find(
    (m) =>
      m.start === offset ||
      (m.title !== undefined && m.start - m.title.length - 1 === offset) ||
      // "de la Vega said": the particles are written before the mention, which starts at the capital.
      (m.start > offset &&
        m.start - offset <= 12 &&
        /^(?:(?:de|la|van|von|der|den|da|du|del|di|le)\s+)+$/i.test(body.slice(offset, m.start))),
  );
}

/** Where a mention begins as written, its title included. */
const writtenStart = (m: Mention) => (m.title !== undefined ? m.start - m.title.length - 1 : m.start);

// Words that may stand between "said" and the speaker: "said Brockford manager Kieran Sowerby", "said psychologist Barbara Nusbaum".
const SKIPPABLE =
  /^(?!(?:on|in|at|that|to|it|he|she|they|we|i|you|after|before|when|while|this|last|next|of|for|with|by|as|and|but|or|then|later|earlier|yesterday|today|tomorrow|so|if|not|also|again|there|here)$)[\p{L}’'-]+$/iu;

/** The speaker named right after a reporting verb, maybe after up to three words of role. */
function speakerAfterVerb(ctx: QuoteContext, from: number, end: number): Mention | undefined {
  let at = from;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const found = personStartingAt(ctx.body, ctx.speakers, at);
    if (found) return found;
    // "said the museum’s curator, Mary-Kate O’Neill": a comma may close the role.
    const word = /^([\p{L}’'-]+),?\s+/u.exec(ctx.body.slice(at, end));
    if (!word || !SKIPPABLE.test(word[1]!)) return undefined;
    at += word[0].length;
  }
  return undefined;
}

const AFTER_VERB = new RegExp(`^[,.!?]?\\s*(?:${REPORTING})\\s+`, "u");
const AFTER_NAME_VERB = new RegExp(`^[,.!?]?\\s*`, "u");
const AFTER_PRONOUN = new RegExp(`^[,!?]?\\s*(?:he|she)\\s+(?:${REPORTING})\\b`, "u");
const AFTER_ACCORDING = /^[,.!?]?\s*according to\s+/u;
const NAME_THEN_VERB = new RegExp(`^(?:\\s*,[^,“”"]{1,120},|,)?\\s+(?:${REPORTING})\\b`, "u");
/** "Morocco’s environment minister, ", "the agency’s spokeswoman, ", "a museum curator, ": a role in lower case, then a comma. */
const ROLE_BEFORE_NAME = /^(?:(?:the|a|an)\s+|\p{Lu}[\p{L}’'-]*[’']s\s+)(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,\s+/u;
const BEFORE_VERB = new RegExp(
  `\\b(?:${REPORTING}|calling|describing)(?:\\s+(?:the\\s+)?[\\p{L}’']+){0,2}?\\s*(?::|,|\\s+that|\\s+as)?\\s*$`,
  "u",
);
// "said his office was “reviewing the decision carefully”": a phrase quoted inside reported speech, a few lower-case words on.
// "said visitors would be limited to two per patient “until we are confident ...”": the speaker's own reported words run on to it.
const BEFORE_VERB_PARTIAL = new RegExp(`\\b(?:${REPORTING})\\s+(?:that\\s+)?[^“”".;:!?\\p{Lu}]{1,100}$`, "u");
const BEFORE_PRONOUN = new RegExp(
  `\\b(?:he|she|He|She)\\s+(?:${REPORTING})(?:\\s+(?:the\\s+)?[\\p{L}’']+){0,2}?\\s*(?::|,|\\s+that)?\\s*$`,
  "u",
);
const BEFORE_ACCORDING = /\b[Aa]ccording to\s+$/;

/** Who said the quotation, read from the words right after or right before it. */
function attribute(ctx: QuoteContext, q: Quotation): void {
  const { body, sentences, speakers: people } = ctx;
  if (q.closed) {
    const closeSentence = sentenceAt(sentences, q.close);
    const tail = body.slice(q.close + 1, Math.max(q.close + 1, closeSentence?.end ?? q.close + 1));
    const tailStart = q.close + 1;
    for (const pattern of [AFTER_VERB, AFTER_ACCORDING]) {
      const m = pattern.exec(tail);
      const person = m ? speakerAfterVerb(ctx, tailStart + m[0].length, tailStart + tail.length) : undefined;
      if (person) {
        q.speaker = person.entity;
        q.direct = true;
        q.attribution = { start: tailStart, end: person.end };
        return;
      }
    }
    const lead = AFTER_NAME_VERB.exec(tail)!;
    // The name right after the quotation, or after who the speaker is ("“…,” Morocco’s environment minister,
    // Hakima el-Haite said." / "“…,” the minister, Hakima el-Haite, said."), then the verb.
    const role = ROLE_BEFORE_NAME.exec(tail.slice(lead[0].length));
    const nameStarts = [tailStart + lead[0].length, ...(role ? [tailStart + lead[0].length + role[0].length] : [])];
    for (const start of nameStarts) {
      const named = personStartingAt(body, people, start);
      const verb = named && NAME_THEN_VERB.exec(body.slice(named.end, closeSentence?.end ?? named.end));
      if (named && verb) {
        q.speaker = named.entity;
        q.direct = true;
        q.attribution = { start: tailStart, end: named.end + verb[0].length };
        return;
      }
    }
    const pronoun = AFTER_PRONOUN.exec(tail);
    if (pronoun) {
      const last = ctx.speakerPronoun(
        /she/i.test(pronoun[0]) ? "she" : "he",
        Math.max(q.open, ctx.paragraphStarts[q.paragraph]!),
      );
      if (last) {
        q.speaker = last.entity;
        q.direct = true;
        q.attribution = { start: tailStart, end: tailStart + pronoun[0].length };
        return;
      }
    }
  }
  if (q.open < ctx.paragraphStarts[q.paragraph]!) return;
  const openSentence = sentenceAt(sentences, q.open);
  const headStart =
    openSentence && openSentence.start < q.open ? openSentence.start : ctx.paragraphStarts[q.paragraph]!;
  const head = body.slice(headStart, q.open);
  if (BEFORE_ACCORDING.test(head)) return; // "according to “...”" quotes a document, not a person
  if (/:\s*$/.test(head) && headStart === openSentence?.start) {
    const inHead = people.filter((m) => m.kind === "person" && m.start >= headStart && m.end <= q.open);
    const subject = inHead[0];
    if (subject && writtenStart(subject) === headStart && new Set(inHead.map((m) => m.entity)).size === 1) {
      q.speaker = subject.entity;
      q.direct = true;
      q.attribution = { start: headStart, end: q.open };
      return;
    }
  }
  // "According to Tom Baker, “...”"
  const lastNamed = people.findLast((m) => m.start >= headStart && m.end <= q.open);
  if (
    lastNamed &&
    /[Aa]ccording to\s+$/.test(body.slice(headStart, writtenStart(lastNamed))) &&
    /^\s*,?\s*$/.test(body.slice(lastNamed.end, q.open))
  ) {
    q.speaker = lastNamed.entity;
    q.direct = true;
    q.attribution = { start: writtenStart(lastNamed) - "according to ".length, end: q.open };
    return;
  }
  // A phrase quoted in the middle of reported speech starts in lower case.
  const partial = /^\p{Ll}/u.test(body.slice(q.open + 1, q.open + 2)) ? BEFORE_VERB_PARTIAL.exec(head) : null;
  const verb = BEFORE_VERB.exec(head) ?? partial;
  if (verb) {
    const pronoun = BEFORE_PRONOUN.exec(head);
    if (pronoun) {
      const last = ctx.speakerPronoun(/^she/i.test(pronoun[0]) ? "she" : "he", headStart + pronoun.index);
      if (last) {
        q.speaker = last.entity;
        q.direct = true;
        q.attribution = { start: headStart + pronoun.index, end: q.open };
      }
      return;
    }
    // The last person named before the verb in the same sentence: "Rob Yarrell, national manager of ..., said:".
    const verbAt = headStart + verb.index;
    // An organization inside the appositive ("a marine biologist at the Kiel Institute") is passed over for the person before it.
    const before = people.filter((m) => m.start >= headStart && m.end <= verbAt).reverse();
    // "She faulted the judge..., calling it “...”": after a participle the speaker is the sentence's subject.
    const participle = /^(?:calling|describing)\b/.test(verb[0]);
    for (const named of before) {
      if (participle && writtenStart(named) !== headStart) break;
      // Nothing but an appositive between the name and the verb.
      const between = body.slice(named.end, verbAt);
      // "their manager, Gary Pemberton, described as": the comma that closes an appositive the name is.
      const closesAppositive =
        /^\s*,\s*$/.test(between) &&
        /,\s*$/.test(body.slice(Math.max(headStart, writtenStart(named) - 2), writtenStart(named)));
      if (/^\s*$/.test(between) || closesAppositive || /^\s*,[^“”"]*,\s*$/.test(between)) {
        q.speaker = named.entity;
        q.direct = true;
        q.attribution = { start: writtenStart(named), end: q.open };
        break;
      }
      if (named.kind !== "organization") break;
    }
  }
}

/**
 * "Reyes thanked Mayor Sam Whitfield for the city's help. “This barge is a
 * gift...,” he said.": the sentence before names two men, so the pronoun
 * alone cannot tell. The speaker is the sentence's subject when nothing but
 * an opening phrase comes before him, a verb follows him, he has already
 * been quoted, and no other man named there has been.
 */
function attributeToQuotedSubject(ctx: QuoteContext, q: Quotation, all: readonly Quotation[]): void {
  if (!q.closed || q.open < ctx.paragraphStarts[q.paragraph]!) return;
  const tailStart = q.close + 1;
  const pronoun = AFTER_PRONOUN.exec(ctx.body.slice(tailStart, tailStart + 40));
  if (!pronoun) return;
  const word = /she/i.test(pronoun[0]) ? "she" : "he";
  const index = ctx.sentences.findIndex((s) => s.start === q.open);
  const previous = index > 0 ? ctx.sentences[index - 1] : undefined;
  if (!previous || previous.paragraph !== q.paragraph) return;
  const named = ctx.personMentions.filter((m) => m.start >= previous.start && m.end <= previous.end);
  const candidates = named.filter((m) => ctx.fits(m, word));
  const subject = named[0];
  if (!subject || subject !== candidates[0] || /[“”"]/.test(ctx.body.slice(previous.start, previous.end))) return;
  // Nothing or a short opening phrase ("At the end of the ceremony,") before the subject, a verb right after it.
  const opening = ctx.body.slice(previous.start, subject.start);
  if (!/^(?:[\p{Lu}][^,“”"]{0,60},\s+)?$/u.test(opening)) return;
  if (!/^\s+\p{Ll}+(?:ed|s)\b/u.test(ctx.body.slice(subject.end, previous.end))) return;
  const quotedBefore = new Set(
    all.filter((other) => other.close < q.open && other.speaker).map((other) => other.speaker),
  );
  if (!quotedBefore.has(subject.entity)) return;
  if (candidates.some((m) => m.entity !== subject.entity && quotedBefore.has(m.entity))) return;
  q.speaker = subject.entity;
  // The evidence runs from the name, so it shows who "he" is.
  q.attribution = { start: subject.start, end: tailStart + pronoun[0].length };
}

/** Every quotation's inside, attributed or not: sentences there are someone's words, not the article's statements. */
export function quotedSpans(paragraphs: readonly string[], paragraphStarts: readonly number[]): Span[] {
  return paragraphs.flatMap((paragraph, p) =>
    quotationsIn(paragraph, paragraphStarts[p]!, p).map((q) => ({
      start: Math.max(q.open, paragraphStarts[p]!),
      end: q.close + 1,
    })),
  );
}

/**
 * Quotations with speakers, one per sentence of a quotation: those of named
 * people, and apart from them those of unnamed speakers and organizations
 * ("a spokeswoman for the hospital", "the company"), whose words must not
 * be given to anyone named.
 */
export function findQuotes(
  ctx: QuoteContext,
  newId: () => string,
  newUnnamedId: () => string,
): { quotes: Quote[]; unnamedQuotes: UnnamedQuote[] } {
  const all: Quotation[] = [];
  ctx.paragraphs.forEach((paragraph, p) => all.push(...quotationsIn(paragraph, ctx.paragraphStarts[p]!, p)));
  for (const q of all) attribute(ctx, q);
  for (const q of all) if (!q.speaker) attributeToQuotedSubject(ctx, q, all);

  // A quotation that opens a sentence right after a sentence whose subject is the only person it names
  // ("Myslajek, the son of a shepherd, is puzzled... “Why does one speak...?”") is that person's, as news style has it.
  for (const q of all) {
    if (q.speaker || q.open < ctx.paragraphStarts[q.paragraph]!) continue;
    const index = ctx.sentences.findIndex((s) => s.start === q.open);
    const previous = index > 0 ? ctx.sentences[index - 1] : undefined;
    if (!previous || previous.paragraph !== q.paragraph) continue;
    const named = ctx.speakers.filter((m) => m.start >= previous.start && m.end <= previous.end);
    const ids = new Set(named.map((m) => m.entity));
    if (
      ids.size === 1 &&
      named[0]!.start === previous.start &&
      !/[“”"]/.test(ctx.body.slice(previous.start, previous.end))
    ) {
      q.speaker = named[0]!.entity;
      q.attribution = { start: previous.start, end: named[0]!.end };
    }
  }

  // Continuations keep the speaker.
  for (let i = 1; i < all.length; i++) {
    const q = all[i]!;
    const previous = all[i - 1]!;
    if (q.speaker || !previous.speaker) continue;
    const runsOn =
      !previous.closed && q.paragraph === previous.paragraph + 1 && q.open === ctx.paragraphStarts[q.paragraph];
    const closesRunOn =
      q.open < ctx.paragraphStarts[q.paragraph]! && !previous.closed && q.paragraph === previous.paragraph + 1;
    // Someone else named in between may be the speaker; an organization named in between ("told the Herald") is not.
    const sameParagraph =
      q.paragraph === previous.paragraph &&
      !ctx.speakers.some(
        (m) => m.kind === "person" && m.start > previous.close && m.end <= q.open && m.entity !== previous.speaker,
      );
    if (runsOn || closesRunOn || sameParagraph) {
      q.speaker = previous.speaker;
      q.attribution = undefined;
    }
  }

  // Who an unnamed speaker or an organization is, as written.
  const unnamed = new Map<string, string>();
  for (const m of ctx.unnamedSpeakers) if (!unnamed.has(m.entity!)) unnamed.set(m.entity!, m.descriptor);
  for (const o of ctx.organizations) unnamed.set(o.id, o.name);

  const quotes: Quote[] = [];
  const unnamedQuotes: UnnamedQuote[] = [];
  const seen = new Set<string>();
  for (const q of all) {
    if (!q.speaker) continue;
    const innerStart = Math.max(q.open + 1, ctx.paragraphStarts[q.paragraph]!);
    for (const piece of sentencePieces(ctx, innerStart, q.close)) {
      const text = ctx.body.slice(piece.start, piece.end);
      // Scare quotes and fragments ("rough looking") are not statements anyone made; a short phrase is,
      // when a reporting verb gives it to its speaker ("called the closure “a failure of planning”").
      if (text.split(/\s+/).length < (q.direct ? 2 : 4)) continue;
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const start = q.attribution ? Math.min(piece.start, q.attribution.start) : piece.start;
      const end = q.attribution ? Math.max(piece.end, q.attribution.end) : piece.end;
      const certainty = q.direct ? 0.9 : 0.75;
      const descriptor = unnamed.get(q.speaker);
      if (descriptor !== undefined)
        unnamedQuotes.push({ id: newUnnamedId(), text, speaker: descriptor, certainty, evidence: { start, end } });
      else quotes.push({ id: newId(), text, speaker: q.speaker, certainty, evidence: { start, end } });
    }
  }
  return { quotes, unnamedQuotes };
}

/** The sentences inside a quotation's marks, trimmed of spaces. */
function sentencePieces(ctx: QuoteContext, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  let at = start;
  const inner = ctx.body.slice(start, end);
  // Split after ". ", "? " and "! " followed by a capital, inside the quotation only.
  const boundary = /[.!?…]\s+(?=[\p{Lu}“‘"])/gu;
  for (let m = boundary.exec(inner); m !== null; m = boundary.exec(inner)) {
    const cut = start + m.index + 1;
    if (/(?:\b\p{Lu}|Mr|Mrs|Ms|Dr|St|Prof)\.$/u.test(ctx.body.slice(Math.max(start, cut - 5), cut))) continue;
    pieces.push({ start: at, end: cut });
    at = start + m.index + m[0].length;
  }
  pieces.push({ start: at, end });
  return pieces
    .map((p) => {
      let s = p.start;
      let e = p.end;
      while (s < e && /\s/.test(ctx.body[s]!)) s++;
      while (e > s && /[\s,]/.test(ctx.body[e - 1]!)) e--;
      return { start: s, end: e };
    })
    .filter((p) => p.end > p.start);
}
