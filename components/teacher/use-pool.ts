"use client";
import { startTransition, useEffect, useMemo, useState } from "react";
import { buildPool, type Article, type Question } from "@/lib/quiz";
import type { PoolReply, PoolRequest } from "./pool-protocol";

export interface ReadyPool {
  seed: number;
  pool: Question[];
}

/**
 * The article's pool for `seed`, built in a worker. Until the first pool arrives: null. When the seed changes, the
 * last pool stays (with its own seed) until the new one arrives, so the preview never empties; `pending` says so.
 * Where workers fail (or do not exist), the pool is built here, as before.
 */
export function usePool(article: Article, seed: number): { ready: ReadyPool | null; pending: boolean } {
  // By content, not identity: a pasted article read again from storage is the same article.
  const key = useMemo(() => JSON.stringify(article), [article]);
  const [ready, setReady] = useState<(ReadyPool & { key: string }) | null>(null);
  useEffect(() => {
    const article = JSON.parse(key) as Article;
    let done = false;
    const settle = (pool: Question[]) => {
      if (done) return;
      done = true;
      // A transition: React renders the ten question cards in slices, between which the page stays responsive.
      startTransition(() => setReady({ seed, pool, key }));
    };
    const onPage = () => settle(buildPool(article, seed));
    if (typeof Worker === "undefined") {
      onPage();
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL("./pool.worker.ts", import.meta.url), { type: "module" });
    } catch {
      onPage();
      return;
    }
    worker.addEventListener("message", (event: MessageEvent<PoolReply>) => {
      // One worker per pool asked for: its one reply is for this seed.
      const reply = event.data;
      if (reply.ok) settle(reply.pool);
      else onPage();
      worker.terminate();
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      onPage();
      worker.terminate();
    });
    worker.postMessage({ article, seed } satisfies PoolRequest);
    return () => {
      done = true;
      worker.terminate();
    };
  }, [key, seed]);
  const current = ready && ready.key === key ? ready : null;
  return { ready: current && { seed: current.seed, pool: current.pool }, pending: !current || current.seed !== seed };
}
