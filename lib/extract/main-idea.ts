/**
 * The main idea candidate: the lead sentence of a news story states it
 * (inverted pyramid), unless the lead is too short or a quotation; then the
 * sentence of the first paragraphs sharing most words with the rest of the
 * article. Distortions are the statement with one fact changed so that it is
 * false: a name swapped for another of the same kind, a number or year
 * changed, or the main verb negated.
 */
import type { MainIdea, Organization, Person, Place } from "../article/types";
import { formatDigits } from "../quiz/match";
import { nearbyNumbers, PLACE_NAMES } from "../quiz/pools";
import type { Sentence } from "./tokens";

const STOP = new Set(
  "the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we i you his her their our not no so than then there which who what when where how will would can could should may might do does did said says also more most very just about into over after before up out".split(" "),
);

const contentWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w));

export interface MainIdeaContext {
  body: string;
  /** The headline: the main idea usually says what it announces. */
  title: string;
  sentences: readonly Sentence[];
  people: readonly Person[];
  organizations: readonly Organization[];
  places: readonly Place[];
}

/** Words compared by their first five letters: "Japan" ~ "Japanese", "wolves" ~ "wolf" stays apart. */
const stem = (word: string) => word.replace(/(?:ies|es|s)$/, "").slice(0, 5);

const OPENING_CONJUNCTION = /^(?:But|And|So|Yet)\b,?\s+(?=\p{Lu})/u;

function pickSentence(ctx: MainIdeaContext): Sentence | undefined {
  const usable = ctx.sentences
    .filter((s) => s.paragraph <= 2)
    .map((s) => {
      // "But Google sent a minor earthquake through the car industry…" states the point once "But" is dropped.
      const opening = OPENING_CONJUNCTION.exec(ctx.body.slice(s.start, s.end))?.[0].length ?? 0;
      return { ...s, start: s.start + opening };
    })
    .filter((s) => {
      const text = ctx.body.slice(s.start, s.end);
      const words = text.split(/\s+/).length;
      // A sentence that starts with a pronoun or an aside does not stand on its own.
      return words >= 10 && words <= 45 && !/[“”"?:]/.test(text) && !/^(?:He|She|It|They|This|That|These|Those|We|I|You|Well|Or|There|But|And|So|Yet)\b/.test(text);
    });
  if (usable.length === 0) return undefined;

  // The main idea is the sentence of the opening paragraphs that the rest of the
  // article keeps returning to and that the headline announces; a lead that is
  // only a hook ("The Moroccan city of Ouarzazate is used to big productions")
  // loses to the sentence that names the story. Figures are details, not the point.
  const frequency = new Map<string, number>();
  for (const s of ctx.sentences) for (const w of new Set(contentWords(ctx.body.slice(s.start, s.end)).map(stem))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(ctx.title).map(stem));
  const scored = usable.map((s, rank) => {
    const text = ctx.body.slice(s.start, s.end);
    const words = [...new Set(contentWords(text).map(stem))];
    const centrality = words.reduce((sum, w) => sum + Math.min(frequency.get(w)! - 1, 4), 0) / Math.sqrt(words.length || 1);
    const headline = words.filter((w) => titleWords.has(w)).length / Math.sqrt(titleWords.size || 1);
    const figures = (text.match(/\d/g) ? 1 : 0) + (text.match(/%|\bper ?cent\b/) ? 1 : 0);
    return { s, score: centrality + 3 * headline - 1.5 * figures - 0.3 * rank };
  });
  return scored.reduce((best, next) => (next.score > best.score ? next : best)).s;
}

const NEGATABLE = /\b(is|are|was|were|has|have|had|will|can|could|would|should|may|might|must)\s+(?!not\b|n’t|never\b)/;
const OPPOSITES: [RegExp, string][] = [
  [/\bmore\b(?!\s+\p{L}+ly\b)/u, "fewer"], [/\bincreas(e|es|ed|ing)\b/, "decreas$1"], [/\bbetter\b/, "worse"], [/\bhigher\b/, "lower"],
  [/\blonger\b/, "shorter"], [/\bearlier\b/, "later"], [/\blarger\b/, "smaller"], [/\bbiggest\b/, "smallest"], [/\blargest\b/, "smallest"],
];

export function findMainIdea(ctx: MainIdeaContext): MainIdea | undefined {
  const sentence = pickSentence(ctx) ?? ctx.sentences[0];
  if (!sentence) return undefined;
  const statement = ctx.body.slice(sentence.start, sentence.end).trim();
  // Three kinds, so the options differ in kind: a name swapped, a number changed, the verb negated.
  const swaps: string[] = [];
  const changes: string[] = [];
  let negated: string | undefined;
  let add = (text: string) => {
    if (text !== statement && !swaps.includes(text)) swaps.push(text);
  };

  // Swap one name for another of the same kind that the statement does not contain.
  const groups: (readonly { name: string }[])[] = [ctx.people, ctx.organizations, ...(["city", "country", "region", "venue"] as const).map((k) => ctx.places.filter((p) => p.kind === k))];
  // Only a name standing as a noun can be swapped: "in Japan", "Bolivia’s", "Google said"; not "Japanese".
  const swappable = (name: string) => {
    const at = statement.indexOf(name);
    if (at < 0) return false;
    const next = statement.slice(at + name.length, at + name.length + 3);
    return /^(?:['’]s?\b|[\s,.;)]|$)/.test(next) && !/^\s\p{Ll}/u.test(next.replace(/^\s(?:and|or|to|in|on|at|for|is|was|has|had|said|says|will|would|of)\b.*/, ",")) && !/^\p{Lu}{2,}$/u.test(name);
  };
  const plain = (name: string) => !/^\p{Lu}{2,}$/u.test(name) && !/\bof\b/.test(name) && !/^the\s/i.test(name);
  for (const group of groups) {
    const inStatement = group.filter((e) => swappable(e.name));
    const others = group.filter((e) => !statement.includes(e.name) && plain(e.name) && !inStatement.some((i) => i.name.includes(e.name) || e.name.includes(i.name)));
    const first = inStatement[0];
    const other = others[0];
    if (first && other) add(statement.replace(first.name, other.name));
  }
  // A place the article never names, of the same kind.
  for (const place of ctx.places) {
    if (!swappable(place.name)) continue;
    const stranger = (PLACE_NAMES[place.kind] ?? []).find((n) => !ctx.body.includes(n) && plain(n) && !/^(?:a|an|the)\s/.test(n));
    if (stranger) {
      add(statement.replace(place.name, stranger));
      break;
    }
  }
  add = (text: string) => {
    if (text !== statement && !changes.includes(text)) changes.push(text);
  };
  // Change a number or year ("25mph" → "35mph", "two seats" → "three seats").
  const number = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]\d)/.exec(statement);
  if (number) {
    const value = Number(number[1]!.replace(/,/g, ""));
    const other = /^(1[5-9]|20)\d\d$/.test(number[1]!) ? value - 3 : nearbyNumbers(value, 1)[0];
    if (other !== undefined) add(statement.slice(0, number.index) + (number[1]!.includes(",") ? formatDigits(other) : String(other)) + statement.slice(number.index + number[1]!.length));
  }
  const word = /\b(two|three|four|five|six|seven|eight|nine|ten)\b/.exec(statement);
  if (word) {
    const words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
    add(statement.slice(0, word.index) + words[words.indexOf(word[1]!) + 1]! + statement.slice(word.index + word[1]!.length));
  }
  for (const [pattern, opposite] of OPPOSITES) {
    if (pattern.test(statement)) {
      add(statement.replace(pattern, opposite));
      break;
    }
  }
  if (NEGATABLE.test(statement)) negated = statement.replace(NEGATABLE, "$1 not ");
  const distortions = [swaps[0], negated, changes[0], swaps[1], changes[1]].filter((d): d is string => d !== undefined).slice(0, 3);
  return { statement, distortions, evidence: { start: sentence.start, end: sentence.end } };
}
