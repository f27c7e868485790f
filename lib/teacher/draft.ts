/**
 * A teacher's quiz while it is being built, as plain data and pure functions.
 * The builder UI (components/teacher/quiz-builder.tsx) and its persisted
 * store (components/state/teacher-store.ts) only wire these.
 *
 * A draft is not a list of questions but the recipe for one: seed, settings,
 * which drawn questions were replaced, edits by question id and the
 * teacher's own questions. `draftQuestions` turns it into the questions the
 * preview shows, and `draftToShared` into the link that carries exactly
 * those questions (format 3), so students get what the teacher previewed.
 */
import { z } from "../schema";
import type { Article, Span } from "../article";
import { MIN_CHOICE_OPTIONS } from "../quiz";
import { drawQuestions, eligibleQuestions } from "../quiz";
import type { Question, QuestionType } from "../quiz";
import { upgradeQuestion } from "../share";
import { applyEdit } from "../share";
import type { QuestionEdit, QuizSettings } from "../share";
import { sharedQuizOf, type SharedQuizV4 } from "../share";
import { customQuestionSchema, type CustomQuestion } from "../share";
import { mergeRecords, mergeRemoved, type Removed } from "../storage";
import { isoDate, removedSchema } from "../schema";
import { stripInvisible } from "../text";

/** 2: tombstones for discarded drafts, and each draft's `updatedAt`. */
export const DRAFT_VERSION = 2;

/** Collapses runs of spaces and line breaks: wording is one line wherever it is shown. */
export const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** Bounds the builder enforces; links made from them stay a sensible length. */
export const LIMITS = {
  count: 30,
  title: 120,
  classLabel: 60,
  prompt: 300,
  option: 160,
  options: 6,
  explanation: 300,
  custom: 20,
} as const;

export interface QuizDraft {
  seed: number;
  settings: QuizSettings;
  /** Drawn questions the teacher replaced; the next best in the draw take their place. */
  removed: string[];
  edits: Record<string, QuestionEdit>;
  /** Teacher-written questions, ids "custom-1", "custom-2", ... */
  custom: CustomQuestion[];
  /** When the teacher last changed it (ISO 8601): of two tabs' copies, the later one is kept. */
  updatedAt?: string;
}

export function defaultSettings(article: Pick<Article, "title">): QuizSettings {
  return { title: article.title, count: 10, feedback: "each", order: "fixed", allowArticle: true };
}

export function newDraft(article: Pick<Article, "title">, seed: number): QuizDraft {
  return { seed, settings: defaultSettings(article), removed: [], edits: {}, custom: [] };
}

const drawOptions = (draft: QuizDraft) => ({
  seed: draft.seed,
  count: draft.settings.count,
  types: draft.settings.types,
  skills: draft.settings.skills,
  understanding: draft.settings.understanding,
});

/** How many generated questions the current types and skills allow. */
export function availableCount(pool: readonly Question[], settings: QuizSettings): number {
  return eligibleQuestions(pool, { seed: 0, types: settings.types, skills: settings.skills }).length;
}

/**
 * The generated questions in the quiz, in reading order: the draw for the
 * seed, with each question the teacher replaced taken out and the next best
 * drawn in its place, the others staying as they were.
 */
export function drawnQuestions(
  pool: readonly Question[],
  draft: QuizDraft,
  article: Pick<Article, "paragraphs">,
): Question[] {
  // One replacement at a time, in the order the teacher asked for them: a second "replace" keeps the first one's
  // replacement, which a single redraw over all removals would not.
  let drawn = drawQuestions(pool, drawOptions(draft), article);
  for (const [i, id] of draft.removed.entries()) {
    if (!drawn.some((q) => q.id === id)) continue;
    drawn = drawQuestions(
      pool,
      { ...drawOptions(draft), keep: drawn.filter((q) => q.id !== id), exclude: draft.removed.slice(0, i + 1) },
      article,
    );
  }
  return drawn;
}

export type DraftQuiz = { ok: true; questions: Question[] } | { ok: false; message: string };

/** What students will get: the drawn questions with the teacher's edits, then the teacher's own questions. */
export function draftQuestions(
  pool: readonly Question[],
  draft: QuizDraft,
  article: Pick<Article, "paragraphs">,
): DraftQuiz {
  const questions: Question[] = [];
  for (const [i, question] of drawnQuestions(pool, draft, article).entries()) {
    const edit = draft.edits[question.id];
    const applied = edit ? applyEdit(question, edit) : { ok: true as const, question };
    if (!applied.ok) return { ok: false, message: `Question ${i + 1} was edited wrongly: ${applied.problem}.` };
    questions.push(applied.question);
  }
  return { ok: true, questions: [...questions, ...draft.custom.map((q) => upgradeQuestion(q))] };
}

/** The link for the draft's questions (format 4): by name for a built-in article, with its text for a pasted one. */
export function draftToShared(
  questions: readonly Question[],
  draft: QuizDraft,
  article: Pick<Article, "slug" | "title" | "source" | "body">,
  kind: "builtin" | "text",
): SharedQuizV4 {
  return sharedQuizOf(article, kind, cleanSettings(draft.settings), questions);
}

function cleanSettings(settings: QuizSettings): QuizSettings {
  const classLabel = settings.classLabel?.trim();
  const clean: QuizSettings = { ...settings, title: stripInvisible(settings.title).trim() };
  if (classLabel) clean.classLabel = classLabel;
  else delete clean.classLabel;
  return clean;
}

// ---- Reducers ----

export function updateSettings(draft: QuizDraft, patch: Partial<QuizSettings>): QuizDraft {
  const settings = { ...draft.settings, ...patch };
  // An empty filter list would mean "nothing"; the model says undefined = all.
  if (settings.types?.length === 0) delete settings.types;
  if (settings.skills?.length === 0) delete settings.skills;
  // "balanced" is the default, written as no setting at all.
  if (settings.understanding === undefined || settings.understanding === "balanced") delete settings.understanding;
  return { ...draft, settings };
}

/** "Another version": a new seed; edits, removals and the teacher's own questions stay. */
export function withSeed(draft: QuizDraft, seed: number): QuizDraft {
  return { ...draft, seed };
}

export function isCustomId(id: string): boolean {
  return /^custom-\d+$/.test(id);
}

export function removeQuestion(draft: QuizDraft, id: string): QuizDraft {
  const edits = { ...draft.edits };
  delete edits[id];
  if (isCustomId(id)) return { ...draft, edits, custom: draft.custom.filter((q) => q.id !== id) };
  if (draft.removed.includes(id)) return draft;
  return { ...draft, edits, removed: [...draft.removed, id] };
}

export function restoreRemoved(draft: QuizDraft): QuizDraft {
  return { ...draft, removed: [] };
}

/** What the teacher's edit form gives back. Fields a question does not have are ignored. */
export interface QuestionChanges {
  prompt: string;
  explanation: string;
  options?: string[];
  answer?: number;
  /** Short answer (a teacher's own question): the expected answer and others that count. */
  expected?: string;
  alsoAccepted?: string[];
  /** A teacher's own question may move its evidence. */
  evidence?: Span;
}

/**
 * A teacher's own question is replaced outright. A generated one keeps its
 * id and stores only what differs from the engine's version (the link
 * carries edits, not copies); no difference left means no edit.
 */
export function editQuestion(draft: QuizDraft, original: Question, changes: QuestionChanges): QuizDraft {
  if (isCustomId(original.id)) {
    return { ...draft, custom: draft.custom.map((q) => (q.id === original.id ? applyChanges(q, changes) : q)) };
  }
  const edit: QuestionEdit = {};
  const prompt = tidy(changes.prompt);
  if (prompt !== original.prompt) edit.prompt = prompt;
  const explanation = tidy(changes.explanation);
  if (explanation && explanation !== original.explanation) edit.explanation = explanation;
  if ("options" in original) {
    const options = changes.options?.map(tidy);
    const sameOptions =
      !options || (options.length === original.options.length && options.every((o, i) => o === original.options[i]));
    const answer = changes.answer ?? original.answer;
    if (!sameOptions || answer !== original.answer) {
      edit.options = options ?? original.options;
      edit.answer = answer;
    }
  }
  const edits = { ...draft.edits };
  if (Object.keys(edit).length === 0) delete edits[original.id];
  else edits[original.id] = edit;
  return { ...draft, edits };
}

/** The question as the edited draft now has it, or why the edit cannot apply. */
export function editedQuestion(
  draft: QuizDraft,
  original: Question,
): { ok: true; question: Question } | { ok: false; problem: string } {
  if (isCustomId(original.id)) {
    const own = draft.custom.find((q) => q.id === original.id);
    return { ok: true, question: own ? upgradeQuestion(own) : original };
  }
  const edit = draft.edits[original.id];
  return edit ? applyEdit(original, edit) : { ok: true, question: original };
}

export function resetEdit(draft: QuizDraft, id: string): QuizDraft {
  const edits = { ...draft.edits };
  delete edits[id];
  return { ...draft, edits };
}

function applyChanges(question: CustomQuestion, changes: QuestionChanges): CustomQuestion {
  const base = {
    ...question,
    prompt: tidy(changes.prompt),
    explanation: tidy(changes.explanation) || question.explanation,
    evidence: changes.evidence ? [changes.evidence] : question.evidence,
  };
  if ("options" in base && changes.options)
    return { ...base, ...filledOptions(changes.options, changes.answer ?? base.answer) };
  if (base.type === "short-answer" && changes.expected !== undefined) {
    return {
      ...base,
      answer: tidy(changes.expected),
      accepted: (changes.alsoAccepted ?? []).map(tidy).filter(Boolean),
    };
  }
  return base;
}

export function nextCustomId(draft: QuizDraft): string {
  const numbers = draft.custom.map((q) => Number(q.id.slice("custom-".length))).filter(Number.isFinite);
  return `custom-${Math.max(0, ...numbers) + 1}`;
}

export function addCustom(draft: QuizDraft, question: CustomQuestion): QuizDraft {
  if (draft.custom.length >= LIMITS.custom) return draft;
  return { ...draft, custom: [...draft.custom, { ...question, id: nextCustomId(draft) }] };
}

// ---- Building and checking questions the teacher writes ----

/** The kinds of question a teacher can write, in the order the form offers them. */
export const CUSTOM_KINDS = [
  "multiple-choice",
  "true-false",
  "short-answer",
] as const satisfies readonly QuestionType[];
export type CustomKind = (typeof CUSTOM_KINDS)[number];

export interface CustomFields {
  kind: CustomKind;
  prompt: string;
  /** Multiple choice: the options; true or false: ignored. */
  options: string[];
  /** Index of the right option (multiple choice, true or false: 0 = True). */
  answer: number;
  /** Short answer: the expected answer, and others that also count (one per line). */
  expected: string;
  alsoAccepted: string[];
  explanation: string;
  evidence: Span | null;
}

/** What is wrong with a choice question's wording, as messages for the teacher. Empty = fine. */
const optionName = (i: number) => String.fromCharCode(65 + i);

/** What is wrong with a choice question's wording, each problem naming its field ("Option B is empty."). */
export function choiceProblems(prompt: string, options: readonly string[], answer: number): string[] {
  const problems: string[] = [];
  if (!tidy(prompt)) problems.push("Write the question.");
  if (tidy(prompt).length > LIMITS.prompt) problems.push(`Keep the question under ${LIMITS.prompt} characters.`);
  const cleaned = options.map(tidy);
  cleaned.forEach((o, i) => {
    if (!o) problems.push(`Option ${optionName(i)} is empty: write it or remove it.`);
    else if (o.length > LIMITS.option)
      problems.push(`Option ${optionName(i)} is longer than ${LIMITS.option} characters.`);
  });
  if (cleaned.filter(Boolean).length < 2) problems.push("Write at least two options.");
  if (cleaned.length > LIMITS.options) problems.push(`Use at most ${LIMITS.options} options.`);
  const seen = new Map<string, number>();
  cleaned.forEach((o, i) => {
    const key = o.toLowerCase();
    if (!o) return;
    if (seen.has(key)) problems.push(`Options ${optionName(seen.get(key)!)} and ${optionName(i)} say the same thing.`);
    else seen.set(key, i);
  });
  if (!Number.isInteger(answer) || answer < 0 || answer >= cleaned.length) problems.push("Choose the right answer.");
  return problems;
}

/**
 * The options a teacher filled in, and the right one among them: option fields
 * left empty are dropped, not refused (the form offers more than a question needs).
 */
export function filledOptions(options: readonly string[], answer: number): { options: string[]; answer: number } {
  const kept: string[] = [];
  let right = -1;
  options.forEach((option, i) => {
    const text = tidy(option);
    if (!text) return;
    if (i === answer) right = kept.length;
    kept.push(text);
  });
  return { options: kept, answer: right };
}

export function customProblems(fields: CustomFields, bodyLength: number): string[] {
  const problems: string[] = [];
  if (fields.kind === "multiple-choice") {
    const filled = filledOptions(fields.options, fields.answer);
    const markedEmpty =
      fields.answer >= 0 && fields.answer < fields.options.length && !tidy(fields.options[fields.answer]!);
    problems.push(
      ...choiceProblems(fields.prompt, filled.options, filled.answer).map((p) =>
        markedEmpty && p === "Choose the right answer."
          ? `The option marked right (${optionName(fields.answer)}) is empty.`
          : p,
      ),
    );
    // As the engine asks its own: with two options a guess is right half the time (that is a true-or-false question).
    if (filled.options.length === 2)
      problems.push(`Write at least ${MIN_CHOICE_OPTIONS} options (for two, make it a true-or-false question).`);
  } else {
    if (!tidy(fields.prompt)) problems.push("Write the question.");
    if (tidy(fields.prompt).length > LIMITS.prompt)
      problems.push(`Keep the question under ${LIMITS.prompt} characters.`);
  }
  if (fields.kind === "true-false" && fields.answer !== 0 && fields.answer !== 1)
    problems.push("Choose True or False.");
  if (fields.kind === "short-answer" && !tidy(fields.expected)) problems.push("Write the expected answer.");
  if (tidy(fields.explanation).length > LIMITS.explanation)
    problems.push(`Keep the explanation under ${LIMITS.explanation} characters.`);
  const span = fields.evidence;
  if (!span || span.start < 0 || span.end > bodyLength || span.end <= span.start)
    problems.push("Pick the sentence in the article that proves the answer.");
  return problems;
}

/** A question from the teacher's fields (id assigned by `addCustom`); call only when `customProblems` is empty. */
export function customQuestion(fields: CustomFields): CustomQuestion {
  const base = {
    id: "custom-0",
    skill: "key-details" as const,
    prompt: tidy(fields.prompt),
    explanation: tidy(fields.explanation) || "The highlighted sentence in the article gives the answer.",
    evidence: fields.evidence ? [fields.evidence] : [],
  };
  switch (fields.kind) {
    case "multiple-choice":
      return { ...base, type: "multiple-choice", ...filledOptions(fields.options, fields.answer) };
    case "true-false":
      return { ...base, type: "true-false", options: ["True", "False"], answer: fields.answer };
    case "short-answer":
      return {
        ...base,
        type: "short-answer",
        answer: tidy(fields.expected),
        accepted: fields.alsoAccepted.map(tidy).filter(Boolean),
      };
  }
}

// ---- What the engine's invariants say about a question, in a teacher's words ----

/** Turns questionProblems() output ("has no blank") into what the teacher should do. */
export function teacherWording(problem: string): string {
  if (problem === "has no blank")
    return "Keep the blank “_____” in a fill-in-the-blank question: it marks the missing words.";
  const giveaway = /^prompt gives away the answer “(.*)”$/.exec(problem);
  if (giveaway) return `The question gives away the answer (“${giveaway[1]}”). Reword it.`;
  if (problem === "has duplicate options") return "Two options say the same thing.";
  if (problem === "has an empty answer") return "Write the expected answer.";
  return `This question ${problem}.`;
}

// ---- Validation of what is found in storage ----

// Typed all the way down, but as lenient on lengths as the builder is while the teacher types (a title may be
// empty for a moment): a draft the builder saved is never set aside, one it could not render always is.
const draftSchema = z.object({
  seed: z.number(),
  settings: z.object({
    title: z.string().check(z.maxLength(1000)),
    classLabel: z.optional(z.string().check(z.maxLength(1000))),
    count: z.int().check(z.minimum(1), z.maximum(100)),
    types: z.optional(z.array(z.string())),
    skills: z.optional(z.array(z.string())),
    understanding: z.optional(z.enum(["fewer", "balanced", "more"])),
    feedback: z.enum(["each", "end"]),
    order: z.enum(["fixed", "shuffled"]),
    allowArticle: z.boolean(),
  }),
  removed: z.array(z.string()),
  edits: z.record(
    z.string(),
    z.object({
      prompt: z.optional(z.string()),
      options: z.optional(z.array(z.string())),
      answer: z.optional(z.int()),
      explanation: z.optional(z.string()),
    }),
  ),
  custom: z.array(customQuestionSchema).check(z.maxLength(100)),
  updatedAt: z.optional(isoDate),
});

export function isQuizDraft(x: unknown): x is QuizDraft {
  return draftSchema.safeParse(x).success;
}

export interface DraftsData {
  /** Keyed by article slug. */
  drafts: Record<string, QuizDraft>;
  /** Drafts discarded, so another tab still holding one does not bring it back. */
  removed: Removed;
}

export const draftsDataSchema = z.object({
  drafts: z.record(z.string(), draftSchema),
  removed: removedSchema,
}) as unknown as z.Schema<DraftsData>;

/** Version 1 had no tombstones. */
export function migrateDrafts(state: unknown, fromVersion: number): DraftsData | undefined {
  if (fromVersion !== 1) return undefined;
  const old = z.object({ drafts: z.record(z.string(), draftSchema) }).safeParse(state);
  return old.success ? { drafts: old.data.drafts as Record<string, QuizDraft>, removed: {} } : undefined;
}

const EPOCH = "1970-01-01T00:00:00.000Z";

/** Two tabs' drafts as one: the one edited last of each article, none that was discarded after its last edit. */
export function mergeDrafts(stored: DraftsData, mine: DraftsData): DraftsData {
  const removed = mergeRemoved(stored.removed, mine.removed);
  return { drafts: mergeRecords(stored.drafts, mine.drafts, removed, (d) => d.updatedAt ?? EPOCH), removed };
}
