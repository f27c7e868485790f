/**
 * The engine's pool for the quiz builder, off the main thread: every question the article supports, each read
 * by the critic, is the builder's heaviest work (about 80 ms on a laptop, some four times that on a phone), and
 * on the main thread it held the page still while the builder first appeared.
 */
import { buildPool } from "@/lib/quiz";
import type { PoolReply, PoolRequest } from "./pool-protocol";

self.addEventListener("message", (event: MessageEvent<PoolRequest>) => {
  const { article, seed } = event.data;
  let reply: PoolReply;
  try {
    reply = { ok: true, pool: buildPool(article, seed) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
