import { z } from "../schema";
import { isoDate } from "../schema";

/** Sessions kept per browser, and the characters they may take: quizzes left half-done or crafted links cannot fill storage. */
export const MAX_SESSIONS = 30;
export const MAX_SESSION_CHARS = 1_500_000;

/**
 * The newest sessions (by start) within a count and a size in characters; the newest is always kept.
 * Quizzes left half-done, or crafted links, cannot fill the browser's storage this way.
 */
export function pruneNewest<S extends { startedAt: string }>(
  sessions: Record<string, S>,
  maxCount: number,
  maxChars: number,
): Record<string, S> {
  const newestFirst = Object.entries(sessions).sort(([, a], [, b]) => b.startedAt.localeCompare(a.startedAt));
  const kept: [string, S][] = [];
  let chars = 0;
  for (const entry of newestFirst) {
    chars += JSON.stringify(entry[1]).length;
    if (kept.length > 0 && (kept.length >= maxCount || chars > maxChars)) break;
    kept.push(entry);
  }
  return kept.length === newestFirst.length ? sessions : Object.fromEntries(kept);
}

/** What every stored attempt records of its timing and of the result sent: its start, its end, the name, a personal link's token. */
export const attemptFields = {
  startedAt: isoDate,
  finishedAt: z.nullable(isoDate),
  resultName: z.optional(z.string().check(z.maxLength(200))),
  token: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{11}$/))),
};
