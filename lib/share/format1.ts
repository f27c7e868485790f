/**
 * The frozen format-1 engine (lib/quiz-v1) is fetched only when a format-1
 * quiz is opened: every link made since carries its questions, so no page
 * loads the old engine for them. decodeQuizCode loads it for a "1." code, and
 * openSavedQuiz (lib/gradebook) for a format-1 quiz kept in a gradebook;
 * openSharedQuiz, which is synchronous, then finds it here.
 */
import { loadOnce } from "../load-once";

type Format1Engine = typeof import("../quiz-v1");

const engine = loadOnce<Format1Engine>(() => import("../quiz-v1"));

export const loadFormat1Engine = (): Promise<Format1Engine> => engine.load();

export const format1EngineLoaded = (): boolean => engine.current() !== undefined;

/** The engine, once loaded; opening a format-1 quiz before loading it is a bug in the caller. */
export function format1Engine(): Format1Engine {
  const loaded = engine.current();
  if (!loaded) throw new Error("A format-1 quiz was opened before loadFormat1Engine() had loaded its engine.");
  return loaded;
}

/** What a student or teacher sees when code fetched on first use (this engine, the decompressor) cannot be loaded. */
export const PART_UNAVAILABLE =
  "The part of Evidence Reader that opens this quiz could not be loaded. Check the connection and reload the page.";
