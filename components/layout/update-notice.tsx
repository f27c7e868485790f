"use client";
import { useEffect, useState } from "react";

/**
 * Registers the service worker (production builds only: `next dev` serves
 * changing unhashed files a cache would pin) and tells the student when a new
 * version has been installed. It never reloads on its own: a student may be
 * in the middle of a quiz, so the reload waits for the button.
 */
export function UpdateNotice() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | undefined;
    // Only an update waits behind a controlling worker; the first install
    // has nothing to replace.
    const offer = (worker: ServiceWorker) => {
      if (container.controller) setWaiting(worker);
    };
    const watch = (reg: ServiceWorkerRegistration) => {
      registration = reg;
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const installing = reg.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed") offer(installing);
        });
      });
    };
    const register = () => {
      container.register("/sw.js").then(watch, () => {
        // No service worker (private mode, blocked): the app works online as before.
      });
    };
    // A page left open for days still learns of a new version when it is looked at again.
    const checkForUpdate = () => {
      if (document.visibilityState === "visible") registration?.update().catch(() => {});
    };
    // After load, so precaching never competes with the first page's own requests.
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    document.addEventListener("visibilitychange", checkForUpdate);
    return () => {
      window.removeEventListener("load", register);
      document.removeEventListener("visibilitychange", checkForUpdate);
    };
  }, []);

  const reload = () => {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  };

  return (
    <div role="status" aria-live="polite">
      {waiting && (
        <div className="border-b border-line bg-accent-soft text-ink">
          <div className="mx-auto flex max-w-page items-center gap-3 px-4 py-3 text-sm sm:px-6">
            <p className="flex-1">
              <strong className="font-semibold">A new version is ready. </strong>
              Reload when it suits you; a quiz in progress is kept.
            </p>
            <button
              type="button"
              onClick={reload}
              className="rounded-control border border-current px-2.5 py-1 text-sm font-medium hover:bg-surface"
            >
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
