import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPool } from "../lib/quiz";
import { seedArticle, SEED_ARTICLE_DIR } from "../lib/quiz/fixtures/seed";
import { runCli } from "./quiz-cli";

const json = (argv: string[]) => {
  const result = runCli(argv);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe("npm run quiz", () => {
  it("prints the documented JSON: article, seed, questions with evidence offsets and text", () => {
    const out = json([SEED_ARTICLE_DIR, "--seed", "7"]);
    expect(out.article).toEqual({
      slug: "us-china-climate-ai",
      title: "Experts Push for Joint US-China Action on Climate and AI",
      source: "Sixth Tone",
    });
    expect(out.seed).toBe(7);
    expect(out.questions).toHaveLength(10);
    const body = seedArticle().body;
    for (const q of out.questions) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining(["id", "type", "skill", "prompt", "answer", "explanation", "evidence"]),
      );
      for (const e of q.evidence) expect(e.text).toBe(body.slice(e.start, e.end));
    }
  });

  it("is deterministic, takes the folder or either file, and --count all prints the whole pool", () => {
    const a = runCli([SEED_ARTICLE_DIR, "--seed=3", "--count", "5"]).stdout;
    expect(runCli([path.join(SEED_ARTICLE_DIR, "facts.json"), "--count=5", "--seed", "3"]).stdout).toBe(a);
    expect(runCli([path.join(SEED_ARTICLE_DIR, "article.json"), "--count=5", "--seed", "3"]).stdout).toBe(a);
    expect(runCli([SEED_ARTICLE_DIR, "--seed=4", "--count", "5"]).stdout).not.toBe(a);
    expect(json([SEED_ARTICLE_DIR, "--count", "all"]).questions).toHaveLength(buildPool(seedArticle(), 1).length);
  });

  it("prints a readable Markdown quiz with answers and evidence quotes", () => {
    const { stdout, code } = runCli([SEED_ARTICLE_DIR, "--format", "md", "--count", "all"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Quiz: Experts Push for Joint US-China Action on Climate and AI/);
    expect(stdout).toContain("## ");
    expect(stdout).toContain("Who said “AI is a complex engineering challenge”?");
    expect(stdout).toContain("**Answer:**");
    expect(stdout).toContain("> “AI is a complex engineering challenge,” said Wang.");
  });

  const bad: [string, string[], RegExp][] = [
    ["no article", [], /missing the article/],
    ["a missing folder", ["content/articles/no-such-article"], /no such file or folder/],
    ["a file that is not an article", ["package.json"], /expected an article folder/],
    ["two articles", [SEED_ARTICLE_DIR, SEED_ARTICLE_DIR], /expected one article/],
    ["a negative seed", [SEED_ARTICLE_DIR, "--seed", "-1"], /--seed must be a whole number/],
    ["a seed that is not a number", [SEED_ARTICLE_DIR, "--seed", "abc"], /--seed must be a whole number/],
    ["a zero count", [SEED_ARTICLE_DIR, "--count", "0"], /--count must be/],
    ["a fractional count", [SEED_ARTICLE_DIR, "--count", "2.5"], /--count must be/],
    ["an unknown format", [SEED_ARTICLE_DIR, "--format", "xml"], /--format must be json or md/],
    ["an unknown option", [SEED_ARTICLE_DIR, "--verbose"], /unknown option --verbose/],
    ["an option without its value", [SEED_ARTICLE_DIR, "--seed"], /--seed needs a value/],
  ];
  it.each(bad)("refuses %s with a clear message and exit code 2", (_, argv, message) => {
    const result = runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  it("shows usage on --help", () => {
    const result = runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run quiz/);
  });

  it("exits with code 2 as a real process", () => {
    const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
    const child = spawnSync(tsx, ["scripts/quiz.ts", "content/articles/no-such-article"], { encoding: "utf8" });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain("no such file or folder");
    const ok = spawnSync(tsx, ["scripts/quiz.ts", SEED_ARTICLE_DIR, "--count", "2"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).questions).toHaveLength(2);
  }, 30_000);

  describe("--text: any article as text, Markdown or HTML", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-cli-"));
    const story =
      "Rob Yarrell, national manager of the National Aquarium of New Zealand, said: “Octopuses are famous escape artists.”\n\n" +
      "“The staff and I have been pretty sad,” said Yarrell. The aquarium opened in 1976, and Maria Lopez, a marine biologist at the University of Otago, studied Inky in 2014.\n\n" +
      "About 2,000 people visited the aquarium on Sunday. “He was very friendly,” Lopez said.";
    const write = (name: string, content: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    };
    const txt = write("inky.txt", `Inky the Octopus Escapes\n\n${story}`);
    const md = write(
      "inky.md",
      `# Inky the *Octopus* Escapes\n\n${story.replace("National Aquarium", "[National Aquarium](https://example.org)")}`,
    );
    const html = write(
      "inky.html",
      `<html><head><title>Inky the Octopus Escapes</title><script>alert("x")</script></head><body><p onclick="steal()">${story.split("\n\n").join('</p><p><img src=x onerror="alert(1)">')}</p><a href="javascript:alert(2)">more</a></body></html>`,
    );

    it("prints the same JSON shape as for a built-in article, with evidence text from the article", () => {
      const out = json(["--text", txt, "--seed", "3", "--count", "all"]);
      expect(out.article.title).toBe("Inky the Octopus Escapes");
      expect(out.article.source).toBe("inky.txt");
      expect(out.questions.length).toBeGreaterThanOrEqual(8);
      for (const q of out.questions) {
        expect(Object.keys(q)).toEqual(
          expect.arrayContaining([
            "id",
            "type",
            "skill",
            "level",
            "score",
            "prompt",
            "answer",
            "explanation",
            "evidence",
          ]),
        );
        for (const e of q.evidence) expect(story).toContain(e.text);
      }
      // Two speakers: too few for "who said" among three names, enough to swap one for the other.
      expect(out.questions.map((q: { prompt: string }) => q.prompt)).toContainEqual(
        expect.stringMatching(
          /^True or false\? (?:Rob Yarrell|Maria Lopez) said “Octopuses are famous escape artists\.”$/,
        ),
      );
    });

    it("reads Markdown and HTML as text: same facts, titles from the file, nothing from scripts or attributes", () => {
      const fromTxt = json(["--text", txt, "--count", "all"]).questions.map((q: { prompt: string }) => q.prompt);
      const fromMd = json(["--text", md, "--count", "all"]);
      const fromHtml = json(["--text", html, "--count", "all"]);
      expect(fromMd.article.title).toBe("Inky the Octopus Escapes");
      expect(fromHtml.article.title).toBe("Inky the Octopus Escapes");
      expect(fromMd.questions.map((q: { prompt: string }) => q.prompt)).toEqual(fromTxt);
      expect(fromHtml.questions.map((q: { prompt: string }) => q.prompt)).toEqual(fromTxt);
      const printed = runCli(["--text", html, "--count", "all"]).stdout;
      for (const leaked of ["alert", "steal", "onerror", "javascript:", "<p", "<script"])
        expect(printed).not.toContain(leaked);
    });

    it("takes --title, and is deterministic", () => {
      const a = runCli(["--text", txt, "--title", "Octopus escape", "--seed", "5"]).stdout;
      expect(JSON.parse(a).article.title).toBe("Octopus escape");
      expect(runCli(["--text", txt, "--title", "Octopus escape", "--seed", "5"]).stdout).toBe(a);
    });

    const bad: [string, string[], RegExp][] = [
      ["a missing text file", ["--text", path.join(dir, "nope.txt")], /no such file/],
      ["an empty text file", ["--text", write("empty.txt", "  \n ")], /text is empty/],
      ["a one-word text", ["--text", write("word.txt", "Hello")], /too short/],
      ["an article and --text", [SEED_ARTICLE_DIR, "--text", txt], /either an article or --text/],
      ["--title without --text", [SEED_ARTICLE_DIR, "--title", "X"], /--title goes with --text/],
    ];
    it.each(bad)("refuses %s with a clear message and exit code 2", (_, argv, message) => {
      const result = runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
    });
  });
});
