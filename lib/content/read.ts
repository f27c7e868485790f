/**
 * Reads articles from disk: one folder per article holding article.json and
 * facts.json. Plain Node so the build (via lib/content/index.ts), the quiz CLI
 * and content:check share it.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article } from "../article";
import { compileArticle } from "./schema";

/** Broken content: `messages` lists every problem, each naming the file, the fact and the problem. */
export class ContentError extends Error {
  readonly messages: string[];

  constructor(messages: string[]) {
    super(`Invalid content:\n${messages.map((m) => `  - ${m}`).join("\n")}`);
    this.name = "ContentError";
    this.messages = messages;
  }
}

export const ARTICLE_FILE = "article.json";
export const FACTS_FILE = "facts.json";

/** Reads and validates one article folder. Throws ContentError. */
export function readArticleDir(dir: string): Article {
  const errors: string[] = [];
  const articleFile = path.join(dir, ARTICLE_FILE);
  const factsFile = path.join(dir, FACTS_FILE);
  const article = readJson(articleFile, errors);
  const facts = readJson(factsFile, errors);
  if (errors.length > 0) throw new ContentError(errors);

  const result = compileArticle({ articleFile, factsFile, article, facts, folder: path.basename(path.resolve(dir)) });
  if (!result.ok) throw new ContentError(result.errors);
  return result.article;
}

/** Reads every article folder under `root`, sorted by slug. Reports the problems of all articles at once. */
export function readAllArticles(root = "content/articles"): Article[] {
  const articles: Article[] = [];
  const errors: string[] = [];
  if (!fs.existsSync(root)) throw new ContentError([`${root}: folder not found`]);
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const folder of folders) {
    try {
      articles.push(readArticleDir(path.join(root, folder)));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(...error.messages);
    }
  }
  if (errors.length > 0) throw new ContentError(errors);
  return articles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Accepts an article folder or either of its two files, so the CLI takes whatever the user points at. */
export function readArticleFromPath(target: string): Article {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new ContentError([`${target}: no such file or folder`]);
  }
  if (stat.isDirectory()) return readArticleDir(target);
  const name = path.basename(target);
  if (name === ARTICLE_FILE || name === FACTS_FILE) return readArticleDir(path.dirname(target));
  throw new ContentError([`${target}: expected an article folder, or its ${ARTICLE_FILE} or ${FACTS_FILE}`]);
}

function readJson(file: string, errors: string[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    errors.push(`${file}: file not found`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    errors.push(`${file}: invalid JSON: ${(error as Error).message}`);
    return undefined;
  }
}
