/**
 * Reads the OneStopQA development corpus (../shared/corpus/onestopqa, see its
 * README): each article's advanced-level text with the human questions'
 * answer spans (<A1>…</A1>) as offsets into that text. The corpus is read
 * where it lies and never copied into the repository.
 */
import fs from "node:fs";
import path from "node:path";
import type { Span } from "../lib/article/types";

export const CORPUS_DIR = path.resolve(__dirname, "..", "..", "shared", "corpus", "onestopqa");

export interface CorpusArticle {
  file: string;
  title: string;
  paragraphs: string[];
  /** paragraphs.join("\n\n"), tags removed. */
  body: string;
  /** Critical spans of the human questions, as offsets into `body`. */
  answerSpans: Span[];
}

export function corpusAvailable(dir = CORPUS_DIR): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith(".txt"));
}

/** Removes <A1>, </D2>... tags from one paragraph and returns the answer spans, relative to it. */
export function stripTags(tagged: string): { text: string; answers: Span[] } {
  let text = "";
  const open = new Map<string, number>();
  const answers: Span[] = [];
  const tag = /<(\/?)([AD])(\d+)>/g;
  let last = 0;
  for (let m = tag.exec(tagged); m !== null; m = tag.exec(tagged)) {
    text += tagged.slice(last, m.index);
    last = m.index + m[0].length;
    const key = `${m[2]}${m[3]}`;
    if (m[1] === "") open.set(key, text.length);
    else if (open.has(key)) {
      if (m[2] === "A") answers.push({ start: open.get(key)!, end: text.length });
      open.delete(key);
    }
  }
  text += tagged.slice(last);
  return { text, answers };
}

/** Single spaces, no leading or trailing ones, ligatures as letters (as extraction does); `map[i]` is where old offset i lands. */
function collapseSpaces(text: string): { text: string; map: number[] } {
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(out.length);
    const ch = /\s/.test(text[i]!) ? " " : /[\ufb00-\ufb06]/.test(text[i]!) ? text[i]!.normalize("NFKC") : text[i]!;
    if (ch === " " && (out === "" || out.endsWith(" "))) continue;
    out += ch;
  }
  map.push(out.length);
  const trimmed = out.replace(/ $/, "");
  return { text: trimmed, map: map.map((m) => Math.min(m, trimmed.length)) };
}

export function readCorpusArticle(file: string): CorpusArticle {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  const titleAt = lines.findIndex((l) => l.trim() === "# Title");
  const title = (lines.slice(titleAt + 1).find((l) => l.trim() !== "") ?? path.basename(file, ".txt")).trim();
  const paragraphs: string[] = [];
  const answerSpans: Span[] = [];
  let offset = 0;
  for (const line of lines) {
    if (!line.startsWith("Adv:")) continue;
    const stripped = stripTags(line.slice(4));
    // Spaces are collapsed and ligatures spelt out as extraction does (some lines have double spaces), moving the spans with them.
    const { text, map } = collapseSpaces(stripped.text);
    for (const a of stripped.answers) answerSpans.push({ start: offset + map[a.start]!, end: offset + map[a.end]! });
    paragraphs.push(text);
    offset += text.length + 2;
  }
  return { file: path.basename(file), title, paragraphs, body: paragraphs.join("\n\n"), answerSpans };
}

export function readCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readCorpusArticle(path.join(dir, f)));
}
