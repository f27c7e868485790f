/**
 * A teacher's pasted articles: stored as plain data with pure reducers
 * (my-articles.ts), the review's corrections and added facts (facts.ts),
 * its undo history (history.ts) and what it shows first (review.ts).
 */
export * from "./my-articles";
export * from "./facts";
export * from "./history";
export * from "./review";
export { findWords, snapToWords } from "./words";
