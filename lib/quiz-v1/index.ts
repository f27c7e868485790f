/**
 * The question engine exactly as it was when format-1 quiz links were made,
 * frozen so that those links keep opening the very same questions.
 *
 * A format-1 link carries only a seed and question ids: the questions are
 * regenerated in the student's browser. The live engine (lib/quiz) has since
 * changed what it asks and how, and newer links carry their questions
 * (docs/share-format.md, format 3). So format-1 links are rebuilt here, from
 * a copy of the old engine (engine/) and the built-in article's facts as they
 * were then (the .facts.json files). NEVER EDIT anything in this folder: a
 * change would silently give students of an old link other questions than
 * their teacher previewed. The frozen fixtures in lib/share/fixtures prove it.
 */
import { hashString } from "./engine/random";
import { buildPoolReport } from "./engine/pool";
import type { Article as V1Article, ArticleFacts as V1Facts } from "./engine/article-types";
import type { Question as V1Question } from "./engine/types";
import usChinaClimateAi from "./us-china-climate-ai.facts.json";

export type { V1Question };

/** The articles format-1 links can name: their facts then, and a hash of the text those facts point into. */
const FROZEN: Record<string, { bodyHash: string; facts: unknown }> = {
  "us-china-climate-ai": { bodyHash: "18d48542", facts: usChinaClimateAi },
};

export interface V1ArticleText {
  slug: string;
  title: string;
  source: string;
  paragraphs: string[];
  body: string;
}

/**
 * Every question the format-1 engine made for this article and seed, by id;
 * undefined when this article was not in the app then, or its text has
 * changed since (the old evidence offsets would point at the wrong words).
 */
export function v1Pool(article: V1ArticleText, seed: number): Map<string, V1Question> | undefined {
  const frozen = Object.hasOwn(FROZEN, article.slug) ? FROZEN[article.slug] : undefined;
  if (!frozen || (hashString(article.body) >>> 0).toString(16) !== frozen.bodyHash) return undefined;
  const old: V1Article = { ...article, facts: frozen.facts as V1Facts };
  return new Map(buildPoolReport(old, seed).questions.map((q) => [q.id, q]));
}

/** Which facts a format-1 question was about: that engine wrote them into its ids ("<type>:<variant>:<fact>+<fact>"). */
export function v1FactIds(questionId: string): string[] {
  return (questionId.split(":").at(-1) ?? "").split("+");
}
