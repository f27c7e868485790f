/**
 * Share links: how long a quiz link is (what teachers paste into chat apps
 * and QR codes: a QR code holds at most ~2,900 characters of a URL, and
 * shorter is denser and easier to scan), and how long encoding and
 * decoding one link takes.
 */
import { performance } from "node:perf_hooks";
import { readArticleDir } from "../lib/content/read";
import { decodeQuizCode, encodeQuizCode, quizLink, type SharedQuizV4 } from "../lib/share";
import { decodeResultCode, encodeResultCode, type StudentResult } from "../lib/share/result-code";
import {
  defaultQuiz as defaultQuiz3,
  editedQuiz,
  sampleResult,
  SEED_ARTICLE_DIR,
} from "../lib/share/fixtures/shared-quizzes";
import { quizFingerprint } from "../lib/share/quiz-link";

export interface ShareRow {
  label: string;
  /** Characters of the whole link on a typical origin. */
  linkChars: number;
  /** Characters of the code alone. */
  codeChars: number;
  /** Characters of the JSON before compression. */
  jsonChars: number;
  runs: number;
  encodeMedianMs: number;
  decodeMedianMs: number;
}

/** The origin the link lengths are measured with: a typical static-hosting address. */
const ORIGIN = "https://evidence-reader.example.org";

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function timeCodec<T>(
  encode: (value: T) => Promise<string>,
  decode: (code: string) => Promise<{ ok: boolean }>,
  value: T,
  runs: number,
) {
  const code = await encode(value);
  for (let i = 0; i < 20; i++) await decode(await encode(value));
  const encodeTimes: number[] = [];
  const decodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await encode(value);
    encodeTimes.push(performance.now() - start);
    start = performance.now();
    const decoded = await decode(code);
    decodeTimes.push(performance.now() - start);
    if (!decoded.ok) throw new Error("bench: a code failed to decode");
  }
  return { code, encodeMedianMs: median(encodeTimes), decodeMedianMs: median(decodeTimes) };
}

export async function benchShare(articleDir = SEED_ARTICLE_DIR, runs = 300): Promise<ShareRow[]> {
  const article = readArticleDir(articleDir);
  const defaultQuiz = defaultQuiz3(article);
  const edited = editedQuiz(article);
  const fiveEdited: SharedQuizV4 = {
    ...edited,
    questions: [...edited.questions.slice(0, 5), ...defaultQuiz.questions.slice(5)],
  };
  const quizzes: [string, SharedQuizV4][] = [
    ["default 10-question quiz", defaultQuiz],
    ["10 questions, 5 edited", fiveEdited],
    ["8 + 3 teacher questions", edited],
  ];
  const rows: ShareRow[] = [];
  for (const [label, quiz] of quizzes) {
    // A built-in article's link uses the article's own text as the compression dictionary, so both ends need it.
    const texts = { [article.slug]: { body: article.body } };
    const t = await timeCodec(
      (q: SharedQuizV4) => encodeQuizCode(q, article.body),
      (code) => decodeQuizCode(code, texts),
      quiz,
      runs,
    );
    rows.push({
      label,
      linkChars: quizLink(ORIGIN, "", t.code).length,
      codeChars: t.code.length,
      jsonChars: JSON.stringify(quiz).length,
      runs,
      ...t,
    });
  }
  const result: StudentResult = sampleResult(
    quizFingerprint(defaultQuiz),
    "王小明",
    Object.fromEntries(defaultQuiz.questions.map((q, i) => [q.id, { kind: "choice", index: i % 4 }])),
  );
  const t = await timeCodec(encodeResultCode, decodeResultCode, result, runs);
  rows.push({
    label: "result, 10 answers",
    linkChars: `${ORIGIN}/gradebook/#r=${t.code}`.length,
    codeChars: t.code.length,
    jsonChars: JSON.stringify(result).length,
    runs,
    ...t,
  });
  return rows;
}

const ms = (x: number) => x.toFixed(3);

export function printShareReport(rows: ShareRow[]): void {
  console.log(`\nShare links (link measured on ${ORIGIN}; encode/decode median per link, ms)`);
  console.log(
    "  link".padEnd(28) +
      "JSON".padStart(7) +
      "code".padStart(7) +
      "link".padStart(7) +
      "runs".padStart(6) +
      "encode".padStart(9) +
      "decode".padStart(9),
  );
  for (const r of rows) {
    console.log(
      `  ${r.label}`.padEnd(28) +
        String(r.jsonChars).padStart(7) +
        String(r.codeChars).padStart(7) +
        String(r.linkChars).padStart(7) +
        String(r.runs).padStart(6) +
        ms(r.encodeMedianMs).padStart(9) +
        ms(r.decodeMedianMs).padStart(9),
    );
  }
}
