/**
 * What each speaker argues, in the article's reported speech: "Jenkinson
 * said he was certain Inky had not been taken", "according to Wang, both
 * countries share common interests", "Kelley argues that …". The reported
 * clause is already in the third person, so it reads as a statement on its
 * own; a frame such as "he was certain (that)" is dropped, and a clause that
 * leans on a pronoun is left out. Quotations in the first person ("I", "we")
 * are not rewritten: a wrong rewording would put words in a speaker's mouth.
 */
import type { Document } from "./document";
import type { Position } from "../article";
import { asSentence } from "../quiz";
import type { Mention } from "./entities";
import type { PronounResolver } from "./pronouns";
import type { Sentence } from "./tokens";

interface PositionContext {
  body: string;
  /** The article's own sentences (not inside quotation marks). */
  sentences: readonly Sentence[];
  /** Person mentions with resolved ids, in text order. */
  people: readonly Mention[];
  pronoun: PronounResolver;
}

const VERBS =
  "said|says|argued|argues|believes|believed|thinks|thought|warned|warns|insisted|insists|claimed|claims|stressed|stresses|suggested|suggests|explained|explains|added|noted|notes|told [^,]{2,40}?\\s+that";
const MIN_WORDS = 5;
const MAX_WORDS = 25;

const words = (text: string) => text.trim().split(/\s+/).length;

/** Drops "he was absolutely certain (that)", "she is sure", and a leading "that". */
function withoutFrame(clause: string): string {
  return clause
    .replace(
      /^(?:he|she|they)\s+(?:was|is|were|are)\s+(?:absolutely\s+|very\s+|fairly\s+|quite\s+)?(?:certain|sure|confident|convinced)\s+(?:that\s+)?/i,
      "",
    )
    .replace(/^that\s+/i, "")
    .trim();
}

/** A clause that stands as a statement: long enough, no quotation marks, no pronoun or "this" pointing outside it. */
function statementOf(clause: string): string | undefined {
  const text = withoutFrame(clause.replace(/[.;:,\s]+$/, ""));
  if (words(text) < MIN_WORDS || words(text) > MAX_WORDS || /[“”"?]/.test(text)) return undefined;
  if (/^(?:he|she|it|they|this|that|these|those|there|his|her|its|their|we|i|you)\b/i.test(text)) return undefined;
  if (/\b(?:I|we|my|our|us|you|your)\b/.test(text)) return undefined;
  return asSentence(text);
}

/** Positions from the article's own sentences (reported speech). */
export function findPositions(doc: Document, newId: () => string): Position[] {
  return positionsIn(
    { body: doc.body, sentences: doc.ownSentences, people: doc.personMentions, pronoun: doc.pronoun },
    newId,
  );
}

function positionsIn(ctx: PositionContext, newId: () => string): Position[] {
  const found: Position[] = [];
  const seen = new Set<string>();
  const add = (speaker: string | undefined, clause: string, sentence: Sentence) => {
    const statement = speaker ? statementOf(clause) : undefined;
    if (!speaker || !statement) return;
    const key = `${speaker}|${statement.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ id: newId(), speaker, statement, evidence: { start: sentence.start, end: sentence.end } });
  };
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    if (/[“”"]/.test(text)) continue;
    const people = ctx.people.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.entity);
    // "NAME (, a role ...,) said (that) CLAUSE."
    for (const person of people) {
      const after = ctx.body.slice(person.end, sentence.end);
      const m = new RegExp(`^(?:,[^,]{1,120},)?\\s+(?:${VERBS})\\s+(?:that\\s+)?(.+)$`, "u").exec(after);
      if (m) add(person.entity, m[1]!, sentence);
    }
    // "According to NAME(, a role,) CLAUSE." and "CLAUSE, according to NAME."
    const lead = /^According to\s+/.exec(text);
    const first = people[0];
    if (lead && first && first.start === sentence.start + lead[0].length) {
      const rest = /^(?:,[^,]{1,120})?,\s+(.+)$/.exec(ctx.body.slice(first.end, sentence.end));
      if (rest) add(first.entity, rest[1]!, sentence);
    }
    const tail = /^(.+?),\s+according to\s+$/.exec(first ? ctx.body.slice(sentence.start, first.start) : "");
    if (tail && first && /^(?:,[^,]*)?[.!]?$/.test(ctx.body.slice(first.end, sentence.end).trim()))
      add(first.entity, tail[1]!, sentence);
    // "He said (that) CLAUSE."
    const pronoun = new RegExp(`^(He|She)\\s+(?:${VERBS})\\s+(?:that\\s+)?(.+)$`, "u").exec(text);
    if (pronoun) add(ctx.pronoun(pronoun[1]!.toLowerCase(), sentence.start)?.entity, pronoun[2]!, sentence);
  }
  return found;
}
