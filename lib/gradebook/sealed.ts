/**
 * Opening a saved quiz for grading. A format-1 quiz needs the old engine
 * (fetched on first use). A format-5 quiz (feedback at the end)
 * carries its questions without their key; the key opens only with the
 * secret this gradebook saved when the quiz was built. Without it (the quiz
 * was built in another browser, or added from its link) it says so, rather
 * than scoring every answer wrong.
 */
import type { Article } from "../article";
import { PART_UNAVAILABLE, loadFormat1Engine, openSealedQuiz, openSharedQuiz, type Opened } from "../share";
import type { SavedQuiz } from "./gradebook";

export const NO_SECRET =
  "This quiz keeps its answers sealed, and the secret that opens them is not in this gradebook: it was built in another browser. Open its results in the gradebook where it was built, or import that gradebook’s backup file here.";

/** The quiz a saved link describes, with its answers: what its results are graded against. */
export async function openSavedQuiz(saved: SavedQuiz, articles: Readonly<Record<string, Article>>): Promise<Opened> {
  const shared = saved.shared;
  if (shared.v === 1) {
    // Its questions are rebuilt by the old engine, fetched only for such a quiz.
    try {
      await loadFormat1Engine();
    } catch {
      return { ok: false, message: PART_UNAVAILABLE };
    }
  }
  if (shared.v !== 5) return openSharedQuiz(shared, articles);
  if (saved.secret === undefined) return { ok: false, message: NO_SECRET };
  const key = await openSealedQuiz(shared, saved.secret, articles);
  if (!key.ok) return key;
  // With its key back, the quiz is format 4's content: the same checks, the same questions.
  const whole = openSharedQuiz(
    { v: 4, article: shared.article, settings: shared.settings, questions: key.questions },
    articles,
  );
  return whole.ok ? { ...whole, fingerprint: saved.fingerprint } : whole;
}
