/**
 * Visible suspicion: reasons a teacher should look twice at a result. There
 * is no server, so nothing here proves a result forged or genuine; a flag
 * says what is implausible, in words, and the teacher decides.
 */
import type { GradedResult } from "./gradebook";
import type { ClassListEntry } from "./class-list";

/** A quiz answered faster than this per question was not read. */
export const MIN_MS_PER_QUESTION = 2_000;
/** Student clocks can be wrong by a few minutes; a start further ahead than this is impossible. */
export const CLOCK_SKEW_MS = 10 * 60_000;

export type FlagKind =
  | "too-fast"
  | "future-start"
  | "before-quiz"
  | "same-name"
  | "look-alike-name"
  | "token-missing"
  | "token-unknown"
  | "token-reused";

export interface Flag {
  kind: FlagKind;
  /** Shown to the teacher beside the result, so the reason is never colour alone. */
  reason: string;
}

// Zero-width characters, bidi embeddings, overrides and isolates, the soft hyphen and other invisible format characters.
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\p{Cc}/gu;

// Cyrillic and Greek letters drawn like Latin ones (after case folding, so only lower case is needed).
const CONFUSABLES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "m",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ζ: "z",
};

/** The name as a reader sees it: NFKC, invisible characters removed, case folded, look-alike letters mapped to Latin, spaces collapsed. */
export function nameKey(name: string): string {
  const folded = name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
  let key = "";
  for (const ch of folded) key += CONFUSABLES[ch] ?? ch;
  return key.replace(/\s+/g, " ").trim();
}

function sameAnswers(a: GradedResult, b: GradedResult): boolean {
  const keys = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  for (const key of keys)
    if (JSON.stringify(a.answers[key] ?? null) !== JSON.stringify(b.answers[key] ?? null)) return false;
  return true;
}

export interface FlagContext {
  /** Questions in the quiz. */
  questions: number;
  /** When the quiz was saved in this gradebook (ISO 8601): a result cannot start before its quiz existed. */
  quizCreatedAt: string;
  /** Now, as epoch milliseconds. */
  now: number;
  /** The quiz's class list for personal links; without one (or empty), tokens are not checked. */
  classList?: readonly ClassListEntry[];
}

/** Flags for every result of one quiz, by result id (results without flags are absent). */
export function flagResults(results: readonly GradedResult[], context: FlagContext): Map<string, Flag[]> {
  const flags = new Map<string, Flag[]>();
  const add = (id: string, flag: Flag) => flags.set(id, [...(flags.get(id) ?? []), flag]);
  const quizMade = Date.parse(context.quizCreatedAt);

  for (const r of results) {
    const minimum = Math.max(1, context.questions) * MIN_MS_PER_QUESTION;
    if (r.durationMs < minimum) {
      add(r.id, {
        kind: "too-fast",
        reason: `Finished in ${Math.round(r.durationMs / 1000)} s: under ${MIN_MS_PER_QUESTION / 1000} s a question is too fast to have read them.`,
      });
    }
    const started = Date.parse(r.startedAt);
    if (started > context.now + CLOCK_SKEW_MS)
      add(r.id, { kind: "future-start", reason: `Says it was started on ${r.startedAt.slice(0, 10)}, in the future.` });
    // The quiz's own clock and the student's may differ too, so allow the same skew.
    else if (started < quizMade - CLOCK_SKEW_MS)
      add(r.id, {
        kind: "before-quiz",
        reason: `Says it was started on ${r.startedAt.slice(0, 10)}, before this quiz was made.`,
      });
  }

  const byKey = new Map<string, GradedResult[]>();
  for (const r of results) byKey.set(nameKey(r.name), [...(byKey.get(nameKey(r.name)) ?? []), r]);
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o.id !== r.id);
      const lookAlike = others.filter((o) => o.name !== r.name);
      if (lookAlike.length > 0) {
        add(r.id, {
          kind: "look-alike-name",
          reason: `The name looks the same as another result’s but is spelled with other characters (letter case, hidden characters or foreign look-alike letters).`,
        });
      }
      if (others.some((o) => !sameAnswers(o, r))) {
        add(r.id, { kind: "same-name", reason: `${group.length} results under this name, with different answers.` });
      }
    }
  }
  for (const [id, flag] of tokenFlags(results, context.classList ?? [])) add(id, flag);
  return flags;
}

function tokenFlags(results: readonly GradedResult[], students: readonly ClassListEntry[]): [string, Flag][] {
  if (students.length === 0) return [];
  const flags: [string, Flag][] = [];
  const owner = new Map(students.map((s) => [s.token, s.name]));
  const byToken = new Map<string, GradedResult[]>();
  for (const r of results) {
    if (r.token === undefined) {
      flags.push([
        r.id,
        {
          kind: "token-missing",
          reason:
            "Sent without a personal link, though this quiz has a class list: it came from the class’s link, or was made by hand.",
        },
      ]);
    } else if (!owner.has(r.token)) {
      flags.push([
        r.id,
        {
          kind: "token-unknown",
          reason:
            "Its personal-link token is on nobody’s line of the class list: the link was changed or made up, or that student was taken off the list.",
        },
      ]);
    } else byToken.set(r.token, [...(byToken.get(r.token) ?? []), r]);
  }
  // Identical submissions are one result already (same id): two here are two different submissions.
  for (const [token, group] of byToken) {
    if (group.length < 2) continue;
    for (const r of group)
      flags.push([
        r.id,
        {
          kind: "token-reused",
          reason: `${group.length} different results came from ${owner.get(token)}’s personal link: it was used more than once, or passed on.`,
        },
      ]);
  }
  return flags;
}
