/**
 * A student's quiz history in this browser, as plain data and pure functions.
 * The Zustand store in components/state/progress-store.ts only wires these.
 *
 * Attempts form a set keyed by id, so two tabs that each finish a quiz can
 * merge their histories without losing either. "Reset all progress" is a
 * timestamp rather than an empty list: merging with a tab that still holds
 * old attempts must not bring them back.
 */
import type { Skill } from "../quiz";
import { isIsoDate, isRecord } from "../storage";

export const PROGRESS_VERSION = 1;

export interface AnswerRecord {
  questionId: string;
  skill: Skill;
  correct: boolean;
}

export interface Attempt {
  /** Unique per finished quiz; recording the same id twice keeps one. */
  id: string;
  slug: string;
  seed: number;
  /** "retry" = only the questions missed in an earlier attempt. */
  mode: "full" | "retry";
  score: number;
  total: number;
  /** ISO 8601. */
  finishedAt: string;
  answers: AnswerRecord[];
}

export interface ProgressData {
  attempts: Attempt[];
  /** ISO 8601 time of the last "reset all progress"; attempts finished before it are gone. */
  resetAt: string | null;
}

export const emptyProgress: ProgressData = { attempts: [], resetAt: null };

function byFinishTime(a: Attempt, b: Attempt): number {
  return a.finishedAt === b.finishedAt ? a.id.localeCompare(b.id) : a.finishedAt.localeCompare(b.finishedAt);
}

function afterReset(attempt: Attempt, resetAt: string | null): boolean {
  return resetAt === null || attempt.finishedAt > resetAt;
}

/** Idempotent by id; an attempt finished before the last reset stays gone. */
export function recordAttempt(data: ProgressData, attempt: Attempt): ProgressData {
  if (!afterReset(attempt, data.resetAt) || data.attempts.some((a) => a.id === attempt.id)) return data;
  return { ...data, attempts: [...data.attempts, attempt].sort(byFinishTime) };
}

export function resetProgress(data: ProgressData, now: string): ProgressData {
  const resetAt = data.resetAt !== null && data.resetAt > now ? data.resetAt : now;
  return { attempts: [], resetAt };
}

/** Union of both histories by attempt id, minus whatever the latest reset removed. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const resetAt =
    a.resetAt === null ? b.resetAt : b.resetAt === null ? a.resetAt : a.resetAt > b.resetAt ? a.resetAt : b.resetAt;
  const byId = new Map<string, Attempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    if (afterReset(attempt, resetAt) && !byId.has(attempt.id)) byId.set(attempt.id, attempt);
  }
  return { attempts: [...byId.values()].sort(byFinishTime), resetAt };
}

export interface Score {
  score: number;
  total: number;
}

/** Best full quiz for an article, by fraction right; retries of missed questions do not count. */
export function bestScore(data: ProgressData, slug: string): Score | null {
  let best: Score | null = null;
  for (const attempt of data.attempts) {
    if (attempt.slug !== slug || attempt.mode !== "full" || attempt.total === 0) continue;
    if (best === null || attempt.score / attempt.total > best.score / best.total) {
      best = { score: attempt.score, total: attempt.total };
    }
  }
  return best;
}

export const SKILL_LABELS: Record<Skill, string> = {
  "key-details": "Key details",
  "people-roles": "People and roles",
  quotations: "Quotations",
  numbers: "Numbers",
  sequence: "Sequence",
  claims: "Claims",
  "main-idea": "Main idea",
  "cause-effect": "Cause and effect",
  viewpoints: "Speakers' views",
  vocabulary: "Vocabulary",
};

export interface SkillAccuracy {
  skill: Skill;
  correct: number;
  answered: number;
}

/** Every answer ever checked, retries included, grouped by skill in a fixed order. */
export function skillAccuracy(data: ProgressData): SkillAccuracy[] {
  const counts = new Map<Skill, SkillAccuracy>();
  for (const attempt of data.attempts) {
    for (const answer of attempt.answers) {
      const entry = counts.get(answer.skill) ?? { skill: answer.skill, correct: 0, answered: 0 };
      entry.answered += 1;
      if (answer.correct) entry.correct += 1;
      counts.set(answer.skill, entry);
    }
  }
  return (Object.keys(SKILL_LABELS) as Skill[]).flatMap((skill) => {
    const entry = counts.get(skill);
    return entry ? [entry] : [];
  });
}

// ---- Validation and migration of what is found in storage ----

const SKILLS = new Set<string>(Object.keys(SKILL_LABELS));

const isCount = (x: unknown) => typeof x === "number" && Number.isInteger(x) && x >= 0;

// Checked by hand, not with zod: the library and article pages load this store, and zod would double what they load.
function isAttempt(x: unknown): x is Attempt {
  return (
    isRecord(x) &&
    typeof x.id === "string" &&
    x.id.length > 0 &&
    typeof x.slug === "string" &&
    typeof x.seed === "number" &&
    (x.mode === "full" || x.mode === "retry") &&
    isCount(x.score) &&
    isCount(x.total) &&
    isIsoDate(x.finishedAt) &&
    Array.isArray(x.answers) &&
    x.answers.every(
      (a) =>
        isRecord(a) &&
        typeof a.questionId === "string" &&
        typeof a.skill === "string" &&
        SKILLS.has(a.skill) &&
        typeof a.correct === "boolean",
    )
  );
}

/** Progress as this version stores it, every nested field checked. */
export function isProgressData(x: unknown): x is ProgressData {
  return (
    isRecord(x) &&
    Array.isArray(x.attempts) &&
    x.attempts.every(isAttempt) &&
    (x.resetAt === null || isIsoDate(x.resetAt))
  );
}

/** The same check in the shape the persisted-store factory takes. */
export const progressDataSchema = { safeParse: (x: unknown) => ({ success: isProgressData(x) }) };

/**
 * Version 0, before attempts had ids or per-question answers:
 * `{ scores: [{ slug, correct, total, date }] }`.
 */
export interface ProgressV0 {
  scores: { slug: string; correct: number; total: number; date: string }[];
}

export function isProgressV0(x: unknown): x is ProgressV0 {
  return (
    isRecord(x) &&
    Array.isArray(x.scores) &&
    x.scores.every(
      (s) =>
        isRecord(s) &&
        typeof s.slug === "string" &&
        typeof s.correct === "number" &&
        typeof s.total === "number" &&
        typeof s.date === "string",
    )
  );
}

/** Whether a stored state at `version` is something `migrateProgress` can read. */
export function acceptsStoredProgress(state: unknown, version: number): boolean {
  if (version === 0) return isProgressV0(state);
  if (version === 1) return isProgressData(state);
  return false;
}

/** Progress an older version stored, as this version's (undefined: not recognised). */
export function migrateOldProgress(state: unknown, fromVersion: number): ProgressData | undefined {
  return fromVersion === 0 && isProgressV0(state) ? migrateProgress(state, 0) : undefined;
}

/** Total: anything it does not recognise becomes empty progress (safe storage has already kept a backup). */
export function migrateProgress(state: unknown, fromVersion: number): ProgressData {
  if (fromVersion === 0 && isProgressV0(state)) {
    const attempts = state.scores.map((s, i): Attempt => ({
      id: `v0-${s.slug}-${s.date}-${i}`,
      slug: s.slug,
      seed: 0,
      mode: "full",
      score: s.correct,
      total: s.total,
      finishedAt: s.date,
      answers: [],
    }));
    return { attempts: attempts.sort(byFinishTime), resetAt: null };
  }
  if (fromVersion === PROGRESS_VERSION && isProgressData(state)) return state;
  return emptyProgress;
}
