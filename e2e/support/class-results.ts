/**
 * A class's results made in Node with the app's own encoders, for specs
 * about collecting them (many tabs at once, two gradebooks, a scanner): the
 * quiz link a teacher shares and each student's result link, every answer
 * right up to the number the spec asks for.
 */
import { correctResponse } from "../../lib/quiz/grade";
import { defaultQuiz } from "../../lib/share/fixtures/shared-quizzes";
import { openSharedQuiz } from "../../lib/share/materialize";
import { encodeQuizCode, quizFingerprint } from "../../lib/share/quiz-link";
import { encodeResultCode, type StudentResult } from "../../lib/share/result-code";
import { ARTICLE_SLUG, article } from "./shared-quiz";

const shared = defaultQuiz(article, 7);
const opened = openSharedQuiz(shared, { [ARTICLE_SLUG]: article });
if (!opened.ok) throw new Error(opened.message);

export const classQuiz = {
  title: shared.settings.title,
  fingerprint: quizFingerprint(shared),
  questions: opened.quiz.questions,
};

export async function quizCode(): Promise<string> {
  return encodeQuizCode(shared, article.body);
}

/** A student's result code with the first `right` answers right and the rest skipped; `forged` sets the other fields as a forger would. */
export async function resultCodeFor(
  name: string,
  right: number,
  forged: Partial<Pick<StudentResult, "startedAt" | "durationMs">> = {},
): Promise<string> {
  const answers = Object.fromEntries(classQuiz.questions.map((q, i) => [q.id, i < right ? correctResponse(q) : null]));
  const result: StudentResult = {
    v: 1,
    quiz: classQuiz.fingerprint,
    name,
    answers,
    startedAt: "2026-11-30T09:00:00.000Z",
    durationMs: 600_000,
    ...forged,
  };
  return encodeResultCode(result);
}
