/**
 * Matching: people to their roles, and speakers to their quotations.
 * Long lists are cut into groups of four so each question stays readable.
 */
import type { Person, Span } from "../article-types";
import { roleLabel, type Entity } from "../article-index";
import { questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { shuffle } from "../random";
import { shortQuote } from "../text";
import type { MatchingQuestion, Question, Skill } from "../types";
import type { GeneratorContext } from "./context";

const GROUP = 4;
const MIN_PAIRS = 3;

interface Pair {
  factIds: string[];
  left: string;
  right: string;
  evidence: Span;
}

/** Splits into groups of about GROUP (never below MIN_PAIRS when there are enough pairs). */
export function groups<T>(items: readonly T[]): T[][] {
  if (items.length < MIN_PAIRS) return [];
  const count = Math.ceil(items.length / GROUP);
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  // A short tail joins the previous group rather than making a two-item question.
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

function matchingQuestion(
  ctx: GeneratorContext,
  variant: string,
  skill: Skill,
  prompt: string,
  explanation: string,
  pairs: Pair[],
): MatchingQuestion {
  const id = questionId(
    "matching",
    variant,
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
  // Each item facing its own match would give the answer away by position.
  if (leftOrder.every((v, i) => v === rightOrder[i])) rightOrder = [...rightOrder.slice(1), rightOrder[0]!];
  return {
    id,
    type: "matching",
    skill,
    prompt,
    left: leftOrder.map((i) => pairs[i]!.left),
    right: rightOrder.map((i) => pairs[i]!.right),
    answer: leftOrder.map((i) => rightOrder.indexOf(i)),
    explanation,
    evidence: pairs.map((p) => ctx.sentence(p.evidence)),
  };
}

function peopleToRoles(ctx: GeneratorContext): Question[] {
  const pairs = distinctRight(
    ctx.index.people.flatMap((person: Entity) => {
      const label = roleLabel(ctx.index, person.fact as Person);
      return label ? [{ factIds: [person.id], left: person.name, right: label, evidence: person.evidence }] : [];
    }),
  );
  return groups(pairs).map((group) =>
    matchingQuestion(
      ctx,
      "roles",
      "people-roles",
      "Match each person with their role.",
      "Each person is introduced with this role in the article.",
      group,
    ),
  );
}

function speakersToQuotes(ctx: GeneratorContext): Question[] {
  // One quotation per speaker, the first they say, so every left item has exactly one match.
  const firstQuote = new Map<string, (typeof ctx.article.facts.quotes)[number]>();
  for (const quote of [...ctx.article.facts.quotes].sort((a, b) => a.evidence.start - b.evidence.start)) {
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
  return groups(pairs).map((group) =>
    matchingQuestion(
      ctx,
      "quotes",
      "quotations",
      "Match each speaker with what they said.",
      "Each quotation is attributed to this speaker in the article.",
      group,
    ),
  );
}

export function matching(ctx: GeneratorContext): Question[] {
  return [...peopleToRoles(ctx), ...speakersToQuotes(ctx)];
}
