/**
 * Messages between the new-article page and its extraction worker
 * (extract.worker.ts). Types only: importing this file adds no code to
 * either side.
 */
import type { ExtractInput, ExtractResult } from "@/lib/extract";

export interface ExtractRequest {
  type: "extract";
  /** Tells an answer to an earlier request (cancelled, then restarted) from the current one. */
  job: number;
  input: ExtractInput;
}

export type ExtractReply =
  | { type: "progress"; job: number; fraction: number }
  | { type: "done"; job: number; result: ExtractResult }
  /** extractArticle never throws on text; this is for a bug, reported rather than left hanging. */
  | { type: "crashed"; job: number; message: string };
