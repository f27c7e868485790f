/**
 * `npx tsx scripts/quiz-lengths.ts [--seeds 1,2,3] [--details]`: per corpus article and seed, the default
 * quiz's length and level mix (l literal, i inference, g gist, v vocabulary), and why the pool's candidates
 * were thrown away (critic rules), to see which articles get short quizzes and why.
 */
import { extractArticle } from "../lib/extract";
import { buildPoolReport, drawQuestions } from "../lib/quiz";
import { readCorpus } from "./corpus";

const args = process.argv.slice(2);
const seedsArg = args[args.indexOf("--seeds") + 1];
const seeds = args.includes("--seeds") && seedsArg ? seedsArg.split(",").map(Number) : [1, 2, 3];
const details = args.includes("--details");

const rows: string[] = [];
let total = 0;
let quizzes = 0;
const levels: Record<string, number> = {};
for (const corpus of readCorpus()) {
  const result = extractArticle({ text: corpus.paragraphs.join("\n\n"), title: corpus.title });
  if (!result.ok) throw new Error(result.message);
  const article = result.article;
  const cells: string[] = [];
  for (const seed of seeds) {
    const report = buildPoolReport(article, seed);
    const quiz = drawQuestions(report.questions, { seed }, article);
    const mix: Record<string, number> = {};
    for (const q of quiz) {
      mix[q.level] = (mix[q.level] ?? 0) + 1;
      levels[q.level] = (levels[q.level] ?? 0) + 1;
    }
    total += quiz.length;
    quizzes++;
    cells.push(
      `${quiz.length} (${["literal", "inference", "gist", "vocabulary"].map((l) => `${l[0]}${mix[l] ?? 0}`).join(" ")})`,
    );
    if (details && seed === seeds[0]) {
      console.log(`\n## ${corpus.file}: pool ${report.questions.length}`);
      const byType: Record<string, number> = {};
      for (const q of report.questions) byType[`${q.type}/${q.level}`] = (byType[`${q.type}/${q.level}`] ?? 0) + 1;
      console.log("pool by kind:", JSON.stringify(byType));
      const rules: Record<string, number> = {};
      for (const r of report.rejected) {
        const rule = `${r.by}:${r.reasons[0]?.split(":")[0]}`;
        rules[rule] = (rules[rule] ?? 0) + 1;
      }
      console.log("rejected:", JSON.stringify(rules));
      for (const q of quiz) console.log(`  [${q.type}/${q.level} ${q.score?.toFixed(2)}] ${q.prompt}`);
    }
  }
  rows.push(`| ${corpus.file.replace(/\.txt$/, "")} | ${cells.join(" | ")} |`);
}
console.log(`\n| article | ${seeds.map((s) => `seed ${s}`).join(" | ")} |`);
console.log(`| --- | ${seeds.map(() => "---").join(" | ")} |`);
for (const r of rows) console.log(r);
console.log(
  `\n${total} questions in ${quizzes} quizzes (mean ${(total / quizzes).toFixed(1)}); levels ${JSON.stringify(levels)}`,
);
