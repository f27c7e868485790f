/** Grading, the answer key and retries, for any question: each kind knows its own (kinds/). */
import { kindOf } from "./kinds";
import type { Question, Response } from "./types";

/** The kind of response a question expects (which input the UI shows). */
export const responseKindFor = (question: Question): Response["kind"] => kindOf(question).response;

/** The response that the answer key gives: what a student who is right would send. */
export const correctResponse = (question: Question): Response => kindOf(question).correctResponse(question);

/** Whether a response says enough to be checked (every pair matched, a non-empty text...). */
export const isComplete = (question: Question, response: Response | null): boolean =>
  response !== null && kindOf(question).isComplete(question, response);

/** Is this response right? A response of the wrong kind is simply wrong. */
export const gradeResponse = (question: Question, response: Response): boolean =>
  kindOf(question).grade(question, response);

/**
 * The same question with its options (or items) in a new order and the
 * answer remapped, for "retry the ones I missed". Id, prompt and evidence do
 * not change; True/False keeps its order, which students expect.
 */
export const reshuffleQuestion = <Q extends Question>(question: Q, seed: number): Q =>
  kindOf(question).reshuffle(question, seed) as Q;

/** The right answer as text lines ("Li Yanliang", "Wang → “AI is …”"), for feedback, reviews and answer keys. */
export const describeAnswer = (question: Question): string[] => kindOf(question).describeAnswer(question);

/** What a student answered, as text lines; "No answer" when nothing was given. */
export const describeResponse = (question: Question, response: Response | null): string[] =>
  response === null ? ["No answer"] : kindOf(question).describeResponse(question, response);
