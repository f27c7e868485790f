/**
 * A fake speech engine, installed before any page script runs: headless
 * Chromium has no voices. It records every utterance and ends one only when
 * the test says so, so a test steps through the reading sentence by sentence.
 */
import type { Page } from "@playwright/test";

export interface SpokenUtterance {
  text: string;
  rate: number;
  voice: string | null;
  /** Still the one being spoken (not ended, not cancelled). */
  current: boolean;
}

interface FakeVoice {
  name: string;
  lang: string;
  default?: boolean;
}

export async function installFakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
  await page.addInitScript((voiceList: FakeVoice[]) => {
    type Listener = (event: { error?: string }) => void;
    class FakeUtterance {
      text: string;
      rate = 1;
      lang = "";
      voice: FakeVoice | null = null;
      onstart: Listener | null = null;
      onend: Listener | null = null;
      onerror: Listener | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const spoken: { utterance: FakeUtterance; current: boolean }[] = [];
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => voiceList.map((v) => ({ ...v, localService: true, voiceURI: v.name, default: !!v.default })),
      speak(utterance: FakeUtterance) {
        const entry = { utterance, current: true };
        spoken.push(entry);
        synth.speaking = true;
        setTimeout(() => utterance.onstart?.({}), 0);
      },
      cancel() {
        for (const entry of spoken.filter((e) => e.current)) {
          entry.current = false;
          // As Chromium does: a cancelled utterance reports "interrupted", then nothing more.
          setTimeout(() => entry.utterance.onerror?.({ error: "interrupted" }), 0);
        }
        synth.speaking = false;
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, "__fakeSpeech", {
      value: {
        spoken: () =>
          spoken.map((e) => ({
            text: e.utterance.text,
            rate: e.utterance.rate,
            voice: e.utterance.voice?.name ?? null,
            current: e.current,
          })),
        /** Ends the utterance being spoken, as the engine would when it reaches its last word. */
        finish() {
          const entry = spoken.find((e) => e.current);
          if (!entry) return false;
          entry.current = false;
          synth.speaking = false;
          entry.utterance.onend?.({});
          return true;
        },
      },
    });
  }, voices);
}

export function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() =>
    (window as unknown as { __fakeSpeech: { spoken(): SpokenUtterance[] } }).__fakeSpeech.spoken(),
  );
}

export async function finishSentence(page: Page): Promise<void> {
  const ended = await page.evaluate(() =>
    (window as unknown as { __fakeSpeech: { finish(): boolean } }).__fakeSpeech.finish(),
  );
  if (!ended) throw new Error("no utterance was being spoken");
}

/** The text under the read-aloud highlight (CSS Custom Highlight API), or null when nothing is highlighted. */
export function readingHighlight(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("read-aloud");
    return highlight && highlight.size > 0 ? [...highlight].map((range) => range.toString()).join("") : null;
  });
}
