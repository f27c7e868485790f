/**
 * Articles a teacher pasted, with the facts as they reviewed them, as plain
 * data and pure reducers. The Zustand store (components/state/
 * my-articles-store.ts) persists this under "reader:my-articles".
 */
import { z } from "../schema";
import type { Article, ArticleFacts } from "../article";
import { hashString } from "../text";
import { validateFacts } from "../facts";
import { mergeRecords, mergeRemoved, removeRecords, type Removed } from "../storage";
import { isoDate, removedSchema } from "../schema";

// The shared rules (lib/facts), not ./facts: the builder, which only reads saved articles, need not load the review's corrections.
const factProblems = (article: Pick<Article, "body" | "facts">) => validateFacts(article);

/** 2: tombstones (`removed`) for deleted articles. Version 1 is version 2 without them. */
export const MY_ARTICLES_VERSION = 2;
/** Kept per browser; older ones must be deleted before more are added (localStorage holds a few MB). */
export const MAX_MY_ARTICLES = 20;

export interface MyArticle {
  /** The article's slug: title and a hash of the text. */
  id: string;
  /** Facts as the teacher corrected them; `facts` before any correction are not kept. */
  article: Article;
  /** What extraction said about the text ("does not look like English"...). */
  warnings: string[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

export interface MyArticlesData {
  /** By id. */
  articles: Record<string, MyArticle>;
  /** When articles were deleted, so another tab still holding one does not bring it back. */
  removed: Removed;
}

export const emptyMyArticles = (): MyArticlesData => ({ articles: {}, removed: {} });

export type AddOutcome = { ok: true; data: MyArticlesData; id: string } | { ok: false; message: string };

/** Adds an extracted article; the same text and title pasted again replaces the earlier copy (and its corrections). */
export function addArticle(data: MyArticlesData, article: Article, warnings: string[], now: string): AddOutcome {
  const id = article.slug;
  const existing = Object.hasOwn(data.articles, id) ? data.articles[id] : undefined;
  if (!existing && Object.keys(data.articles).length >= MAX_MY_ARTICLES) {
    return {
      ok: false,
      message: `You have ${MAX_MY_ARTICLES} saved articles, the most this browser keeps. Delete one you no longer need, then try again.`,
    };
  }
  const entry: MyArticle = { id, article, warnings, createdAt: existing?.createdAt ?? now, updatedAt: now };
  return { ok: true, data: { ...data, articles: { ...data.articles, [id]: entry } }, id };
}

export function removeArticle(data: MyArticlesData, id: string, now: string): MyArticlesData {
  if (!Object.hasOwn(data.articles, id)) return data;
  const { records: articles, removed } = removeRecords(data.articles, data.removed, [id], now);
  return { articles, removed };
}

/** Two tabs' articles as one: each article as last changed, none deleted after its last change. */
export function mergeMyArticles(stored: MyArticlesData, mine: MyArticlesData): MyArticlesData {
  const removed = mergeRemoved(stored.removed, mine.removed);
  return { articles: mergeRecords(stored.articles, mine.articles, removed, (a) => a.updatedAt), removed };
}

/** Replaces an article's facts (a correction from the review), if they pass the checks. */
export function updateFacts(data: MyArticlesData, id: string, facts: ArticleFacts, now: string): MyArticlesData {
  const entry = Object.hasOwn(data.articles, id) ? data.articles[id] : undefined;
  if (!entry) return data;
  const article = { ...entry.article, facts };
  if (factProblems(article).length > 0) return data;
  return { ...data, articles: { ...data.articles, [id]: { ...entry, article, updatedAt: now } } };
}

/** Newest first. */
export function listArticles(data: Pick<MyArticlesData, "articles">): MyArticle[] {
  return Object.values(data.articles).sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
  );
}

/** The quiz builder saves drafts of a pasted article's quiz under "mine:<id>:…". */
export const draftKeyPrefix = (id: string) => `mine:${id}:`;

/**
 * The builder's draft key for an article as its facts are now. It changes
 * whenever the facts do: a correction can change what a question asks and
 * answers, so edits made to the old questions must not apply to new ones.
 */
export function builderDraftKey(id: string, facts: ArticleFacts): string {
  return `${draftKeyPrefix(id)}${(hashString(JSON.stringify(facts)) >>> 0).toString(36)}`;
}

// ---- Validation of what storage hands back ----

const offset = z.int().check(z.minimum(0));
const span = z.object({ start: offset, end: offset });
const text = z.string();
const texts = z.optional(z.array(text));
const withEvidence = { id: text, evidence: span };
// Loose objects: an optional field a later extractor adds must not make saved
// articles unreadable, and the fact checks below must see every field kept
// (an event's date, a person's affiliation), not a stripped copy.
const fact = <T extends Record<string, z.Schema>>(shape: T) => z.array(z.looseObject({ ...withEvidence, ...shape }));
const factsSchema = z.looseObject({
  people: fact({
    name: text,
    shortName: z.optional(text),
    role: z.optional(text),
    affiliation: z.optional(text),
    aliases: texts,
  }),
  organizations: fact({ name: text, kind: text, aliases: texts }),
  places: fact({ name: text, kind: text, aliases: texts }),
  dates: fact({ text, kind: text, describes: text, preposition: z.optional(text) }),
  numbers: fact({ value: z.number(), text, counts: text, values: z.optional(z.array(z.number())) }),
  quotes: fact({ text, speaker: text }),
  unnamedQuotes: z.optional(fact({ text, speaker: text })),
  events: fact({ description: text, when: z.optional(text), where: z.optional(text) }),
  claims: fact({ subject: text, predicate: text }),
  terms: z.optional(fact({ text })),
  statements: z.optional(fact({ text })),
  causes: z.optional(fact({ question: text, answer: text, distractors: texts })),
  positions: z.optional(fact({ speaker: text, statement: text })),
  vocabulary: z.optional(fact({ term: text, meaning: text, otherMeanings: texts })),
  mainIdea: z.looseObject({
    statement: text,
    distortions: z.array(text),
    details: texts,
    certainty: z.optional(z.number()),
    evidence: span,
  }),
});

const articleSchema = z
  .looseObject({
    slug: text,
    title: text,
    source: text,
    paragraphs: z.array(text).check(z.minLength(1)),
    body: text,
    facts: factsSchema,
  })
  .check(
    z.refine((a) => a.paragraphs.join("\n\n") === a.body, "body is not its paragraphs"),
    z.refine((a) => factProblems(a as unknown as Article).length === 0, "facts do not fit the text"),
  );

const articlesSchema = z.record(
  text,
  z.object({ id: text, article: articleSchema, warnings: z.array(text), createdAt: isoDate, updatedAt: isoDate }),
);

export const myArticlesDataSchema = z.object({
  articles: articlesSchema,
  removed: removedSchema,
}) as unknown as z.Schema<MyArticlesData>;

export function isMyArticlesData(x: unknown): x is MyArticlesData {
  return myArticlesDataSchema.safeParse(x).success;
}

/** Version 1 had no tombstones. */
export function migrateMyArticles(state: unknown, fromVersion: number): MyArticlesData | undefined {
  if (fromVersion !== 1) return undefined;
  const old = z.object({ articles: articlesSchema }).safeParse(state);
  return old.success ? { articles: old.data.articles as unknown as Record<string, MyArticle>, removed: {} } : undefined;
}
