"use client";
/**
 * Speaking a read-aloud queue with the Web Speech API, shared by the
 * article's control and the quiz's "Read question aloud": one utterance per
 * item, speed and voice from the reader's preferences, and only one control
 * speaking at a time on a page (starting one stops the other).
 */
import { useEffect, useId, useReducer, useRef, useState } from "react";
import {
  RATES,
  initialReadState,
  readAloud,
  currentItem,
  orderVoices,
  type Rate,
  type ReadAction,
  type ReadState,
  type Spoken,
} from "@/lib/read-aloud";
import { usePreferencesStore } from "@/components/state/preferences-store";
import { useHydratedStore } from "@/components/state/use-hydrated";

// Chromium fills getVoices() a moment after load and says so with voiceschanged; some browsers never fire it.
const VOICE_WAIT_MS = 1500;

/** The control whose utterances the engine is speaking; the engine has one queue for the whole page. */
let speaker: { id: string; stop: () => void } | null = null;
/** Voices found once are known to every control mounted later (each quiz question mounts its own). */
let knownVoices: SpeechSynthesisVoice[] | null = null;

export interface ReadAloudApi<I extends Spoken> {
  state: ReadState<I>;
  dispatch: (action: ReadAction) => void;
  /** English first; null while still looking, [] when the browser has none. */
  voices: SpeechSynthesisVoice[] | null;
  voice: SpeechSynthesisVoice | undefined;
  setVoice: (name: string) => void;
  rate: Rate;
  setRate: (rate: Rate) => void;
}

const reducer = <I extends Spoken>(state: ReadState<I>, action: ReadAction) => readAloud(state, action);

export function useReadAloud<I extends Spoken>(items: readonly I[]): ReadAloudApi<I> {
  const id = useId();
  useHydratedStore(usePreferencesStore);
  const stored = usePreferencesStore((s) => s.readRate);
  const rate: Rate = RATES.find((r) => r === stored) ?? 1;
  const voiceName = usePreferencesStore((s) => s.readVoice);
  const setRate = usePreferencesStore((s) => s.setReadRate);
  const setVoice = usePreferencesStore((s) => s.setReadVoice);
  const [state, dispatch] = useReducer(reducer<I>, items, (i) => initialReadState(i, rate));
  const voices = useVoices();
  const voice = voices?.find((v) => v.name === voiceName) ?? voices?.[0];
  // The voice applies from the next item; changing it does not restart the one being read.
  const voiceRef = useRef(voice);
  useEffect(() => {
    voiceRef.current = voice;
  }, [voice]);

  // The speed is a preference: a change made in the other control (or once stored) reaches this one.
  useEffect(() => {
    dispatch({ type: "rate", rate });
  }, [rate]);

  useEffect(() => {
    const synth = window.speechSynthesis;
    if (state.status !== "playing") {
      // Only the control speaking may cancel: another one may have just started.
      if (speaker?.id === id) {
        synth?.cancel();
        if (state.status === "idle") speaker = null;
      }
      return;
    }
    const item = currentItem(state);
    if (!synth || !item) return;
    if (speaker && speaker.id !== id) speaker.stop();
    speaker = { id, stop: () => dispatch({ type: "stop" }) };
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
  }, [state, id]);

  // Leaving (the page, or the question whose card this is) stops the reading.
  useEffect(() => {
    const stop = () => window.speechSynthesis?.cancel();
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      if (speaker?.id === id) {
        speaker = null;
        stop();
      }
    };
  }, [id]);

  return { state, dispatch, voices, voice, setVoice, rate, setRate };
}

/** The browser's voices, English first; null while still looking, [] when there are none. */
function useVoices(): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(knownVoices);
  useEffect(() => {
    const synth =
      "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined"
        ? window.speechSynthesis
        : undefined;
    const found = (list: SpeechSynthesisVoice[]) => {
      knownVoices = list;
      setVoices(list);
    };
    const read = () => {
      const list = synth?.getVoices() ?? [];
      if (list.length > 0) found(orderVoices(list));
      return list.length > 0;
    };
    synth?.addEventListener("voiceschanged", read);
    const now = window.setTimeout(read, 0);
    const timer = window.setTimeout(
      () => {
        if (!read()) found([]);
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
