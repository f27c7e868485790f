/**
 * A shared quiz as the test knows it: decoded from the teacher's link and
 * rebuilt in Node with the very modules the pages use, so a spec knows the
 * right (and a wrong) answer to every question a student will see.
 */
import path from "node:path";
import { readArticleDir } from "../../lib/content/read";
import { openSharedQuiz } from "../../lib/share/materialize";
import { codeFromLink, decodeQuizCode } from "../../lib/share/quiz-link";
import type { Question } from "../../lib/quiz/types";

export const ARTICLE_SLUG = "us-china-climate-ai";
export const ARTICLE_TITLE = "Experts Push for Joint US-China Action on Climate and AI";
export const article = readArticleDir(path.join(__dirname, "../../content/articles", ARTICLE_SLUG));

export async function questionsOfLink(link: string): Promise<Question[]> {
  return questionsOfCode(codeFromLink(link, "q") ?? "");
}

/** The questions of a quiz code (from a link or a quiz file), in the teacher's order. */
export async function questionsOfCode(code: string): Promise<Question[]> {
  const decoded = await decodeQuizCode(code, { [ARTICLE_SLUG]: article });
  if (!decoded.ok) throw new Error(`the builder's link does not decode: ${decoded.message}`);
  const quiz = openSharedQuiz(decoded.value, { [ARTICLE_SLUG]: article });
  if (!quiz.ok) throw new Error(`the builder's link does not materialize: ${quiz.message}`);
  return quiz.quiz.questions;
}
