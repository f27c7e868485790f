/**
 * HTML and Markdown files turned into text off the main thread. The
 * conversion is linear, but a 5 MB page still takes a noticeable moment and
 * a teacher's tab must never freeze on a file, whatever it holds. Only the
 * markup module (and htmlparser2's tokenizer) is loaded here, not the NLP.
 */
import { markdownTitle, markdownToText, readHtml } from "@/lib/extract";
import type { MarkupReply, MarkupRequest } from "./markup-protocol";

self.addEventListener("message", (event: MessageEvent<MarkupRequest>) => {
  const { kind, raw } = event.data;
  let reply: MarkupReply;
  try {
    if (kind === "html") reply = { ok: true, ...readHtml(raw) };
    else {
      const title = markdownTitle(raw);
      reply =
        title === undefined ? { ok: true, text: markdownToText(raw) } : { ok: true, text: markdownToText(raw), title };
    }
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
