/**
 * Simple claims: sentences that begin with a named entity followed directly
 * by its verb ("Google introduced its driverless car on Tuesday",
 * "Kelley, a neuroscientist, said that..."). The engine swaps the subject
 * for another entity of the same kind to make a false statement, so only
 * sentences whose subject is plainly that one entity are taken.
 */
import type { Document } from "./document";
import type { Claim } from "../article";
import type { Mention } from "./entities";
import type { PronounResolver } from "./pronouns";
import { hasTag, type Sentence, type Token } from "./tokens";
import { contentWords } from "../quiz";

interface ClaimContext {
  body: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  pronoun: PronounResolver;
}

const MIN_WORDS = 3;
const MAX_WORDS = 28;

/** Claims from the article's own sentences. */
export function findClaims(doc: Document, newId: () => string): Claim[] {
  return claimsIn(
    { body: doc.body, tokens: doc.tokens, sentences: doc.ownSentences, mentions: doc.mentions, pronoun: doc.pronoun },
    newId,
  );
}

function claimsIn(ctx: ClaimContext, newId: () => string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const byStart = new Map<number, Mention>();
  for (const m of ctx.mentions) if (m.entity) byStart.set(m.start, m);

  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    if (/[“”"?]/.test(text) || !/[.!]$/.test(text)) continue;
    // The subject opens the sentence, maybe after "The" ("The University of Essex found...").
    const lead = /^(?:The\s+)?/.exec(text)![0];
    let subject = byStart.get(sentence.start + lead.length);
    let at = subject?.end ?? 0;
    // "He said ..." is about the person last named, as for quotations.
    const pronoun = /^(?:He|She)(?=\s)/.exec(text);
    // The evidence then starts at the name, so it shows who "he" is.
    let evidenceStart = sentence.start;
    if (!subject && pronoun) {
      subject = ctx.pronoun(pronoun[0], sentence.start);
      at = sentence.start + pronoun[0].length;
      if (subject)
        evidenceStart =
          ctx.sentences.find((s) => s.start <= subject!.start && subject!.start < s.end)?.start ?? subject.start;
    }
    if (!subject) continue;
    // A possessive is not the subject: "Google’s car" is about the car.
    if (/^['’]/.test(ctx.body.slice(at, at + 1))) continue;
    // Skip an appositive: "Kelley, a neuroscientist at Oxford, said ..."
    const appositive = /^,\s[^,]{1,100},\s/.exec(ctx.body.slice(at, sentence.end));
    if (appositive && !/\b(?:and|or|but|who|which)\b/.test(appositive[0])) at += appositive[0].length - 1;
    let verb: Token | undefined;
    for (let i = sentence.firstToken; i < sentence.endToken && !verb; i++)
      if (ctx.tokens[i]!.start > at) verb = ctx.tokens[i];
    if (!verb || ctx.body.slice(at, verb.start).trim() !== "") continue;
    if (!hasTag(verb, "Verb", "Auxiliary", "Modal", "Copula") || hasTag(verb, "Gerund", "Noun")) continue;
    // "has about 22,000 licensed cabs and Conyon estimates that …": the claim ends where another subject begins.
    const predicate = ctx.body.slice(verb.start, nextSubjectAt(ctx, byStart, verb, sentence)).replace(/[,.!\s]+$/, "");
    const words = predicate.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    // "Who was not persuaded?", "Who was having none of it?": too little said, or said of something the question cannot show.
    if (contentWords(predicate).size < 2 || (words <= 5 && /\b(?:it|them|that|this|so)$/i.test(predicate))) continue;
    // A predicate that begins a list or a reported question does not stand alone.
    if (/[:;]$/.test(predicate) || /^(?:said|says|told|added|explained)\.?$/.test(predicate)) continue;
    // "described herself as open-minded" would give the false version away by grammar once another person is swapped in.
    if (subject.kind === "person" && /\b(?:herself|himself)\b/i.test(predicate)) continue;
    const key = `${subject.entity}|${predicate.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A subject read through "he" or "she" is a little less sure than one named.
    claims.push({
      id: newId(),
      subject: subject.entity!,
      predicate,
      certainty: pronoun && evidenceStart !== sentence.start ? 0.7 : 0.8,
      evidence: { start: evidenceStart, end: sentence.end },
    });
  }
  return claims;
}

/** Where "and" or "but" hands the sentence to another named subject with its own verb, or the sentence's end. */
function nextSubjectAt(
  ctx: ClaimContext,
  byStart: ReadonlyMap<number, { end: number }>,
  verb: Token,
  sentence: Sentence,
): number {
  for (let i = sentence.firstToken; i + 1 < sentence.endToken; i++) {
    const token = ctx.tokens[i]!;
    if (token.start <= verb.start || !/^(?:and|but)$/i.test(token.text)) continue;
    const other = byStart.get(ctx.tokens[i + 1]!.start);
    if (!other) continue;
    const after = ctx.tokens.slice(i + 2, sentence.endToken).find((t) => t.start >= other.end);
    if (after && hasTag(after, "Verb") && !hasTag(after, "Gerund")) return token.start;
  }
  return sentence.end;
}
