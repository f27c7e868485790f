/**
 * The main idea candidate: the sentence of the opening paragraphs that the
 * rest of the article keeps returning to and the headline announces, stated
 * without its asides (who someone is, where a speech was given, a figure
 * between dashes), so the answer is the point and not a copied sentence full
 * of details. Distortions are the statement with one fact changed so that it
 * is false: a name swapped for another of the same kind, a number or year
 * changed, or the main verb negated. Details are other sentences of the
 * article, true but minor, stated the same way: the wrong options a student
 * has to weigh against the point.
 */
import type { MainIdea, Organization, Person, Place } from "../article";
import { formatDigits } from "../quiz";
import { nearbyNumbers, PLACE_NAMES } from "../quiz";
import type { Sentence } from "./tokens";
import { stem } from "./words";

const STOP = new Set(
  "the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we i you his her their our not no so than then there which who what when where how will would can could should may might do does did said says also more most very just about into over after before up out".split(
    " ",
  ),
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

// "So far, …" and "So many …" keep their "So".
const OPENING_CONJUNCTION = /^(?:(?:But|And|Yet)\b,?\s+|So,\s+|So\s+(?=\p{Lu}))/u;

/**
 * "Thought to be the world’s oldest message in a bottle, it was presented to Erdmann …": out of its paragraph the
 * "it" means nothing (two judges marked that key down), so the option says "What is thought to be the world’s
 * oldest message in a bottle was presented to Erdmann …".
 */
const REPUTED = /^(Thought|Believed|Said|Known|Considered) to be ([^,]{3,80}), it (?=\p{Ll})/u;

/** A sentence as an option states it: without an opening "But" and without its asides. */
const stated = (ctx: MainIdeaContext, s: Sentence) => {
  const names = [
    ...ctx.people.flatMap((p) => [p.name, ...(p.shortName ? [p.shortName] : [])]),
    ...ctx.organizations.map((o) => o.name),
  ];
  const text = withoutAsides(ctx.body.slice(s.start, s.end).replace(OPENING_CONJUNCTION, ""), names).replace(
    REPUTED,
    (_, verb: string, what: string) => `What is ${verb.toLowerCase()} to be ${what} `,
  );
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
};

/**
 * A sentence that starts with a pronoun or a link to the one before ("For
 * that, …", "Meanwhile, …"), or speaks of "she" or "they" before naming anyone
 * they could be, does not stand on its own as an option.
 */
function standsAlone(ctx: MainIdeaContext, statement: string): boolean {
  if (
    /^(?:He|She|It|They|This|That|These|Those|We|I|You|His|Her|Its|Their|Such|Both|Some|Others?|Another|One|Then|Well|Or|There|Here|Now|But|And|So(?!\s+far\b)|Yet|Still|Also|However|Meanwhile|Instead|Indeed|Even so)\b|^(?:For|Because of|Despite|After|Like|Before|Unlike) (?:this|that|these|those|it|them)\b|^(?:As a result|Therefore|Thus|For example|In addition|As well|Even so|Instead|Nor|Finally|Moreover|Furthermore|Likewise|Similarly|Besides|Otherwise|Again|Rather|Though)\b/.test(
      statement,
    )
  )
    return false;
  // "The challenge, though, …", "It did not, however, …": a sentence that answers the one before is not an option on its own.
  if (/,\s*(?:however|though|too|nonetheless|meanwhile|instead|in turn|also|then)\s*[,.]/i.test(statement))
    return false;
  // "pupils born in those months": what "those" points at is in another sentence.
  if (/\b(?:those|these)\s+(?!who\b|which\b|that\b)\p{Ll}/u.test(statement)) return false;
  const pronoun = /\b(?:(he|she|him|her)|(they|them|their))\b/i.exec(statement);
  if (!pronoun) return true;
  const before = statement.slice(0, pronoun.index);
  if (pronoun[1])
    return ctx.people.some(
      (p) => before.includes(p.name) || (p.shortName !== undefined && before.includes(p.shortName)),
    );
  // "Mystery shoppers pretend …, but they …": a plural noun before "they" is whom it means.
  return /\b\p{L}{3,}s\b/u.test(before.replace(/\b(?:is|was|has|does|this|its|his|as|us|yes|thus|less|news)\b/gi, ""));
}

function pickSentence(ctx: MainIdeaContext): { sentence: Sentence; statement: string } | undefined {
  const usable = ctx.sentences
    .filter((s) => s.paragraph <= 2)
    .map((sentence) => ({ sentence, statement: stated(ctx, sentence) }))
    .filter(({ statement }) => {
      const words = wordCount(statement);
      // A sentence that starts with a pronoun or an aside does not stand on its own.
      return words >= 10 && words <= 40 && !/[“”"?]|:\s/.test(statement) && standsAlone(ctx, statement);
    });
  if (usable.length === 0) return undefined;

  // The main idea is the sentence of the opening paragraphs that the rest of the
  // article keeps returning to and that the headline announces; a lead that is
  // only a hook ("The Moroccan city of Ouarzazate is used to big productions")
  // loses to the sentence that names the story. Figures are details, not the point.
  const frequency = wordFrequency(ctx);
  const titleWords = new Set(contentWords(ctx.title).map(stem));
  const scored = usable.map((candidate, rank) => {
    const text = candidate.statement;
    const words = [...new Set(contentWords(text).map(stem))];
    const centrality =
      words.reduce((sum, w) => sum + Math.min((frequency.get(w) ?? 1) - 1, 4), 0) / Math.sqrt(words.length || 1);
    const headline = words.filter((w) => titleWords.has(w)).length / Math.sqrt(titleWords.size || 1);
    const figures = (text.match(/\d/g) ? 1 : 0) + (text.match(/%|\bper ?cent\b/) ? 1 : 0);
    // The lead of a news story states its point (inverted pyramid), figures and all.
    const lead = candidate.sentence.start === ctx.sentences[0]?.start ? 1.5 : 0;
    return { candidate, score: centrality + 3 * headline + lead - 1.5 * figures - 0.3 * rank };
  });
  return scored.reduce((best, next) => (next.score > best.score ? next : best)).candidate;
}

const NEGATABLE = /\b(is|are|was|were|has|have|had|will|can|could|would|should|may|might|must)\s+(?!not\b|n’t|never\b)/;
const OPPOSITES: [RegExp, string][] = [
  [/\bmore\b(?!\s+\p{L}+ly\b)/u, "fewer"],
  [/\bincreas(e|es|ed|ing)\b/, "decreas$1"],
  [/\bbetter\b/, "worse"],
  [/\bhigher\b/, "lower"],
  [/\blonger\b/, "shorter"],
  [/\bearlier\b/, "later"],
  [/\blarger\b/, "smaller"],
  [/\bbiggest\b/, "smallest"],
  [/\blargest\b/, "smallest"],
];

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The sentence without its asides: "Cockrell, a former Wall Street worker
 * turned therapist, spends …" → "Cockrell spends …"; "In a speech at the
 * festival, Dr. Kelley called …" → "Dr. Kelley called …"; "… a year – only two
 * fewer than the average – with …" → "… a year with …". An aside goes only
 * where what is left still reads as a sentence of at least eight words.
 */
export function withoutAsides(sentence: string, names: readonly string[] = []): string {
  // A dateline is where the story was filed, not part of what it says: "PORT CARVEL, N.Y. — ".
  let text = sentence
    .trim()
    .replace(/^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s[\p{L}.\s]+?)?\s[—–]\s/u, "")
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const keep = (shorter: string) => (wordCount(shorter) >= 8 ? shorter : text);
  // A dash aside, or a trailing one ("… a year – the most in Europe.").
  text = keep(text.replace(/\s[–—]\s[^–—]{3,90}?\s[–—]\s/gu, " "));
  text = keep(text.replace(/\s[–—]\s[^–—]{3,90}?(?=[.!]$)/u, ""));
  // An opening phrase before the subject: "In a speech at …, ", "On Tuesday, ", "After years of debate, ";
  // not "In front of the tower is Central Park, where …", where the phrase is the sentence.
  const opening =
    /^(?:In|At|On|During|After|Before|Speaking|Since|Last|Earlier|Later|Over)\s[^,]{2,120}?,\s+(?=\p{Lu}|(?:an?|the)\s)/u.exec(
      text,
    );
  if (opening && !/\b(?:said|says|who|which|that|is|are|was|were)\b/.test(opening[0])) {
    text = keep(text.slice(opening[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  }
  // An appositive after a person's or an organization's name: ", a former Wall Street worker turned therapist," /
  // ", clinical research associate at …,". Not before "and …" (a list) or "which …" (the clause would then seem
  // to describe the name), nor one with its own verb of saying.
  for (const name of names) {
    const at = text.indexOf(`${name}, `);
    if (at < 0) continue;
    const aside =
      /^,\s+(?!(?:those|these|they|there|it|he|she|we|you|if|when|while|as|is|was|are|were|has|had|said|says)\b)(?:(?:a|an|the|who|whose)\s|\p{Ll})[^,]{2,110}?,\s+(?=\p{Ll})(?!(?:and|or|which|who|whose|where|that|when)\b)/u.exec(
        text.slice(at + name.length),
      );
    const rest = text.slice(at + name.length + (aside?.[0].length ?? 0));
    // "…, hauling tires, bottles and fishing line": an item of a list, not an aside.
    if (aside && !/\b(?:said|says)\b/.test(aside[0]) && !/^(?:\p{Ll}+\s){0,2}and\s/u.test(rest))
      text = keep(text.slice(0, at + name.length) + " " + text.slice(at + name.length + aside[0].length));
  }
  return text.replace(/\s{2,}/g, " ");
}

const DETAIL_WORDS = { min: 8, max: 40 };

/**
 * True details: sentences from the body of the article (after the opening
 * paragraphs, never a quotation or a question), least central first, so a
 * detail is plainly not what the whole article is about.
 */
function details(ctx: MainIdeaContext, chosen: Sentence, frequency: ReadonlyMap<string, number>): string[] {
  return ctx.sentences
    .filter((s) => s.paragraph >= 2 && s.start !== chosen.start)
    .map((s) => ({ s, text: stated(ctx, s) }))
    .filter(({ text }) => {
      const n = wordCount(text);
      return (
        n >= DETAIL_WORDS.min &&
        n <= DETAIL_WORDS.max &&
        !/[“”"?;()]|:\s/.test(text) &&
        standsAlone(ctx, text) &&
        /[.!]$/.test(text)
      );
    })
    .map(({ text }) => {
      const words = [...new Set(contentWords(text).map(stem))];
      return {
        text,
        centrality:
          words.reduce((sum, w) => sum + Math.min((frequency.get(w) ?? 1) - 1, 4), 0) / Math.sqrt(words.length || 1),
      };
    })
    .sort((a, b) => a.centrality - b.centrality)
    .slice(0, 8)
    .map((d) => d.text);
}

function wordFrequency(ctx: MainIdeaContext): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const s of ctx.sentences)
    for (const w of new Set(contentWords(ctx.body.slice(s.start, s.end)).map(stem)))
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return frequency;
}

/**
 * Whether the statement says what the headline announces: at least three of
 * the headline's words (all of them, for a headline of fewer). A feature
 * story's opening scene ("Cockrell spends his days walking through Central
 * Park …" under "Wealth therapy for the rich") does not, and a teacher's
 * panel threw such main-idea questions away: the key was a detail.
 */
function announcedByHeadline(ctx: MainIdeaContext, statement: string): boolean {
  const headline = [...new Set(contentWords(ctx.title))];
  if (headline.length === 0) return true;
  const said = contentWords(statement);
  const shared = headline.filter((h) => said.some((w) => sameWord(h, w))).length;
  return shared >= Math.min(3, headline.length);
}

/**
 * A statement's word says a headline's word when they share a stem, or when one is built on the other:
 * "oldest" says "Old" ("101-Year-Old Bottle Message"), "overwork" says "Work" ("Japan Calls Time on Long Hours
 * Work Culture"). Short words only as a whole stem: "us" is not in "used".
 */
function sameWord(headline: string, word: string): boolean {
  return (
    stem(headline) === stem(word) ||
    (headline.length >= 3 && word.startsWith(headline)) ||
    (headline.length >= 4 && word.endsWith(headline))
  );
}

export function findMainIdea(ctx: MainIdeaContext): MainIdea | undefined {
  const first = ctx.sentences[0];
  const picked = pickSentence(ctx) ?? (first ? { sentence: first, statement: stated(ctx, first) } : undefined);
  if (!picked) return undefined;
  const { sentence, statement } = picked;
  // Three kinds, so the options differ in kind: a name swapped, a number changed, the verb negated.
  const swaps: string[] = [];
  const changes: string[] = [];
  let negated: string | undefined;
  let add = (text: string) => {
    if (text !== statement && !swaps.includes(text)) swaps.push(text);
  };

  // Swap one name for another of the same kind that the statement does not contain.
  const groups: (readonly { name: string }[])[] = [
    ctx.people,
    ctx.organizations,
    ...(["city", "country", "region", "venue"] as const).map((k) => ctx.places.filter((p) => p.kind === k)),
  ];
  // Only a name standing as a noun can be swapped: "in Japan", "Bolivia’s", "Google said"; not "Japanese".
  const swappable = (name: string) => {
    const at = statement.indexOf(name);
    if (at < 0) return false;
    const next = statement.slice(at + name.length, at + name.length + 3);
    return (
      /^(?:['’]s?\b|[\s,.;)]|$)/.test(next) &&
      !/^\s\p{Ll}/u.test(
        next.replace(/^\s(?:and|or|to|in|on|at|for|is|was|has|had|said|says|will|would|of)\b.*/, ","),
      ) &&
      !/^\p{Lu}{2,}$/u.test(name)
    );
  };
  const plain = (name: string) => !/^\p{Lu}{2,}$/u.test(name) && !/\bof\b/.test(name) && !/^the\s/i.test(name);
  for (const group of groups) {
    const inStatement = group.filter((e) => swappable(e.name));
    const others = group.filter(
      (e) =>
        !statement.includes(e.name) &&
        plain(e.name) &&
        !inStatement.some((i) => i.name.includes(e.name) || e.name.includes(i.name)),
    );
    const first = inStatement[0];
    const other = others[0];
    if (first && other) add(statement.replace(first.name, other.name));
  }
  // A place the article never names, of the same kind.
  for (const place of ctx.places) {
    if (!swappable(place.name)) continue;
    const stranger = (PLACE_NAMES[place.kind] ?? []).find(
      (n) => !ctx.body.includes(n) && plain(n) && !/^(?:a|an|the)\s/.test(n),
    );
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
    if (other !== undefined)
      add(
        statement.slice(0, number.index) +
          (number[1]!.includes(",") ? formatDigits(other) : String(other)) +
          statement.slice(number.index + number[1]!.length),
      );
  }
  const word = /\b(two|three|four|five|six|seven|eight|nine|ten)\b/.exec(statement);
  if (word) {
    const words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
    add(
      statement.slice(0, word.index) +
        words[words.indexOf(word[1]!) + 1]! +
        statement.slice(word.index + word[1]!.length),
    );
  }
  for (const [pattern, opposite] of OPPOSITES) {
    if (pattern.test(statement)) {
      add(statement.replace(pattern, opposite));
      break;
    }
  }
  if (NEGATABLE.test(statement)) negated = statement.replace(NEGATABLE, "$1 not ");
  const distortions = [swaps[0], negated, changes[0], swaps[1], changes[1]]
    .filter((d): d is string => d !== undefined)
    .slice(0, 3);
  const minor = details(ctx, sentence, wordFrequency(ctx));
  return {
    statement,
    distortions,
    ...(minor.length > 0 ? { details: minor } : {}),
    certainty: announcedByHeadline(ctx, statement) ? 0.7 : 0.4,
    evidence: { start: sentence.start, end: sentence.end },
  };
}
