"use client";
import { useId, useRef } from "react";
import { QrCode } from "./qr-code";

/**
 * A link's QR code as large as the screen allows: the quiz link on the
 * projector (a dense code needs big modules for phone cameras at the back of
 * a room), or a student's result link held up to the teacher's camera.
 * A native modal dialog: Escape or the button closes it, focus returns.
 */
export function QrProjector({
  link,
  heading,
  label = "QR code for the quiz link, full screen",
}: {
  link: string;
  /** Above the code, e.g. “Scan to open “Title””. */
  heading: string;
  /** The code's text alternative. */
  label?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="justify-self-start rounded-control border border-line px-3 py-1.5 text-sm font-medium text-accent hover:border-accent"
      >
        Show the QR code full screen
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-4 text-black backdrop:bg-black/80"
      >
        {/* The title and Close above the code, or beside it on a landscape screen, so the code gets the full height. */}
        <div className="flex h-full flex-col items-center justify-center gap-3 landscape:flex-row landscape:gap-6">
          <div className="min-h-0 w-full min-w-0 flex-1 self-stretch">
            <QrCode text={link} label={label} fill />
          </div>
          <div className="order-first flex flex-col items-center gap-3 landscape:max-w-48">
            <h2 id={headingId} className="text-center text-lg font-bold">
              {heading}
            </h2>
            <form method="dialog">
              <button autoFocus className="rounded-control border-2 border-black px-4 py-2 font-semibold">
                Close
              </button>
            </form>
          </div>
        </div>
      </dialog>
    </>
  );
}
