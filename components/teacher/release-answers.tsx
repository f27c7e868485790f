"use client";
import { useState } from "react";
import type { SavedQuiz } from "@/lib/gradebook";
import { releaseLink } from "@/lib/share";
import { CopyButton } from "@/components/sharing/copy-button";
import { SelectableText } from "@/components/sharing/selectable-text";
import { BASE_PATH, siteOrigin } from "@/components/sharing/site-url";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * "Release answers" for a sealed quiz: a short link that opens its answers
 * in each student's own browser, beside the attempt stored there, for their
 * review with evidence. Asked first: the link opens them for anyone who has it.
 */
export function ReleaseAnswers({ saved }: { saved: SavedQuiz & { secret: string } }) {
  const [asking, setAsking] = useState(false);
  const [released, setReleased] = useState(false);
  const { title } = saved.shared.settings;
  const fieldId = `release-link-${saved.fingerprint}`;
  const link = releaseLink(siteOrigin(), BASE_PATH, saved.fingerprint, saved.secret);

  return (
    <section aria-label={`Release the answers of ${title}`} className="mt-4 rounded-control border border-line p-3">
      {released ? (
        <div className="grid gap-2">
          <label htmlFor={fieldId} className="text-sm font-semibold">
            Release link
          </label>
          <SelectableText id={fieldId} value={link} describedBy={`${fieldId}-note`} />
          <p id={`${fieldId}-note`} className="text-sm text-muted">
            Send it to your students: each one opens it in the browser where they took the quiz to see their review,
            with the right answers and the sentences that prove them.
          </p>
          <CopyButton text={link} label="Copy release link" fieldId={fieldId} />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <p className="min-w-0 flex-1 basis-64 text-sm text-muted">
            The answers of this quiz stay with you. Once every student has sent their result, you can release them.
          </p>
          <button
            type="button"
            onClick={() => setAsking(true)}
            className="rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft"
          >
            Release answers
          </button>
        </div>
      )}
      <ConfirmDialog
        request={
          asking
            ? {
                title: `Release the answers of “${title}”?`,
                description:
                  "You get a link that opens the right answers and their evidence: anyone with it can see them, and a student who has not sent their result yet could use them. Release the answers only once everyone has sent their result.",
                confirmLabel: "Release answers",
              }
            : null
        }
        onConfirm={() => setReleased(true)}
        onClose={() => setAsking(false)}
      />
    </section>
  );
}
