/**
 * Cause and effect, and purpose, where the article says so in words:
 * "because", "so", "as a result", "therefore", "in order to", within a
 * sentence or across two neighbouring ones. Each becomes a "Why …?"
 * question made from the effect by inversion ("Why are octopuses able to
 * fit into extremely small spaces?"), answered by the cause as a sentence
 * of its own ("Octopuses have no bones."). The wrong answers are other
 * statements of the same passage: true, but not the reason.
 */
import type { Document } from "./document";
import type { CauseFact } from "../article/types";
import { asSentence, wordSimilarity } from "../quiz/text";
import { invert } from "./grammar";
import type { PronounResolver } from "./pronouns";
import { hasTag, type Sentence, type Token } from "./tokens";

interface CauseContext {
  body: string;
  tokens: readonly Token[];
  /** The article's own sentences (not inside quotation marks). */
  sentences: readonly Sentence[];
  pronoun: PronounResolver;
  /** The name of the person a mention id stands for. */
  personName(id: string): string | undefined;
}

interface Clause {
  start: number;
  end: number;
}

interface Relation {
  kind: CauseFact["kind"];
  cause: Clause;
  effect: Clause;
  /** The sentence or two sentences that hold both. */
  evidence: Clause;
}

const words = (text: string) => (text.trim() === "" ? 0 : text.trim().split(/\s+/).length);
const MAX_CLAUSE_WORDS = 22;

/** Tokens inside [start, end). */
function tokensIn(ctx: CauseContext, span: Clause): Token[] {
  return ctx.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

/** Trims spaces and commas from both ends of a clause. */
function trim(body: string, start: number, end: number): Clause {
  while (start < end && /[\s,;–—-]/.test(body[start]!)) start++;
  while (end > start && /[\s,;.!?–—-]/.test(body[end - 1]!)) end--;
  return { start, end };
}

/** The relations a sentence (with the one before it) states. */
function relations(ctx: CauseContext, sentence: Sentence, previous: Sentence | undefined): Relation[] {
  const { body } = ctx;
  const text = body.slice(sentence.start, sentence.end);
  const at = (i: number) => sentence.start + i;
  const found: Relation[] = [];
  const whole = { start: sentence.start, end: sentence.end };

  // "Because CAUSE, EFFECT."
  const lead = /^Because\s+([^,]+),\s+(.+)$/.exec(text);
  if (lead) {
    const causeStart = at(lead[0].indexOf(lead[1]!));
    found.push({ kind: "cause", cause: trim(body, causeStart, causeStart + lead[1]!.length), effect: trim(body, at(lead[0].lastIndexOf(lead[2]!)), sentence.end), evidence: whole });
  } else {
    // "EFFECT because CAUSE." ("not because" says what the reason is not)
    const inner = /^(.+?),?\s+because\s+(?!of\b)(.+)$/.exec(text);
    if (inner && !/\bnot\s*$/.test(inner[1]!)) {
      found.push({ kind: "cause", effect: trim(body, sentence.start, at(inner[1]!.length)), cause: trim(body, at(text.lastIndexOf(inner[2]!)), sentence.end), evidence: whole });
    }
  }
  // "CAUSE, so EFFECT." / "CAUSE so EFFECT" (not "so that", "so far", "so many")
  const so = /^(.+?),?\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|as\b)(.+)$/.exec(text);
  if (so && !lead) found.push({ kind: "cause", cause: trim(body, sentence.start, at(so[1]!.length)), effect: trim(body, at(text.lastIndexOf(so[2]!)), sentence.end), evidence: whole });
  // "EFFECT in order to PURPOSE."
  const purpose = /^(.+?),?\s+in order to\s+(.+)$/.exec(text);
  if (purpose) found.push({ kind: "purpose", effect: trim(body, sentence.start, at(purpose[1]!.length)), cause: trim(body, at(text.lastIndexOf(purpose[2]!)) - "to ".length, sentence.end), evidence: whole });
  // "CAUSE. As a result, EFFECT." / "Therefore, EFFECT."
  const next = /^(?:As a result|Therefore|Because of this|For this reason|As a consequence),\s+(.+)$/.exec(text);
  if (next && previous && previous.paragraph === sentence.paragraph) {
    found.push({ kind: "cause", cause: trim(body, previous.start, previous.end), effect: trim(body, at(text.lastIndexOf(next[1]!)), sentence.end), evidence: { start: previous.start, end: sentence.end } });
  }
  return found.filter((r) => words(body.slice(r.cause.start, r.cause.end)) >= 3 && words(body.slice(r.effect.start, r.effect.end)) >= 3);
}

/** "fit into small spaces and have been filmed …": the effect ends where a second verb phrase begins. */
function firstVerbPhrase(ctx: CauseContext, effect: Clause): Clause {
  const tokens = tokensIn(ctx, effect);
  for (let i = 2; i < tokens.length - 1; i++) {
    if (/^(?:and|but)$/i.test(tokens[i]!.text) && hasTag(tokens[i + 1], "Verb", "Auxiliary", "Modal", "Copula") && !hasTag(tokens[i + 1], "Gerund")) {
      return { start: effect.start, end: tokens[i - 1]!.end };
    }
  }
  return effect;
}

/** Leading "and", "but", "then" are not part of the clause. */
function clauseText(body: string, clause: Clause): string {
  return body.slice(clause.start, clause.end).replace(/^(?:and|but|then)\s+/i, "");
}

/**
 * The subject of a clause as a reader needs it out of context: a pronoun
 * replaced by the noun it stands for (the other clause's subject for
 * "they"/"it", the person last named for "he"/"she"); undefined when that
 * cannot be told.
 */
function subjectFor(ctx: CauseContext, pronoun: string, at: number, otherSubject: string | undefined): string | undefined {
  if (/^(?:he|she)$/i.test(pronoun)) {
    const person = ctx.pronoun(pronoun.toLowerCase(), at);
    return person?.entity ? ctx.personName(person.entity) : undefined;
  }
  if (/^(?:they|it)$/i.test(pronoun) && otherSubject && !/^(?:he|she|it|they|this|that)$/i.test(otherSubject)) return otherSubject;
  return undefined;
}

/** The first word of a clause if it is a pronoun. */
const leadingPronoun = (text: string) => /^(he|she|it|they)\b/i.exec(text)?.[1];

function firstNounPhrase(ctx: CauseContext, clause: Clause): string | undefined {
  const tokens = tokensIn(ctx, clause);
  const v = tokens.findIndex((t, i) => i > 0 && hasTag(t, "Verb", "Auxiliary", "Modal", "Copula"));
  if (v <= 0 || v > 6) return undefined;
  return ctx.body.slice(tokens[0]!.start, tokens[v - 1]!.end);
}

/** The cause as an answer a student reads on its own: a sentence, its pronoun subject named. */
function causeAnswer(ctx: CauseContext, relation: Relation, effectSubject: string | undefined): string | undefined {
  let text = clauseText(ctx.body, relation.cause);
  if (relation.kind === "purpose") return words(text) <= MAX_CLAUSE_WORDS ? asSentence(text) : undefined;
  const pronoun = leadingPronoun(text);
  if (pronoun) {
    const subject = subjectFor(ctx, pronoun, relation.cause.start, effectSubject);
    if (!subject) return undefined;
    text = `${subject}${text.slice(pronoun.length)}`;
  }
  if (words(text) > MAX_CLAUSE_WORDS || /[“”"]/.test(text)) return undefined;
  return asSentence(text);
}

/**
 * Other statements of the same passage, as sentences of their own: the
 * wrong answers to "why". Not the cause or the effect, nothing that leans on
 * a pronoun, nothing quoted.
 */
function passageStatements(ctx: CauseContext, relation: Relation, answer: string, question: string): string[] {
  const paragraph = ctx.sentences.find((s) => s.start <= relation.evidence.start && relation.evidence.start < s.end)?.paragraph ?? -1;
  const out: string[] = [];
  ctx.sentences.forEach((s, i) => {
    if (Math.abs(s.paragraph - paragraph) > 1) return;
    if (s.start < relation.evidence.end && relation.evidence.start < s.end) return;
    let text = ctx.body.slice(s.start, s.end).trim();
    if (/[“”"?]/.test(text) || /^(?:But|And|So|This|That|These|Those|Its|Their|His|Her)\b/.test(text)) return;
    // "They are also understood to be intelligent": named from the sentence before, as a reader would.
    const pronoun = leadingPronoun(text);
    if (pronoun) {
      const before = ctx.sentences[i - 1];
      const subject = subjectFor(ctx, pronoun, s.start, before && before.paragraph === s.paragraph ? firstNounPhrase(ctx, before) : undefined);
      if (!subject) return;
      text = `${subject}${text.slice(pronoun.length)}`;
    }
    const n = words(text);
    if (n < 5 || n > MAX_CLAUSE_WORDS) return;
    // Nothing that says the same as the answer or the question.
    if (wordSimilarity(text, answer) >= 0.3 || wordSimilarity(text, question) >= 0.4) return;
    out.push(asSentence(text));
  });
  return out;
}

/** Other "to …" aims in the passage ("to step up security"), the wrong answers to a purpose question. */
function passagePurposes(ctx: CauseContext, relation: Relation, answer: string): string[] {
  const paragraph = ctx.sentences.find((s) => s.start <= relation.evidence.start && relation.evidence.start < s.end)?.paragraph ?? -1;
  const out: string[] = [];
  for (const s of ctx.sentences) {
    if (Math.abs(s.paragraph - paragraph) > 1) continue;
    const text = ctx.body.slice(s.start, s.end);
    for (const m of text.matchAll(/\bto\s+([a-z]+\s[^,;:.“”"()]{8,60})/g)) {
      const start = s.start + m.index!;
      if (start >= relation.cause.start && start < relation.cause.end) continue;
      const phrase = asSentence(`To ${m[1]!.trim()}`);
      if (wordSimilarity(phrase, answer) < 0.3) out.push(phrase);
    }
  }
  return out;
}

/** Causes and purposes in the article's own sentences. */
export function findCauses(doc: Document, newId: () => string): CauseFact[] {
  return causesIn({ body: doc.body, tokens: doc.tokens, sentences: doc.ownSentences, pronoun: doc.pronoun, personName: doc.personName }, newId);
}

function causesIn(ctx: CauseContext, newId: () => string): CauseFact[] {
  const facts: CauseFact[] = [];
  ctx.sentences.forEach((sentence, i) => {
    const previous = i > 0 ? ctx.sentences[i - 1] : undefined;
    for (const found of relations(ctx, sentence, previous)) {
      const relation = { ...found, effect: firstVerbPhrase(ctx, found.effect) };
      const effectTokens = tokensIn(ctx, relation.effect).filter((t, k) => !(k === 0 && /^(?:and|but|then)$/i.test(t.text)));
      if (effectTokens.length === 0) continue;
      const effectText = ctx.body.slice(effectTokens[0]!.start, relation.effect.end);
      const causeSubject = firstNounPhrase(ctx, relation.cause);
      const pronoun = leadingPronoun(effectText);
      const subject = pronoun ? subjectFor(ctx, pronoun, relation.effect.start, causeSubject) : undefined;
      if (pronoun && !subject) continue;
      const inverted = invert(ctx.body, effectTokens, relation.effect.end, subject);
      if (!inverted) continue;
      const question = `Why ${inverted.clause}?`;
      if (words(question) > 25) continue;
      const answer = causeAnswer(ctx, relation, subject ?? inverted.subject);
      if (!answer) continue;
      facts.push({
        id: newId(),
        kind: relation.kind,
        question,
        answer,
        distractors: relation.kind === "purpose" ? passagePurposes(ctx, relation, answer) : passageStatements(ctx, relation, answer, question),
        evidence: relation.evidence,
      });
    }
  });
  return facts;
}
