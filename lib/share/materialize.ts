/**
 * A shared quiz (what the link carries) → the Quiz students answer. The link
 * holds only the seed, the teacher's selection and changes; the questions
 * themselves are regenerated from the article here, in the student's
 * browser and again in the teacher's gradebook, so both grade against the
 * very same questions.
 *
 * Everything from the link is re-checked against the article with the
 * engine's own invariants: an edit or a teacher's question that would make
 * a broken question (answer out of range, duplicate options, evidence
 * outside the article) refuses the whole quiz with a message, rather than
 * showing students something wrong.
 */
import type { Article } from "../article/types";
import { questionProblems } from "../quiz";
import { v1Pool } from "../quiz-v1";
import { rngFor, shuffle } from "../quiz/random";
import type { Question, Quiz } from "../quiz/types";
import { quizFingerprint, type AnySharedQuiz, type QuestionEdit, type SharedQuiz } from "./quiz-link";
import { CUSTOM_ID } from "./schema";
import { articleOfTextQuiz, type SharedTextQuiz } from "./text-quiz";

export type Materialized = { ok: true; quiz: Quiz; fingerprint: string } | { ok: false; message: string };

const isChoice = (q: Question): q is Extract<Question, { options: string[] }> => "options" in q;

/**
 * The question with the teacher's edit applied, or why the edit cannot
 * apply. Changing a choice question's options needs `answer` too.
 */
export function applyEdit(question: Question, edit: QuestionEdit): { ok: true; question: Question } | { ok: false; problem: string } {
  if (!isChoice(question)) {
    if (edit.options !== undefined || edit.answer !== undefined) return { ok: false, problem: "only a choice question’s options and answer can be changed" };
    return {
      ok: true,
      question: { ...question, prompt: edit.prompt ?? question.prompt, explanation: edit.explanation ?? question.explanation },
    };
  }
  const options = edit.options ?? question.options;
  // New options without an answer would silently keep pointing at whatever now sits at the old index.
  if (edit.options !== undefined && edit.answer === undefined) return { ok: false, problem: "its options were changed without saying which one is right" };
  const answer = edit.answer ?? question.answer;
  if (answer < 0 || answer >= options.length) return { ok: false, problem: "the right answer is not one of its options" };
  return {
    ok: true,
    question: { ...question, prompt: edit.prompt ?? question.prompt, explanation: edit.explanation ?? question.explanation, options, answer },
  };
}

/**
 * Regenerates the quiz a link describes. Question order is the teacher's;
 * with `settings.order === "shuffled"` and a `studentSeed`, each student
 * gets their own order (the same one every time for the same studentSeed).
 * Options keep the order the teacher previewed.
 */
export function materializeQuiz(shared: SharedQuiz, article: Article, studentSeed?: number): Materialized {
  if (shared.article.kind !== "builtin" || shared.article.slug !== article.slug) {
    return { ok: false, message: `This quiz is about another article (“${shared.article.slug}”), not “${article.title}”.` };
  }
  // Format 1 carries ids and a seed: its questions come from the engine as it was then (lib/quiz-v1).
  const pool: ReadonlyMap<string, Question> | undefined = v1Pool(article, shared.seed);
  if (!pool) return { ok: false, message: `This quiz was made for an earlier version of “${article.title}”, and its questions can no longer be rebuilt. Ask your teacher to make the link again.` };
  const custom = new Map<string, Question>(shared.custom.map((q) => [q.id, q]));
  const questions: Question[] = [];

  for (const [i, id] of shared.questionIds.entries()) {
    const number = i + 1;
    const original = CUSTOM_ID.test(id) ? custom.get(id) : pool.get(id);
    if (!original) {
      return {
        ok: false,
        message: CUSTOM_ID.test(id)
          ? `Question ${number} of this quiz is missing from the link. Ask your teacher to send the link again.`
          : `This quiz was made with a different version of the question generator, and question ${number} no longer exists. Ask your teacher to make the link again.`,
      };
    }
    const edit = shared.edits[id];
    let question = original;
    if (edit) {
      const applied = applyEdit(original, edit);
      if (!applied.ok) return { ok: false, message: `Question ${number} of this quiz was edited wrongly: ${applied.problem}. Ask your teacher to fix it.` };
      question = applied.question;
    }
    const problems = questionProblems(question, article.body.length);
    if (problems.length > 0) {
      return { ok: false, message: `Question ${number} of this quiz can’t be used (${problems[0]}). Ask your teacher to fix it.` };
    }
    questions.push(question);
  }

  const ordered = shared.settings.order === "shuffled" && studentSeed !== undefined ? shuffle(rngFor(studentSeed, "shared-order"), questions) : questions;
  return { ok: true, quiz: { articleSlug: article.slug, seed: shared.seed, questions: ordered }, fingerprint: quizFingerprint(shared) };
}

/**
 * A version-2 quiz (pasted article): the questions travel ready-made, so
 * they are only checked, with the same invariants, against the text that
 * came with them.
 */
export function materializeTextQuiz(shared: SharedTextQuiz, studentSeed?: number): Opened {
  const article = articleOfTextQuiz(shared.article);
  for (const [i, question] of shared.questions.entries()) {
    const problems = questionProblems(question, article.body.length);
    if (problems.length > 0) {
      return { ok: false, message: `Question ${i + 1} of this quiz can’t be used (${problems[0]}). Ask your teacher to fix it.` };
    }
  }
  const questions = shared.questions;
  const ordered = shared.settings.order === "shuffled" && studentSeed !== undefined ? shuffle(rngFor(studentSeed, "shared-order"), questions) : questions;
  return { ok: true, article, quiz: { articleSlug: article.slug, seed: 0, questions: ordered }, fingerprint: quizFingerprint(shared) };
}

/** A shared quiz ready to run: its article (built-in, or rebuilt from the link's text) and its questions. */
export type Opened = { ok: true; article: Article; quiz: Quiz; fingerprint: string } | { ok: false; message: string };

const MISSING_ARTICLE = "This quiz is about an article this copy of Evidence Reader does not have. Reload the page to update, or ask your teacher which site to use.";

/**
 * Any shared quiz → its article and questions: a version-1 quiz is rebuilt
 * from one of this app's articles (`builtins`, by slug), a version-2 quiz
 * brings its own text. What the player and the gradebook call.
 */
export function openSharedQuiz(shared: AnySharedQuiz, builtins: Readonly<Record<string, Article>>, studentSeed?: number): Opened {
  if (shared.v === 2) return materializeTextQuiz(shared, studentSeed);
  const article = Object.hasOwn(builtins, shared.article.slug) ? builtins[shared.article.slug] : undefined;
  if (!article) return { ok: false, message: MISSING_ARTICLE };
  const built = materializeQuiz(shared, article, studentSeed);
  return built.ok ? { ok: true, article, quiz: built.quiz, fingerprint: built.fingerprint } : built;
}
