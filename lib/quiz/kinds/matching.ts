/**
 * Matching: speakers to their quotations, people to their roles, and words
 * to their meanings in the article. Long lists are cut into groups of about
 * four so each question stays readable.
 */
import { z } from "../../schema";
import type { Person, Span } from "../../article";
import { roleLabel, type Entity } from "../article-index";
import { questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { shuffle } from "../random";
import { shortQuote } from "../text";
import type { Level, MatchingQuestion, Response, Skill } from "../types";
import { allDistinct, LETTERS, newOrder, NO_ANSWER } from "./choice-shape";
import type { GeneratorContext, QuestionKind } from "./kind";
import { baseShape, items, order } from "./schema";

const GROUP = 4;
const MIN_PAIRS = 3;

interface Pair {
  factIds: string[];
  left: string;
  right: string;
  evidence: Span;
}

/** Splits into groups of about GROUP (never below MIN_PAIRS when there are enough pairs). */
export function groups<T>(list: readonly T[]): T[][] {
  if (list.length < MIN_PAIRS) return [];
  const count = Math.ceil(list.length / GROUP);
  const size = Math.ceil(list.length / count);
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  const last = out.at(-1)!;
  if (out.length > 1 && last.length < MIN_PAIRS) out[out.length - 2]!.push(...out.pop()!);
  return out;
}

/** Drops every pair whose right-hand side reads like another's: they could not be told apart. */
function distinctRight(pairs: Pair[]): Pair[] {
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(normalizeAnswer(p.right), (counts.get(normalizeAnswer(p.right)) ?? 0) + 1);
  return pairs.filter((p) => counts.get(normalizeAnswer(p.right)) === 1);
}

interface Variant {
  name: string;
  skill: Skill;
  level: Level;
  prompt: string;
  explanation: string;
}

function matchingQuestion(ctx: GeneratorContext, variant: Variant, pairs: Pair[]): MatchingQuestion {
  const id = questionId(
    "matching",
    variant.name,
    pairs.flatMap((p) => p.factIds),
  );
  const rng = ctx.rngFor(id);
  const leftOrder = shuffle(
    rng,
    pairs.map((_, i) => i),
  );
  let rightOrder = shuffle(
    rng,
    pairs.map((_, i) => i),
  );
  // Shown already matched row by row, the question would answer itself.
  if (leftOrder.every((v, i) => v === rightOrder[i])) rightOrder = [...rightOrder.slice(1), rightOrder[0]!];
  return {
    id,
    type: "matching",
    skill: variant.skill,
    level: variant.level,
    facts: pairs.flatMap((p) => p.factIds),
    prompt: variant.prompt,
    left: leftOrder.map((i) => pairs[i]!.left),
    right: rightOrder.map((i) => pairs[i]!.right),
    answer: leftOrder.map((i) => rightOrder.indexOf(i)),
    explanation: variant.explanation,
    // Two matched words from one sentence: the student is shown that sentence once.
    evidence: [...new Map(pairs.map((p) => ctx.sentence(p.evidence)).map((s) => [`${s.start}-${s.end}`, s])).values()],
  };
}

function peopleToRoles(ctx: GeneratorContext): MatchingQuestion[] {
  const pairs = distinctRight(
    ctx.index.people.flatMap((person: Entity) => {
      const label = roleLabel(ctx.index, person.fact as Person);
      return label ? [{ factIds: [person.id], left: person.name, right: label, evidence: person.evidence }] : [];
    }),
  );
  const variant = {
    name: "roles",
    skill: "people-roles",
    level: "literal",
    prompt: "Match each person with their role.",
    explanation: "Each person is introduced with this role in the article.",
  } as const;
  return groups(pairs).map((group) => matchingQuestion(ctx, variant, group));
}

/** Words that point at something said before the quotation. */
const POINTER = /\b(?:it|this|these|those|them)\b/i;

function speakersToQuotes(ctx: GeneratorContext): MatchingQuestion[] {
  const firstQuote = new Map<string, (typeof ctx.article.facts.quotes)[number]>();
  const inOrder = [...ctx.article.facts.quotes].sort((a, b) => a.evidence.start - b.evidence.start);
  // A quotation that says "it" or "this" ("I shifted towards it naturally") means nothing out of its paragraph:
  // each speaker's first quotation that stands alone, else their first (judges marked the bare one down as trivia).
  for (const alone of [true, false])
    for (const quote of inOrder) {
      // A few words ("one-off") say too little to tell speakers apart.
      if (quote.text.split(/\s+/).length < 5 || (alone && POINTER.test(quote.text))) continue;
      if (!firstQuote.has(quote.speaker) && ctx.index.entities.has(quote.speaker)) firstQuote.set(quote.speaker, quote);
    }
  const pairs = distinctRight(
    ctx.index.people.flatMap((person) => {
      const quote = firstQuote.get(person.id);
      return quote
        ? [
            {
              factIds: [quote.id],
              left: person.name,
              right: `“${shortQuote(quote.text, 70)}”`,
              evidence: quote.evidence,
            },
          ]
        : [];
    }),
  );
  const variant = {
    name: "quotes",
    skill: "quotations",
    level: "literal",
    prompt: "Match each speaker with what they said.",
    explanation: "Each quotation is attributed to this speaker in the article.",
  } as const;
  return groups(pairs).map((group) => matchingQuestion(ctx, variant, group));
}

function wordsToMeanings(ctx: GeneratorContext): MatchingQuestion[] {
  const pairs = distinctRight(
    (ctx.article.facts.vocabulary ?? [])
      .filter((v) => !v.definedInText)
      .map((v) => ({ factIds: [v.id], left: `“${v.term}”`, right: v.meaning, evidence: v.evidence })),
  );
  const variant = {
    name: "meanings",
    skill: "vocabulary",
    level: "vocabulary",
    prompt: "Match each word from the article with its meaning there.",
    explanation: "Each word has this meaning in its sentence in the article.",
  } as const;
  return groups(pairs).map((group) => matchingQuestion(ctx, variant, group));
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const isPermutation = (indices: readonly number[], length: number) =>
  indices.length === length &&
  new Set(indices).size === length &&
  indices.every((i) => Number.isInteger(i) && i >= 0 && i < length);

export const matching: QuestionKind<MatchingQuestion> = {
  type: "matching",
  response: "matching",
  level: "literal",
  inDefaultDraw: true,
  generate: (ctx) => [...speakersToQuotes(ctx), ...wordsToMeanings(ctx), ...peopleToRoles(ctx)],
  isComplete: (question, response) =>
    response.kind === "matching" &&
    response.pairs.length === question.left.length &&
    response.pairs.every((p) => p >= 0),
  grade: (question, response) => response.kind === "matching" && sameList(response.pairs, question.answer),
  correctResponse: (question): Response => ({ kind: "matching", pairs: [...question.answer] }),
  reshuffle(question, seed) {
    const leftOrder = newOrder(seed, `reshuffle:${question.id}:left`, question.left.length);
    const rightOrder = newOrder(seed, `reshuffle:${question.id}:right`, question.right.length);
    return {
      ...question,
      left: leftOrder.map((i) => question.left[i]!),
      right: rightOrder.map((i) => question.right[i]!),
      answer: leftOrder.map((i) => rightOrder.indexOf(question.answer[i]!)),
    };
  },
  describeAnswer: (question) =>
    question.left.map((left, i) => `${left} → ${question.right[question.answer[i] ?? -1] ?? "?"}`),
  markdown: (question) => [
    ...question.left.map((l) => `- ${l}`),
    "",
    ...question.right.map((r, i) => `${LETTERS[i]}. ${r}`),
    "",
    `**Answer:** ${question.left.map((l, i) => `${l} → ${LETTERS[question.answer[i]!]}`).join("; ")}`,
  ],
  describeResponse: (question, response) =>
    response.kind === "matching"
      ? question.left.map((left, i) => `${left} → ${question.right[response.pairs[i] ?? -1] ?? "no match chosen"}`)
      : [NO_ANSWER],
  problems(question) {
    const problems: string[] = [];
    if (question.left.length < 2 || question.left.length !== question.right.length)
      problems.push("needs two equal sides of two or more");
    if (!allDistinct(question.left) || !allDistinct(question.right)) problems.push("has duplicate items");
    if (!isPermutation(question.answer, question.right.length)) problems.push("answer is not a one-to-one matching");
    return problems;
  },
  schema: z.strictObject({
    ...baseShape,
    type: z.literal("matching"),
    left: items,
    right: items,
    answer: order,
  }) as unknown as z.Schema<MatchingQuestion>,
};

export { isPermutation, sameList };
