/**
 * The gradebook as one file, for a backup or a second device. Importing
 * merges by id: quizzes and results already here are recognised and kept as
 * they are, new ones are added, and nothing here is removed or overwritten.
 */
import { z } from "../schema";
import {
  GRADEBOOK_VERSION,
  gradebookDataSchema,
  mergeGradebooks,
  migrateGradebook,
  type GradebookData,
} from "./gradebook";

const FILE_KIND = "evidence-reader-gradebook";

/** The file's text; `now` becomes the gradebook's `exportedAt`. */
export function gradebookFile(data: GradebookData, now: string): string {
  return JSON.stringify({
    kind: FILE_KIND,
    version: GRADEBOOK_VERSION,
    exportedAt: now,
    gradebook: { ...data, exportedAt: now },
  });
}

export function gradebookFileName(now: string): string {
  return `gradebook-${now.slice(0, 10)}.json`;
}

function current(gradebook: unknown): GradebookData | undefined {
  const parsed = gradebookDataSchema.safeParse(gradebook);
  return parsed.success ? parsed.data : undefined;
}

export type ReadFile = { ok: true; data: GradebookData } | { ok: false; message: string };

const envelope = z.looseObject({ kind: z.literal(FILE_KIND), version: z.int(), gradebook: z.unknown() });

export function readGradebookFile(text: string): ReadFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not a gradebook: it is not the file “Export gradebook” saves." };
  }
  const file = envelope.safeParse(parsed);
  if (!file.success)
    return { ok: false, message: "This file is not a gradebook: it is not the file “Export gradebook” saves." };
  const { version, gradebook } = file.data;
  if (version > GRADEBOOK_VERSION)
    return {
      ok: false,
      message:
        "This gradebook was saved by a newer version of the app. Reload the page to get the newest version, then import it again.",
    };
  const data = version === GRADEBOOK_VERSION ? current(gradebook) : migrateGradebook(gradebook, version);
  if (data === undefined)
    return {
      ok: false,
      message: "This gradebook file is damaged: part of it cannot be read, so nothing was imported.",
    };
  return { ok: true, data };
}

export interface ImportSummary {
  data: GradebookData;
  quizzesAdded: number;
  resultsAdded: number;
  /** Results this gradebook already had (or removed on purpose). */
  resultsAlreadyHere: number;
}

/** The file's quizzes and results added to `mine`; what `mine` holds, and what it removed, stay as they are. */
export function importGradebook(mine: GradebookData, file: GradebookData): ImportSummary {
  // The file's own removals are not applied here: importing never deletes.
  const merged = mergeGradebooks({ ...file, removed: { quizzes: {}, results: {} }, exportedAt: null }, mine);
  // A class list this gradebook already has stays as it is (importing never overwrites), even if the file's is newer.
  for (const [quiz, list] of Object.entries(mine.classLists))
    if (Object.hasOwn(merged.classLists, quiz)) merged.classLists[quiz] = list;
  const quizzesAdded = Object.keys(merged.quizzes).filter((id) => !Object.hasOwn(mine.quizzes, id)).length;
  const resultsAdded = Object.keys(merged.results).filter((id) => !Object.hasOwn(mine.results, id)).length;
  return {
    data: merged,
    quizzesAdded,
    resultsAdded,
    resultsAlreadyHere: Object.keys(file.results).length - resultsAdded,
  };
}
