/**
 * What the extractor makes of real articles passes the same checks as a
 * teacher's corrections: otherwise every correction to such an article would
 * be refused, and storage would not hand it back after a reload.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract";
import { factProblems } from "./facts";

const GOLD = path.join(process.cwd(), "lib/extract/gold");
const texts = fs.readdirSync(GOLD).filter((f) => f.endsWith(".txt"));

describe("extracted articles pass the fact checks", () => {
  it("has gold-set texts to read", () => expect(texts.length).toBeGreaterThan(10));
  it.each(texts)("%s", (file) => {
    const result = extractArticle({ text: fs.readFileSync(path.join(GOLD, file), "utf8") });
    if (!result.ok) throw new Error(result.message);
    expect(factProblems(result.article)).toEqual([]);
  });
});
