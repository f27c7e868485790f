"use client";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { RATES, currentItem, initialReadState, orderVoices, readAloud, readItems, readStatusText, type Rate, type ReadItem } from "@/lib/read-aloud";

interface Props {
  paragraphs: string[];
  /** Id of the element ArticleText renders the same paragraphs into, one <p> each. */
  targetId: string;
}

const HIGHLIGHT = "read-aloud";
// Chromium fills getVoices() a moment after load and says so with voiceschanged; some browsers never fire it.
const VOICE_WAIT_MS = 1500;

/** Read the article aloud sentence by sentence, the sentence highlighted and kept in view. */
export function ReadAloud({ paragraphs, targetId }: Props) {
  const items = useMemo(() => readItems(paragraphs), [paragraphs]);
  const [state, dispatch] = useReducer(readAloud, items, (i) => initialReadState(i));
  const voices = useVoices();
  const [voiceName, setVoiceName] = useState("");
  const voice = voices?.find((v) => v.name === voiceName) ?? voices?.[0];
  // The voice applies from the next sentence; changing it does not restart the one being read.
  const voiceRef = useRef(voice);
  useEffect(() => {
    voiceRef.current = voice;
  }, [voice]);

  useEffect(() => {
    const synth = window.speechSynthesis;
    if (state.status !== "playing") {
      synth?.cancel();
      return;
    }
    const item = currentItem(state);
    if (!synth || !item) return;
    const take = state.take;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.rate = state.rate;
    utterance.lang = voiceRef.current?.lang ?? "en";
    if (voiceRef.current) utterance.voice = voiceRef.current;
    utterance.onend = () => dispatch({ type: "ended", take });
    utterance.onerror = (event) => {
      // "interrupted" and "canceled" are our own cancel(); anything else would leave the reader waiting.
      if (event.error !== "interrupted" && event.error !== "canceled") dispatch({ type: "stop" });
    };
    synth.speak(utterance);
  }, [state]);

  useEffect(() => {
    const stop = () => window.speechSynthesis?.cancel();
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, []);

  const item = currentItem(state);
  useSentenceHighlight(targetId, paragraphs, item);

  if (voices && voices.length === 0) {
    return (
      <p className="text-sm text-muted" role="note">
        This browser has no voice to read aloud.
      </p>
    );
  }

  const playing = state.status === "playing";
  return (
    <div role="group" aria-label="Read aloud" className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        disabled={!voices}
        onClick={() => dispatch({ type: playing ? "pause" : "play" })}
        className="rounded-control bg-accent px-3 py-1.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong disabled:opacity-60"
      >
        {playing ? "Pause" : state.status === "paused" ? "Resume" : "Read aloud"}
      </button>
      <button
        type="button"
        disabled={state.status === "idle"}
        onClick={() => dispatch({ type: "stop" })}
        className="rounded-control border border-line bg-surface px-3 py-1.5 font-semibold text-ink hover:bg-surface-muted disabled:opacity-60"
      >
        Stop
      </button>
      <label className="flex items-center gap-1 text-muted">
        Speed
        <select
          value={state.rate}
          onChange={(e) => dispatch({ type: "rate", rate: Number(e.target.value) as Rate })}
          className="rounded-control border border-line bg-surface px-1 py-1 text-ink"
        >
          {RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rate}×
            </option>
          ))}
        </select>
      </label>
      {voices && voices.length > 1 && (
        <label className="flex items-center gap-1 text-muted">
          Voice
          <select
            value={voice?.name}
            onChange={(e) => setVoiceName(e.target.value)}
            className="max-w-[12rem] rounded-control border border-line bg-surface px-1 py-1 text-ink"
          >
            {voices.map((v) => (
              <option key={v.name} value={v.name}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </label>
      )}
      <p role="status" className="sr-only">
        {readStatusText(state, paragraphs.length)}
      </p>
    </div>
  );
}

/** The browser's voices, English first; null while still looking, [] when there are none. */
function useVoices(): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    const synth = "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined" ? window.speechSynthesis : undefined;
    const read = () => {
      const found = synth?.getVoices() ?? [];
      if (found.length > 0) setVoices(orderVoices(found));
      return found.length > 0;
    };
    synth?.addEventListener("voiceschanged", read);
    const now = window.setTimeout(read, 0);
    const timer = window.setTimeout(
      () => {
        if (!read()) setVoices([]);
      },
      synth ? VOICE_WAIT_MS : 0,
    );
    return () => {
      synth?.removeEventListener("voiceschanged", read);
      window.clearTimeout(now);
      window.clearTimeout(timer);
    };
  }, []);
  return voices;
}

/** Highlights the sentence in the rendered article and scrolls it into view (instantly under reduced motion). */
function useSentenceHighlight(targetId: string, paragraphs: string[], item: ReadItem | undefined) {
  useEffect(() => {
    const highlights = typeof CSS !== "undefined" ? CSS.highlights : undefined;
    if (!item) {
      highlights?.delete(HIGHLIGHT);
      return;
    }
    const paragraph = document.getElementById(targetId)?.querySelectorAll(":scope > p")[item.paragraph];
    if (!paragraph) return;
    let paragraphStart = 0;
    for (let p = 0; p < item.paragraph; p++) paragraphStart += paragraphs[p]!.length + 2;
    const ranges = rangesOf(paragraph, item.start - paragraphStart, item.end - paragraphStart);
    if (ranges.length === 0) return;
    if (highlights && typeof Highlight !== "undefined") highlights.set(HIGHLIGHT, new Highlight(...ranges));
    const box = ranges[0]!.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 3, behavior: reduced ? "auto" : "smooth" });
    }
    return () => {
      highlights?.delete(HIGHLIGHT);
    };
  }, [targetId, paragraphs, item]);
}

/**
 * DOM ranges over characters [from, to) of an element's text, one per text
 * node, so the meanings of defined words (popovers inside the paragraph)
 * are neither counted nor part of the highlight.
 */
function rangesOf(root: Element, from: number, to: number): Range[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest("[popover]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const ranges: Range[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node && offset < to; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + length);
    if (b > a) {
      const range = document.createRange();
      range.setStart(node, a - offset);
      range.setEnd(node, b - offset);
      ranges.push(range);
    }
    offset += length;
  }
  return ranges;
}
