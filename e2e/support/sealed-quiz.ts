/**
 * A sealed quiz (feedback only at the end, link format 5) made in Node with
 * the app's own encoders, as the builder makes it: its link, the secret the
 * teacher's gradebook would keep, and its questions with their key, for the
 * test to answer right or wrong.
 */
import { defaultQuiz } from "../../lib/share/fixtures/shared-quizzes";
import { openSharedQuiz } from "../../lib/share/materialize";
import { encodeQuizCode, quizFingerprint } from "../../lib/share/quiz-link";
import { newSecret, releaseLink, sealedQuizOf } from "../../lib/share/quiz-v5";
import { ARTICLE_SLUG, article } from "./shared-quiz";

const base = defaultQuiz(article, 7);
const whole = { ...base, settings: { ...base.settings, title: "Sealed at the end", feedback: "end" as const } };
const opened = openSharedQuiz(whole, { [ARTICLE_SLUG]: article });
if (!opened.ok) throw new Error(opened.message);

export const sealedQuizQuestions = opened.quiz.questions;
export const SEALED_TITLE = whole.settings.title;

export async function sealedQuiz(): Promise<{ link: string; release: (secret?: string) => string }> {
  const secret = newSecret();
  const sealed = await sealedQuizOf(whole, secret, { [ARTICLE_SLUG]: article });
  const fingerprint = quizFingerprint(sealed);
  return {
    link: `/play/#q=${await encodeQuizCode(sealed, article.body)}`,
    release: (other = secret) => releaseLink("", "", fingerprint, other),
  };
}
