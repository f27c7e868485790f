"use client";
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Whether this browser can hand a link to the system's share sheet (phones, tablets, some desktops). */
function canShareLink(link: string): boolean {
  if (typeof navigator.share !== "function") return false;
  try {
    return typeof navigator.canShare !== "function" || navigator.canShare({ url: link });
  } catch {
    return false;
  }
}

/**
 * "Send to my teacher": the result link through the Web Share API, to mail,
 * a class chat or whatever the device offers. Not shown where the browser
 * has no share sheet (most desktop browsers): the link and Copy are there.
 */
export function ShareButton({ link, name }: { link: string; name: string }) {
  const available = useSyncExternalStore(
    noSubscription,
    () => canShareLink(link),
    () => false,
  );
  const [status, setStatus] = useState<"idle" | "shared" | "failed">("idle");
  if (!available) return null;

  async function share() {
    try {
      await navigator.share({
        title: "Quiz result",
        text: name ? `${name}’s quiz result` : "My quiz result",
        url: link,
      });
      setStatus("shared");
    } catch (error) {
      // Closing the share sheet is not a failure.
      if (error instanceof DOMException && error.name === "AbortError") setStatus("idle");
      else setStatus("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={() => void share()}
        className="rounded-control border-2 border-accent bg-surface px-4 py-1.5 font-semibold text-accent hover:bg-accent-soft"
      >
        Send to my teacher
      </button>
      <span role="status" className="text-sm font-medium">
        {status === "shared" ? (
          <span className="text-success">Shared.</span>
        ) : status === "failed" ? (
          <span className="text-danger">Sharing did not work here: copy the link instead.</span>
        ) : (
          ""
        )}
      </span>
    </span>
  );
}
