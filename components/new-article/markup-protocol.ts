/** Messages between the paste form and markup.worker.ts. Types only. */
export interface MarkupRequest {
  kind: "html" | "markdown";
  raw: string;
}

export type MarkupReply = { ok: true; text: string; title?: string } | { ok: false; message: string };
