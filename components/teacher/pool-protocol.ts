/** Messages between the quiz builder and pool.worker.ts. Types only. */
import type { Article, Question } from "@/lib/quiz";

export interface PoolRequest {
  article: Article;
  seed: number;
}

export type PoolReply = { ok: true; pool: Question[] } | { ok: false; message: string };
