/** Average silent-reading speed used for the "n min read" label. */
export const WORDS_PER_MINUTE = 200;

/** Words are runs of non-space characters with at least one letter or digit, so "–" and "…" do not count. */
export function wordCount(body: string): number {
  return body.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read `body`, rounded, and never less than 1. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / WORDS_PER_MINUTE));
}
