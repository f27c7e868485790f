/**
 * What the quotation kinds share: who can be offered as a speaker, and the
 * proof of who said a quotation.
 */
import type { Quote, Span } from "../../article";
import type { Entity } from "../article-index";
import type { GeneratorContext } from "./kind";

/**
 * The people the article gives a voice (quoted or reported): the only
 * plausible wrong answers to "who said". Someone only mentioned, a dead
 * grandfather, a shop taken for a person, is ruled out by any reader.
 */
export function speakersOf(ctx: GeneratorContext): Entity[] {
  const { article, index } = ctx;
  const voiced = new Set([
    ...article.facts.quotes.map((q) => q.speaker),
    ...(article.facts.positions ?? []).map((p) => p.speaker),
  ]);
  return index.people.filter((p) => voiced.has(p.id));
}

const namesIn = (text: string, names: readonly string[]) =>
  names.some((name) =>
    new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text),
  );

/** "…,” she said." / "said he": a sentence that gives words to someone it does not name. */
const SAID_BY_PRONOUN =
  /\b(?:she|he|they)\s+(?:said|says|added|adds|explained|told|continued|recalled)\b|\b(?:said|says|added)\s+(?:she|he)\b/i;

/** How many sentences before a quotation's own the sentence naming its speaker may be. */
const LOOK_BACK = 8;

/**
 * The quotation's sentence and, when that sentence does not name the speaker
 * ("…,” he said."), the sentence before it that does, with the nearest "she
 * said" between them that carries the words over: evidence that proves who
 * said it. `named` tells whether the quotation's own sentence names them, so
 * that finding the name next to the words is all a question asks.
 */
export function quoteEvidence(
  ctx: GeneratorContext,
  quote: Pick<Quote, "evidence">,
  speaker: Entity,
): { evidence: Span[]; named: boolean } {
  const { body } = ctx.article;
  const own = ctx.sentence(quote.evidence);
  if (namesIn(body.slice(own.start, own.end), speaker.names)) return { evidence: [own], named: true };
  let before = own.start;
  let carried: Span | undefined;
  // A long quotation runs over several sentences after the one that names its speaker ("Cockrell said that
  // … “Your problems are real.”").
  for (let step = 0; step < LOOK_BACK && before > 0; step++) {
    const sentence = ctx.sentence({ start: Math.max(0, before - 2), end: Math.max(0, before - 1) });
    if (sentence.start >= before) break;
    const text = body.slice(sentence.start, sentence.end);
    if (namesIn(text, speaker.names))
      return {
        evidence:
          carried && !SAID_BY_PRONOUN.test(body.slice(own.start, own.end)) ? [own, carried, sentence] : [own, sentence],
        named: false,
      };
    if (!carried && SAID_BY_PRONOUN.test(text)) carried = sentence;
    before = sentence.start;
  }
  return { evidence: [own], named: false };
}
