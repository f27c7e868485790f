/**
 * What the gradebook does with links it is given, whether pasted, opened as
 * /gradebook/#r=… or read from a QR code by the camera: each result link or
 * code is decoded and filed (through the store's importResult, so a result
 * seen before is a duplicate), each quiz link files its quiz. One path for
 * all three, so a scanned result is checked exactly like a pasted one.
 *
 * No React: the store is passed in (components/state/gradebook-store in
 * the app, plain functions in the tests).
 */
import type { Article } from "../article";
import { openSharedQuiz } from "../share";
import { codeFromLink, decodeQuizCode, quizFingerprint, splitPastedLinks } from "../share";
import { decodeResultCode, resultId, type StudentResult } from "../share";
import { nameKey } from "./flags";
import { savedQuiz, type ImportOutcome, type SavedQuiz } from "./gradebook";
import { fileResult, type ClassListEntry } from "./class-list";

export interface AddOutcome {
  kind: "added" | "duplicate" | "refused" | "quiz";
  text: string;
  /** The decoded result, for "added" and "duplicate" outcomes of a result link. */
  result?: StudentResult;
  /** What was given for it: a refused link stays in the paste box to be sorted out. */
  piece?: string;
}

/** The parts of the gradebook store that adding links uses. */
export interface GradebookPort {
  /** The quizzes filed now: read again for every link, since a quiz link earlier in the same paste files its quiz. */
  quizzes(): Record<string, SavedQuiz>;
  saveQuiz(quiz: SavedQuiz): void;
  importResult(result: StudentResult, resultId: string): ImportOutcome;
  /**
   * Asked before filing a quiz whose title reads the same as one already here (a look-alike quiz would
   * otherwise sit beside the teacher's own, its results under a second card of the same name). Absent: not added.
   */
  confirmSameTitle?(title: string): Promise<boolean>;
  /** The quiz's class list, so an added result is reported under the name it is filed under. */
  classList?(quiz: string): readonly ClassListEntry[];
}

export function preview(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** Files every link or code in `text` (one or many, wrapped lines too) and says what happened to each, in order. */
export async function addLinks(
  text: string,
  articles: Record<string, Article>,
  book: GradebookPort,
): Promise<AddOutcome[]> {
  const found: AddOutcome[] = [];
  for (const piece of splitPastedLinks(text)) {
    const refuse = (why: string) => found.push({ kind: "refused", text: why, piece });
    const code = codeFromLink(piece, "r");
    if (code === null) {
      refuse(`“${preview(piece)}” is not a result link or code.`);
      continue;
    }
    if (/^\d{1,9}\./.test(code)) {
      // A quiz link: file the quiz (made on another computer, say) so its results can be graded here.
      const decoded = await decodeQuizCode(code, articles);
      if (!decoded.ok) {
        refuse(decoded.message);
        continue;
      }
      // A sealed quiz's questions cannot be checked without its key; its schema and article were checked above.
      const checked = decoded.value.v === 5 ? null : openSharedQuiz(decoded.value, articles);
      if (checked && !checked.ok) {
        refuse(checked.message);
        continue;
      }
      const fingerprint = quizFingerprint(decoded.value);
      const known = Object.hasOwn(book.quizzes(), fingerprint);
      const title = decoded.value.settings.title;
      const sameTitle =
        !known && Object.values(book.quizzes()).some((q) => nameKey(q.shared.settings.title) === nameKey(title));
      if (sameTitle && !(await book.confirmSameTitle?.(title))) {
        refuse(`“${title}” was not added: you already have a quiz called that.`);
        continue;
      }
      if (!known) book.saveQuiz(savedQuiz(decoded.value, code, new Date().toISOString()));
      found.push({
        kind: known ? "duplicate" : "quiz",
        text: `“${decoded.value.settings.title}”${
          known
            ? " is already in your gradebook."
            : decoded.value.v === 5
              ? ": added, but its answers are sealed with a secret that only the gradebook that built it has. Its results cannot be graded here until you import that gradebook’s backup file."
              : ": results for it can now be added."
        }`,
      });
      continue;
    }
    const decoded = await decodeResultCode(code);
    if (!decoded.ok) {
      refuse(decoded.message);
      continue;
    }
    const outcome = book.importResult(decoded.value, resultId(decoded.value));
    const quizzes = book.quizzes();
    const title = Object.hasOwn(quizzes, decoded.value.quiz)
      ? (quizzes[decoded.value.quiz]?.shared.settings.title ?? "")
      : "";
    if (outcome.kind === "added") {
      const filed = fileResult(outcome.result, book.classList?.(decoded.value.quiz) ?? []);
      const typed = filed.typed === null ? "" : ` (sent as “${filed.typed}”)`;
      found.push({ kind: "added", text: `${filed.name}’s result for “${title}”${typed}.`, result: decoded.value });
    } else if (outcome.kind === "duplicate")
      found.push({
        kind: "duplicate",
        text: `${outcome.name}’s result for “${title}” was added before.`,
        result: decoded.value,
      });
    else refuse(outcome.reason);
  }
  return found;
}
