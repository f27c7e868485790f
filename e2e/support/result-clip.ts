/**
 * A class's results as a camera would see them: real result links, made in
 * Node by the app's own encoder (lib/share) for a quiz the builder's
 * defaults make, drawn as QR codes (uqr, as the student's screen draws
 * them) into a Y4M video that Chromium's fake camera plays
 * (--use-file-for-fake-video-capture). No ffmpeg: Y4M is a text header and
 * raw frames.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { encode } from "uqr";
import { correctResponse } from "../../lib/quiz/grade";
import type { Question, Response } from "../../lib/quiz/types";
import { defaultQuiz } from "../../lib/share/fixtures/shared-quizzes";
import { openSharedQuiz } from "../../lib/share/materialize";
import { encodeQuizCode, quizLink } from "../../lib/share/quiz-link";
import { encodeResultCode, resultLink, type StudentResult } from "../../lib/share/result-code";
import { ARTICLE_SLUG, article } from "./shared-quiz";

export interface Student {
  name: string;
  /** How many questions they answered right (the first ones; the rest wrong). */
  right: number;
}

export interface ClassResults {
  title: string;
  quizLink: string;
  total: number;
  students: (Student & { link: string })[];
}

/** A wrong answer of the question's own kind. */
function wrong(q: Question): Response {
  switch (q.type) {
    case "fill-blank":
    case "short-answer":
      return { kind: "text", text: "definitely not it" };
    case "numeric":
      return { kind: "number", value: q.answer + 1000 };
    case "matching":
      return { kind: "matching", pairs: q.answer.map((_, i) => q.answer[(i + 1) % q.answer.length]!) };
    case "ordering":
      return { kind: "ordering", order: [...q.answer].reverse() };
    default:
      return { kind: "choice", index: (q.answer + 1) % q.options.length };
  }
}

/** The builder's default quiz on the seed article, and one result link per student, on `origin`. */
export async function classResults(origin: string, students: Student[]): Promise<ClassResults> {
  const shared = defaultQuiz(article);
  const code = await encodeQuizCode(shared, article.body);
  const opened = openSharedQuiz(shared, { [ARTICLE_SLUG]: article });
  if (!opened.ok) throw new Error(`the test quiz does not open: ${opened.message}`);
  const { questions } = opened.quiz;
  const withLinks = [];
  for (const [i, student] of students.entries()) {
    const result: StudentResult = {
      v: 1,
      quiz: opened.fingerprint,
      name: student.name,
      answers: Object.fromEntries(questions.map((q, n) => [q.id, n < student.right ? correctResponse(q) : wrong(q)])),
      startedAt: new Date(Date.UTC(2025, 2, 14, 9, 30 + i)).toISOString(),
      durationMs: 300_000 + i * 1000,
    };
    withLinks.push({ ...student, link: resultLink(origin, "", await encodeResultCode(result)) });
  }
  return {
    title: shared.settings.title,
    quizLink: quizLink(origin, "", code),
    total: questions.length,
    students: withLinks,
  };
}

export interface ClipOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** How long each code stays in front of the camera. */
  secondsPerCode?: number;
  /** Grey frames between two codes, as when one student steps away and the next steps up. */
  secondsBetween?: number;
}

/**
 * Writes a Y4M (4:2:0, full-range grey: U = V = 128) that shows each text
 * as a black-on-white QR code in turn, with grey frames between them.
 * Modules are whole pixels, and the white around the code is at least the
 * standard four-module quiet zone. Returns the number of frames.
 */
export function writeQrClip(file: string, texts: string[], options: ClipOptions = {}): number {
  const { width = 640, height = 480, fps = 5, secondsPerCode = 2, secondsBetween = 0.6 } = options;
  if (width % 2 || height % 2) throw new Error("Y4M 4:2:0 needs an even width and height");
  const chroma = Buffer.alloc((width * height) / 2, 128);
  const grey = Buffer.alloc(width * height, 128);
  const fd = openSync(file, "w");
  let frames = 0;
  const frame = (luma: Buffer) => {
    writeSync(fd, "FRAME\n");
    writeSync(fd, luma);
    writeSync(fd, chroma);
    frames++;
  };
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const text of texts) {
      const { size, data } = encode(text, { ecc: "L", border: 0 });
      const px = Math.floor(Math.min(width, height) / (size + 8));
      if (px < 2) throw new Error(`a ${size}-module code does not fit ${width}×${height} at 2 pixels a module`);
      const left = Math.floor((width - size * px) / 2);
      const top = Math.floor((height - size * px) / 2);
      const luma = Buffer.alloc(width * height, 255);
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          if (!data[y]![x]) continue;
          for (let dy = 0; dy < px; dy++)
            luma.fill(
              0,
              (top + y * px + dy) * width + left + x * px,
              (top + y * px + dy) * width + left + (x + 1) * px,
            );
        }
      }
      for (let i = 0; i < Math.round(secondsPerCode * fps); i++) frame(luma);
      for (let i = 0; i < Math.round(secondsBetween * fps); i++) frame(grey);
    }
  } finally {
    closeSync(fd);
  }
  return frames;
}
