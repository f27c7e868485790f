/**
 * Class lists for personal links: the teacher pastes one name per line and
 * each student gets a random token (lib/share personal-link.ts). The list
 * stays in the teacher's gradebook, filed under its quiz's fingerprint; a
 * result that echoes a token is filed under that token's name.
 *
 * A token proves only that the result came from someone who had that
 * student's link: not who typed the answers, and not that the link was not
 * forwarded. What it makes visible is a result under a classmate's name
 * (filed under the link's owner, with the typed name beside it), a link used
 * twice, and a result from no personal link at all (flags.ts).
 */
import { z } from "../schema";
import { stripInvisible } from "../text";
import { LIMITS, TOKEN_PATTERN } from "../share";
import { isoDate } from "../schema";
import { nameKey } from "./flags";
import { CSV_BOM, neutraliseFormulas, toCsv } from "./csv";
import type { GradedResult } from "./gradebook";

/** A class larger than this is several classes. */
export const MAX_CLASS_LIST = 200;

export interface ClassListEntry {
  name: string;
  token: string;
}

export interface ClassList {
  /** Fingerprint of the quiz the links open. */
  quiz: string;
  students: ClassListEntry[];
  /** ISO 8601: when the list was last changed (two tabs keep the later list). */
  updatedAt: string;
}

/** A name as it is filed: invisible and bidi characters removed, NFKC, spaces collapsed, trimmed. */
export function cleanName(name: string): string {
  return stripInvisible(name).normalize("NFKC").replace(/\s+/g, " ").trim();
}

export interface ParsedClassList {
  names: string[];
  /** Lines left out because the same name (or one that looks the same) came earlier, as typed. */
  duplicates: string[];
  /** Other lines left out, each with why, for the teacher. */
  problems: string[];
}

/** One name per line; blank lines skipped; names cleaned; duplicates and unusable lines reported, never silently dropped. */
export function parseClassList(text: string): ParsedClassList {
  const names: string[] = [];
  const duplicates: string[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const name = cleanName(line);
    if (name === "") return;
    if (name.length > LIMITS.studentName) {
      problems.push(`Line ${i + 1} is longer than ${LIMITS.studentName} characters, so it was left out.`);
      return;
    }
    const key = nameKey(name);
    if (seen.has(key)) {
      duplicates.push(name);
      return;
    }
    if (names.length >= MAX_CLASS_LIST) {
      problems.push(`Line ${i + 1}: a class list holds at most ${MAX_CLASS_LIST} names, so it was left out.`);
      return;
    }
    seen.set(key, name);
    names.push(name);
  });
  return { names, duplicates, problems };
}

/**
 * The list's students with their tokens. A name already on `previous` keeps
 * its token, so links already sent keep working when the teacher adds a
 * late student or fixes a typo elsewhere in the list.
 */
export function classListEntries(
  names: readonly string[],
  previous: readonly ClassListEntry[],
  token: () => string,
): ClassListEntry[] {
  const kept = new Map(previous.map((s) => [s.name, s.token]));
  const used = new Set<string>();
  return names.map((name) => {
    let t = kept.get(name);
    // 64 random bits repeat about never; the loop makes "never" certain within one list.
    while (t === undefined || used.has(t)) t = token();
    used.add(t);
    return { name, token: t };
  });
}

/** Who a result is filed under. */
export interface Filing {
  /** The class-list name of the result's token, or the name the student typed. */
  name: string;
  /** The name typed, when it is not the class-list name (else null). */
  typed: string | null;
  /** The class-list entry of the result's token, or null. */
  student: ClassListEntry | null;
}

export function fileResult(result: Pick<GradedResult, "name" | "token">, students: readonly ClassListEntry[]): Filing {
  const student = result.token === undefined ? undefined : students.find((s) => s.token === result.token);
  if (!student) return { name: result.name, typed: null, student: null };
  return { name: student.name, typed: result.name === student.name ? null : result.name, student };
}

/** Students on the list whose token no result carries yet. */
export function notSubmitted(
  results: readonly Pick<GradedResult, "token">[],
  students: readonly ClassListEntry[],
): ClassListEntry[] {
  const sent = new Set(results.map((r) => r.token));
  return students.filter((s) => !sent.has(s.token));
}

/** "name TAB link" per line, to paste into a spreadsheet: a name that starts like a formula is neutralised as in the CSV. */
export function classListTsv(rows: readonly { name: string; link: string }[]): string {
  return rows.map((r) => `${neutraliseFormulas(r.name)}\t${r.link}`).join("\n");
}

/** The same as a CSV file (Name, Link), quoted and neutralised like the results' CSV. */
export function classListCsv(rows: readonly { name: string; link: string }[]): string {
  return CSV_BOM + toCsv([["Name", "Personal link"], ...rows.map((r) => [r.name, r.link])]);
}

export const classListSchema = z
  .strictObject({
    quiz: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
    students: z
      .array(
        z.strictObject({
          name: z.string().check(
            z.minLength(1),
            z.maxLength(LIMITS.studentName),
            z.refine((name) => cleanName(name) === name, "is not a cleaned name"),
          ),
          token: z.string().check(z.regex(TOKEN_PATTERN)),
        }),
      )
      .check(z.maxLength(MAX_CLASS_LIST)),
    updatedAt: isoDate,
  })
  .check(
    z.refine((list) => new Set(list.students.map((s) => s.token)).size === list.students.length, {
      message: "gives two students the same token",
      path: ["students"],
    }),
  ) satisfies z.Schema<ClassList>;
