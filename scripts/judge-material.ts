/**
 * `npm run judge:material -- [--out DIR] [--seeds 1,2,3] [--articles a,b] [--gold]`:
 * the material for a judging panel (../shared/quality/README.md). For the
 * seed article and each OneStopQA article (advanced text, facts extracted as
 * for a pasted article), or with `--gold` for the gold set's articles (never
 * read while the questions were tuned: an out-of-sample panel): its text, and its default 10-question quiz for each
 * seed as the CLI prints it (prompt, options, answer, explanation, evidence),
 * with nothing of the code, the critic's scores or its intentions: judges
 * read what a teacher would read. Questions are split into batches of at most
 * about 60, each a file a judge gets with the rubric; `key.json` maps every
 * batch question back to its article, seed and id, for summing verdicts.
 */
import fs from "node:fs";
import path from "node:path";
import { readArticleDir } from "../lib/content/read";
import { extractArticle } from "../lib/extract";
import { generateQuiz, type Article, type Question } from "../lib/quiz";
import { corpusAvailable, readCorpus } from "./corpus";
import { readGold } from "./eval-gold";
import { questionForPrint } from "./quiz-cli";

const SEED_ARTICLE_DIR = path.join(__dirname, "..", "content", "articles", "us-china-climate-ai");
const RUBRIC = path.join(__dirname, "..", "..", "shared", "quality", "rubric.md");
const BATCH = 60;

interface Entry {
  name: string;
  article: Article;
}

function articles(only: readonly string[] | undefined, gold: boolean): Entry[] {
  const entries: Entry[] = gold
    ? []
    : [{ name: "seed-us-china-climate-ai", article: readArticleDir(SEED_ARTICLE_DIR) }];
  if (gold) {
    for (const article of readGold()) {
      const extracted = extractArticle({ text: article.text, title: article.title, source: "Gold set" });
      if (extracted.ok) entries.push({ name: article.file.replace(/\.txt$/, ""), article: extracted.article });
    }
  } else if (corpusAvailable()) {
    for (const corpus of readCorpus()) {
      const extracted = extractArticle({
        text: corpus.paragraphs.join("\n\n"),
        title: corpus.title,
        source: "The Guardian (OneStopQA)",
      });
      if (extracted.ok) entries.push({ name: corpus.file.replace(/\.txt$/, ""), article: extracted.article });
    }
  }
  return only ? entries.filter((e) => only.some((o) => e.name.includes(o))) : entries;
}

/** What a judge sees of a question: what a teacher sees in the builder's preview, minus the critic's score. */
function forJudge(article: Article, question: Question, label: string) {
  const shown: Partial<ReturnType<typeof questionForPrint>> = { ...questionForPrint(article, question) };
  for (const hidden of ["score", "facts", "level", "skill"] as const) delete shown[hidden];
  return { ref: label, ...shown };
}

export function prepare(
  outDir: string,
  seeds: readonly number[],
  only?: readonly string[],
  gold = false,
): { batches: number; questions: number } {
  fs.mkdirSync(outDir, { recursive: true });
  const key: Record<
    string,
    { article: string; seed: number; id: string; level: string; type: string; score?: number }
  > = {};
  const pieces: {
    name: string;
    text: string;
    quizzes: { seed: number; questions: ReturnType<typeof forJudge>[] }[];
    count: number;
  }[] = [];
  for (const { name, article } of articles(only, gold)) {
    const quizzes = seeds.map((seed) => ({
      seed,
      questions: generateQuiz(article, { seed, count: 10 }).questions.map((q, i) => {
        const label = `${name}#s${seed}q${i + 1}`;
        key[label] = {
          article: name,
          seed,
          id: q.id,
          level: q.level,
          type: q.type,
          ...(q.score === undefined ? {} : { score: q.score }),
        };
        return forJudge(article, q, label);
      }),
    }));
    const text = `# ${article.title}\n\n${article.paragraphs.join("\n\n")}\n`;
    pieces.push({ name, text, quizzes, count: quizzes.reduce((n, q) => n + q.questions.length, 0) });
  }
  // Whole articles per batch, up to about BATCH questions.
  const batches: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const last = batches.at(-1);
    if (last && last.reduce((n, p) => n + p.count, 0) + piece.count <= BATCH) last.push(piece);
    else batches.push([piece]);
  }
  batches.forEach((batch, i) => {
    const file = path.join(outDir, `batch-${String(i + 1).padStart(2, "0")}.md`);
    const parts = batch.map(
      (p) =>
        `## Article: ${p.name}\n\n${p.text}\n### Quizzes (JSON)\n\n\`\`\`json\n${JSON.stringify(p.quizzes, null, 2)}\n\`\`\`\n`,
    );
    fs.writeFileSync(file, parts.join("\n"));
  });
  if (fs.existsSync(RUBRIC)) fs.copyFileSync(RUBRIC, path.join(outDir, "rubric.md"));
  fs.writeFileSync(path.join(outDir, "key.json"), `${JSON.stringify(key, null, 2)}\n`);
  return { batches: batches.length, questions: Object.keys(key).length };
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = flag("out") ?? path.join(process.cwd(), "judging");
  const seeds = (flag("seeds") ?? "1,2,3").split(",").map(Number);
  const only = flag("articles")?.split(",");
  const { batches, questions } = prepare(out, seeds, only, args.includes("--gold"));
  console.log(`${questions} questions in ${batches} batches in ${out} (with rubric.md and key.json)`);
}

if (require.main === module) main();
