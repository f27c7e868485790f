"use client";
/**
 * Runs extractArticle in a Web Worker and reports progress. The worker is
 * created on the first request (so merely opening the page downloads no
 * NLP code) and terminated on Cancel: a running extraction cannot be
 * interrupted any other way, and a fresh worker is cheap next to it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExtractInput, ExtractResult } from "@/lib/extract";
import type { ExtractReply, ExtractRequest } from "./extract-protocol";

export type Extraction =
  | { status: "idle" }
  | { status: "running"; fraction: number }
  | { status: "finished"; result: ExtractResult }
  | { status: "crashed"; message: string };

const CRASHED =
  "Finding the facts failed unexpectedly. Your text is still here: try again, or try a shorter part of it.";

export function useExtraction(onFinished: (result: ExtractResult) => void) {
  const [state, setState] = useState<Extraction>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback((input: ExtractInput) => {
    const current = ++job.current;
    if (!worker.current) {
      const created = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module" });
      created.addEventListener("message", (event: MessageEvent<ExtractReply>) => {
        const reply = event.data;
        if (reply.job !== job.current) return;
        if (reply.type === "progress") setState({ status: "running", fraction: reply.fraction });
        else if (reply.type === "done") {
          setState({ status: "finished", result: reply.result });
          finished.current(reply.result);
        } else {
          console.warn(`Extraction crashed: ${reply.message}`);
          setState({ status: "crashed", message: CRASHED });
        }
      });
      created.addEventListener("error", (event) => {
        // The worker script failed to load or threw at the top level.
        event.preventDefault();
        console.warn(`Extraction worker error: ${event.message}`);
        worker.current?.terminate();
        worker.current = null;
        setState({ status: "crashed", message: CRASHED });
      });
      worker.current = created;
    }
    setState({ status: "running", fraction: 0 });
    const request: ExtractRequest = { type: "extract", job: current, input };
    worker.current.postMessage(request);
  }, []);

  const cancel = useCallback(() => {
    job.current++;
    stop();
    setState({ status: "idle" });
  }, [stop]);

  return { state, start, cancel };
}
