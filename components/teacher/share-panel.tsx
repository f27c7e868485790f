"use client";
import { useState } from "react";
import { Link } from "@/components/ui/link";
import { encodeQuizCode, MAX_LINK_CHARS, quizLink, type SharedQuizV4 } from "@/lib/share";
import { newSecret, quizFingerprint, sealedQuizOf } from "@/lib/share";
import { quizFile, quizFileName } from "@/lib/share";
import { savedQuiz } from "@/lib/gradebook";
import { useBuiltQuiz, useGradebookActions } from "@/components/state/gradebook-store";
import { useMounted } from "@/components/state/use-hydrated";
import { CopyButton } from "@/components/sharing/copy-button";
import { SelectableText } from "@/components/sharing/selectable-text";
import { downloadFile } from "./download-file";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PersonalLinks } from "./personal-links";
import { QrCode } from "@/components/sharing/qr-code";
import { QrProjector } from "@/components/sharing/qr-projector";
import { BASE_PATH, privateAddress, siteOrigin } from "@/components/sharing/site-url";

interface Props {
  /**
   * The quiz with its answers; null while the builder has a problem to fix. With feedback at the end the
   * link carries it sealed (format 5), otherwise as it is (format 4).
   */
  shared: SharedQuizV4 | null;
  /** The article's text: a link on a built-in article is compressed against it. */
  articleBody: string;
  /** The fingerprint of `shared`, with its answers. */
  fingerprint: string | null;
  blocker: string | null;
  /** The draft's feedback setting (also while `shared` is null). */
  feedback: "each" | "end";
  /** What is open in the builder and not saved ("the question you are writing"), or null. */
  unsaved: string | null;
}

/** Longest link shown as a QR code: denser codes are hard for classroom cameras to read off a projector. */
const MAX_QR_CHARS = 2_000;

function downloadQuizFile(code: string, title: string) {
  downloadFile(quizFile(code, title), quizFileName(title), "application/json");
}

/** A link made on localhost or a school-network address opens only there: say so before it is shared. */
function PrivateAddressNote() {
  const mounted = useMounted();
  const where = mounted ? privateAddress(window.location.hostname) : null;
  if (!where) return null;
  return (
    <p className="mt-3 rounded-control border border-warning bg-warning-soft p-3 text-sm text-warning">
      {where === "this-computer"
        ? `This page is open at ${window.location.hostname}, an address only this computer can reach: students’ devices cannot open this link.`
        : `This page is open at ${window.location.hostname}, an address on a private network: only devices on that network can open this link.`}{" "}
      Publish the app on a web address students can reach (any static web host can serve it; see “Publishing the site”
      in the README), then make the link there.
    </p>
  );
}

/** Where the answers are: kept here (feedback at the end), or in the link (feedback after each question). */
function AnswersNote({ sealed }: { sealed: boolean }) {
  return sealed ? (
    <p className="rounded-control bg-accent-soft px-3 py-2 text-sm text-ink">
      <strong className="font-semibold">The answers stay with you.</strong> The link carries the questions without their
      answers; only this browser’s gradebook can open them to grade the results. Keep a gradebook backup (“Export
      gradebook”): without it, these results cannot be graded anywhere else. Once everyone has sent their result, you
      can release the answers from the gradebook.
    </p>
  ) : (
    <p className="rounded-control border border-line px-3 py-2 text-sm text-muted">
      This link carries the right answers, which students’ browsers need to give feedback after each question: a student
      who knows how can read them from the link. To keep the answers away from students, choose feedback “Only at the
      end”.
    </p>
  );
}

/**
 * "Create link": the quiz goes into the link (and into this browser's
 * gradebook, so results for it can be graded). A link already made for the
 * quiz exactly as it is now is shown again after a reload; any change to
 * the quiz is a new quiz, with a new link.
 */
export function SharePanel({ shared, articleBody, fingerprint, feedback, blocker, unsaved }: Props) {
  const mounted = useMounted();
  const [askUnsaved, setAskUnsaved] = useState(false);
  const sealed = feedback === "end";
  const saved = useBuiltQuiz(fingerprint ?? "", sealed);
  const { saveQuiz } = useGradebookActions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    if (!shared) return;
    setBusy(true);
    setError(null);
    try {
      const now = new Date().toISOString();
      if (shared.settings.feedback === "end") {
        if (!globalThis.crypto?.subtle)
          throw new Error(
            "Keeping the answers sealed needs a secure page: open the builder over https:// (or on this computer’s own address), or choose feedback after each question.",
          );
        // The answers are sealed under a secret that only this gradebook keeps: the link never has it.
        const secret = newSecret();
        const articles = shared.article.kind === "builtin" ? { [shared.article.slug]: { body: articleBody } } : {};
        const link = await sealedQuizOf(shared, secret, articles);
        const code = await encodeQuizCode(link, articleBody);
        saveQuiz(savedQuiz(link, code, now, { secret, unsealed: quizFingerprint(shared) }));
      } else {
        saveQuiz(savedQuiz(shared, await encodeQuizCode(shared, articleBody), now));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : "The link could not be made.");
    } finally {
      setBusy(false);
    }
  }

  const link = saved && mounted ? quizLink(siteOrigin(), BASE_PATH, saved.code) : null;
  const carriesText =
    saved?.shared.v === 2 ||
    ((saved?.shared.v === 3 || saved?.shared.v === 4 || saved?.shared.v === 5) && saved.shared.article.kind === "text");
  const tooLong = link !== null && link.length > MAX_LINK_CHARS;
  const resultsComeBack = (
    <p className="text-sm">
      Students send you their result links.{" "}
      <Link href="/gradebook/" className="font-medium text-accent underline underline-offset-4">
        Open the gradebook
      </Link>{" "}
      to add them.
    </p>
  );
  const fileButton = saved && (
    <button
      type="button"
      onClick={() => downloadQuizFile(saved.code, saved.shared.settings.title)}
      className="justify-self-start rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft"
    >
      Download quiz file
    </button>
  );

  return (
    <section
      aria-labelledby="share-heading"
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h2 id="share-heading" className="text-lg font-semibold">
        Share with your class
      </h2>
      {link && tooLong ? (
        <div className="mt-3 grid gap-3">
          <p id="quiz-too-long" className="text-sm">
            This quiz carries its article’s text, which makes its link {link.length.toLocaleString("en-US")} characters
            long: too long for most chat apps and e-mail (links over {MAX_LINK_CHARS.toLocaleString("en-US")} characters
            are often cut off). Send students the quiz file instead: they open it on the quiz page with “Open a quiz
            file”.
          </p>
          {fileButton}
          {resultsComeBack}
        </div>
      ) : link ? (
        <div className="mt-3 grid gap-3">
          <div className="grid gap-1.5">
            <label htmlFor="quiz-link" className="text-sm font-semibold">
              Quiz link
            </label>
            <SelectableText id="quiz-link" value={link} rows={3} describedBy="quiz-link-length" />
            <p id="quiz-link-length" className="text-sm text-muted">
              {link.length.toLocaleString("en-US")} characters. Everything the quiz needs
              {carriesText ? ", the article’s text too," : ""} is in the link: nothing is stored on a server.
            </p>
          </div>
          <AnswersNote sealed={saved?.shared.v === 5} />
          <CopyButton text={link} label="Copy link" fieldId="quiz-link" />
          {link.length <= MAX_QR_CHARS ? (
            <figure className="grid gap-2">
              <QrCode text={link} label="QR code for the quiz link" />
              <figcaption className="text-sm text-muted">
                Show this on the projector: students scan it with a phone or tablet camera.
              </figcaption>
              <QrProjector link={link} heading={`Scan to open “${saved?.shared.settings.title ?? ""}”`} />
            </figure>
          ) : (
            <p className="text-sm text-muted">
              No QR code: this link is too long for a camera to read reliably. Share the link or the quiz file.
              {saved?.shared.v === 5 &&
                !carriesText &&
                " Sealing the answers makes a link up to a third longer: with fewer questions it fits a QR code again."}
            </p>
          )}
          {carriesText && fileButton}
          {resultsComeBack}
          {saved && <PersonalLinks fingerprint={saved.fingerprint} link={link} title={saved.shared.settings.title} />}
        </div>
      ) : (
        <div className="mt-3 grid gap-3">
          <p className="text-sm text-muted">
            Make one link for the whole class. Changing the quiz afterwards makes a new link.{" "}
            {sealed
              ? "With feedback only at the end, the link will not carry the answers."
              : "With feedback after each question, the link carries the answers."}
          </p>
          <button
            type="button"
            onClick={() => (unsaved ? setAskUnsaved(true) : void create())}
            disabled={!shared || busy}
            aria-describedby={blocker ? "share-blocker" : undefined}
            className="justify-self-start rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60"
          >
            {busy ? "Creating…" : "Create link"}
          </button>
          {blocker && (
            <p id="share-blocker" className="text-sm font-medium text-danger">
              {blocker}
            </p>
          )}
          {error && (
            <p role="alert" className="text-sm font-medium text-danger">
              {error}
            </p>
          )}
        </div>
      )}
      {link && <PrivateAddressNote />}
      <ConfirmDialog
        request={
          askUnsaved && unsaved
            ? {
                title: "Create the link without your unsaved changes?",
                description: `The link would not include ${unsaved}. Cancel, then save it (or cancel it) in the preview first.`,
                confirmLabel: "Create link anyway",
              }
            : null
        }
        onConfirm={() => void create()}
        onClose={() => setAskUnsaved(false)}
      />
    </section>
  );
}
