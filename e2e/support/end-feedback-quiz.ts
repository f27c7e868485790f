/**
 * A teacher's quiz whose settings say "feedback only at the end", made in
 * Node with the app's own encoders, and its questions in the teacher's order.
 */
import { defaultQuiz } from "../../lib/share/fixtures/shared-quizzes";
import { openSharedQuiz } from "../../lib/share/materialize";
import { encodeQuizCode } from "../../lib/share/quiz-link";
import { ARTICLE_SLUG, article } from "./shared-quiz";

const base = defaultQuiz(article, 7);
const shared = { ...base, settings: { ...base.settings, title: "Feedback at the end", feedback: "end" as const } };
const opened = openSharedQuiz(shared, { [ARTICLE_SLUG]: article });
if (!opened.ok) throw new Error(opened.message);

export const endQuizQuestions = opened.quiz.questions;

export async function endQuizLink(): Promise<string> {
  return `/play/#q=${await encodeQuizCode(shared, article.body)}`;
}
