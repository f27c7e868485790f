/**
 * Fact extraction off the main thread. compromise (≈140 KB gzip) is
 * imported here and nowhere else in the browser, so it is fetched only
 * when a teacher asks for facts, and tagging a long article never freezes
 * the page.
 */
import { extractArticle } from "@/lib/extract";
import type { ExtractReply, ExtractRequest } from "./extract-protocol";

const post = (reply: ExtractReply) => self.postMessage(reply);

self.addEventListener("message", (event: MessageEvent<ExtractRequest>) => {
  const { job, input } = event.data;
  // Progress is called once per paragraph; a few dozen updates are plenty for a progress bar.
  let last = -1;
  try {
    const result = extractArticle(input, {
      onProgress: (fraction) => {
        if (fraction === 1 || fraction - last >= 0.02) {
          last = fraction;
          post({ type: "progress", job, fraction });
        }
      },
    });
    post({ type: "done", job, result });
  } catch (error) {
    post({ type: "crashed", job, message: error instanceof Error ? error.message : String(error) });
  }
});
