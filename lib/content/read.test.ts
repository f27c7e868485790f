import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, readAllArticles, readArticleDir, readArticleFromPath } from "./read";

const SEED = path.join("content", "articles", "us-china-climate-ai");

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A content root in a temp dir holding copies of the seed article under the given folder names. */
function tempRoot(...folders: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  temps.push(root);
  for (const folder of folders) fs.cpSync(SEED, path.join(root, folder), { recursive: true });
  return root;
}

function messagesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.messages;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("reading the real content", () => {
  it("finds the seed article with its body and resolved facts", () => {
    const articles = readAllArticles();
    expect(articles.map((a) => a.slug)).toEqual(["us-china-climate-ai"]);
    const [article] = articles;
    expect(article?.body).toBe(article?.paragraphs.join("\n\n"));
    const quote = article?.facts.quotes.find((q) => q.id === "q-wang-1");
    expect(quote && article?.body.slice(quote.evidence.start, quote.evidence.end)).toBe(
      "“AI is a complex engineering challenge,” said Wang.",
    );
  });

  it("reads the same article from its folder or either of its files", () => {
    const fromDir = readArticleDir(SEED);
    expect(readArticleFromPath(SEED)).toEqual(fromDir);
    expect(readArticleFromPath(path.join(SEED, "article.json"))).toEqual(fromDir);
    expect(readArticleFromPath(path.join(SEED, "facts.json"))).toEqual(fromDir);
  });

  it("rejects paths that are not an article", () => {
    expect(messagesOf(() => readArticleFromPath("package.json"))).toEqual([
      "package.json: expected an article folder, or its article.json or facts.json",
    ]);
    expect(messagesOf(() => readArticleFromPath("content/articles/nope"))).toEqual([
      "content/articles/nope: no such file or folder",
    ]);
  });
});

describe("broken files on disk", () => {
  it("names a file that is not valid JSON", () => {
    const root = tempRoot("us-china-climate-ai");
    const facts = path.join(root, "us-china-climate-ai", "facts.json");
    fs.writeFileSync(facts, '{ "people": [ }');
    const [message, ...rest] = messagesOf(() => readAllArticles(root));
    expect(rest).toEqual([]);
    expect(message).toMatch(new RegExp(`^${escape(facts)}: invalid JSON: `));
  });

  it("names a missing file", () => {
    const root = tempRoot("us-china-climate-ai");
    const article = path.join(root, "us-china-climate-ai", "article.json");
    fs.rmSync(article);
    expect(messagesOf(() => readAllArticles(root))).toEqual([`${article}: file not found`]);
  });

  it("reports the problems of every article at once", () => {
    const root = tempRoot("us-china-climate-ai", "copy");
    const facts = path.join(root, "us-china-climate-ai", "facts.json");
    const broken = fs.readFileSync(facts, "utf8").replace('"speaker": "p-li"', '"speaker": "p-lee"');
    fs.writeFileSync(facts, broken);
    expect(messagesOf(() => readAllArticles(root))).toEqual([
      `${path.join(root, "copy", "article.json")}: slug "us-china-climate-ai" does not match its folder name "copy"`,
      `${facts}: quotes[0] (id "q-li"): unknown speaker id "p-lee"`,
    ]);
  });

  it("names a missing content folder", () => {
    expect(messagesOf(() => readAllArticles("content/nowhere"))).toEqual(["content/nowhere: folder not found"]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
