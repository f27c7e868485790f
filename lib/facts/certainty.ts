/**
 * Below this an extracted fact is a guess to review, not a fact to test students on: the engine does not
 * ask it (lib/quiz) and the review of a pasted article says so (lib/my-articles).
 */
export const ASKED_FROM_CERTAINTY = 0.5;
