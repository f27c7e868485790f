/**
 * `npm run quiz -- <article folder or file> [--seed N] [--count N|all] [--format json|md]`
 * `npm run quiz -- --text <file.txt|.md|.html> [--title T] [...]`: facts extracted from any text (lib/extract)
 *
 * Pure function of its arguments (plus reading the article), so tests call
 * `runCli` directly; scripts/quiz.ts only prints what it returns.
 * The JSON format is documented in docs/quiz-json.md.
 */
import { ContentError, readArticleFromPath } from "../lib/content/read";
import { extractArticle } from "../lib/extract";
import { buildPool, drawQuestions, evidenceText, kindOf, type Article, type Question } from "../lib/quiz";
import { readArticleText } from "./article-text";

export interface CliResult {
  stdout: string;
  stderr: string;
  /** 0 ok, 2 bad arguments or unreadable article. */
  code: number;
}

export const USAGE = `Usage: npm run quiz -- <article folder or file> [--seed N] [--count N|all] [--format json|md]
       npm run quiz -- --text <file> [--title T] [--seed N] [--count N|all] [--format json|md]

  <article>     an article folder (content/articles/<slug>) or its article.json / facts.json
  --text FILE   any article as plain text (.txt), Markdown (.md) or HTML (.html, read as text, never run);
                its facts are extracted automatically
  --title T     the title of a --text article (default: the file's title or first line)
  --seed N      whole number 0..4294967295 (default 1); the same seed prints the same quiz
  --count N     how many questions (default 10), or "all" for every question the article supports
  --format F    json (default, documented in docs/quiz-json.md) or md (readable, with answers)`;

interface CliOptions {
  /** An article folder or file, or with `text` true a text file. */
  target: string;
  text: boolean;
  title?: string;
  seed: number;
  count: number | "all";
  format: "json" | "md";
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): CliOptions | "help" {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!["seed", "count", "format", "text", "title"].includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    flags.set(name, value);
  }
  const textFile = flags.get("text");
  if (textFile !== undefined && positional.length > 0)
    throw new UsageError(
      `give either an article or --text, not both (got ${positional.join(", ")} and --text ${textFile})`,
    );
  if (flags.has("title") && textFile === undefined)
    throw new UsageError("--title goes with --text: a built-in article has its own title");
  if (textFile === undefined && positional.length === 0)
    throw new UsageError("missing the article folder or file (or --text <file>)");
  if (positional.length > 1)
    throw new UsageError(`expected one article, got ${positional.length}: ${positional.join(", ")}`);

  const seedText = flags.get("seed") ?? "1";
  if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff)
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${seedText}"`);
  const countText = flags.get("count") ?? "10";
  if (countText !== "all" && (!/^\d+$/.test(countText) || Number(countText) < 1)) {
    throw new UsageError(`--count must be a whole number of at least 1, or "all", got "${countText}"`);
  }
  const format = flags.get("format") ?? "json";
  if (format !== "json" && format !== "md") throw new UsageError(`--format must be json or md, got "${format}"`);
  return {
    target: textFile ?? positional[0]!,
    text: textFile !== undefined,
    title: flags.get("title"),
    seed: Number(seedText),
    count: countText === "all" ? "all" : Number(countText),
    format,
  };
}

/** A question as printed: every field, evidence as offsets plus the text they point at. */
export function questionForPrint(article: Article, question: Question) {
  return { ...question, evidence: question.evidence.map((span) => ({ ...span, text: evidenceText(article, span) })) };
}

export function quizJson(article: Article, seed: number, questions: Question[]): string {
  const quiz = {
    article: { slug: article.slug, title: article.title, source: article.source },
    seed,
    questions: questions.map((q) => questionForPrint(article, q)),
  };
  return `${JSON.stringify(quiz, null, 2)}\n`;
}

export function quizMarkdown(article: Article, seed: number, questions: Question[]): string {
  const lines = [
    `# Quiz: ${article.title}`,
    "",
    `Source: ${article.source} · seed ${seed} · ${questions.length} questions`,
    "",
  ];
  questions.forEach((question, n) => {
    lines.push(
      `## ${n + 1}. ${question.prompt}`,
      "",
      `*${question.type} · ${question.skill} · ${question.level}${question.score === undefined ? "" : ` · score ${question.score}`}*`,
      "",
    );
    lines.push(...kindOf(question).markdown(question), "", `*Why:* ${question.explanation}`, "");
    for (const span of question.evidence) lines.push(`> ${evidenceText(article, span)}`, "");
  });
  return lines.join("\n");
}

export function runCli(argv: readonly string[]): CliResult {
  let options: CliOptions | "help";
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: "", stderr: `quiz: ${error.message}\n\n${USAGE}\n`, code: 2 };
    throw error;
  }
  if (options === "help") return { stdout: `${USAGE}\n`, stderr: "", code: 0 };

  let article: Article;
  let warnings: string[] = [];
  if (options.text) {
    const read = articleFromTextFile(options.target, options.title);
    if (typeof read === "string") return { stdout: "", stderr: `quiz: ${read}\n`, code: 2 };
    ({ article, warnings } = read);
  } else {
    try {
      article = readArticleFromPath(options.target);
    } catch (error) {
      if (error instanceof ContentError)
        return {
          stdout: "",
          stderr: `quiz: cannot read the article\n${error.messages.map((m) => `  - ${m}`).join("\n")}\n`,
          code: 2,
        };
      throw error;
    }
  }
  const pool = buildPool(article, options.seed);
  const questions =
    options.count === "all" ? pool : drawQuestions(pool, { seed: options.seed, count: options.count }, article);
  const print = options.format === "json" ? quizJson : quizMarkdown;
  return {
    stdout: print(article, options.seed, questions),
    stderr: warnings.map((w) => `quiz: note: ${w}\n`).join(""),
    code: 0,
  };
}

/** Reads a .txt, .md or .html file and extracts its facts; a string is what went wrong. */
export function articleFromTextFile(file: string, title?: string): { article: Article; warnings: string[] } | string {
  const read = readArticleText(file, title);
  if (typeof read === "string") return read;
  const result = extractArticle(read);
  if (!result.ok) return `cannot make a quiz from ${file}: ${result.message}`;
  return { article: result.article, warnings: result.warnings };
}
