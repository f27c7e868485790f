/**
 * The frozen format-1 engine (lib/quiz-v1) is fetched only when a format-1
 * quiz is opened: every link made since carries its questions, so no page
 * loads the old engine for them. decodeQuizCode loads it for a "1." code, and
 * openSavedQuiz (lib/gradebook) for a format-1 quiz kept in a gradebook;
 * openSharedQuiz, which is synchronous, then finds it here.
 */
type Format1Engine = typeof import("../quiz-v1");

let engine: Format1Engine | undefined;
let loading: Promise<Format1Engine> | undefined;

export function loadFormat1Engine(): Promise<Format1Engine> {
  loading ??= import("../quiz-v1").then(
    (loaded) => (engine = loaded),
    (error: unknown) => {
      // Offline without the chunk, say: the next attempt fetches it again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function format1EngineLoaded(): boolean {
  return engine !== undefined;
}

/** The engine, once loaded; opening a format-1 quiz before loading it is a bug in the caller. */
export function format1Engine(): Format1Engine {
  if (!engine) throw new Error("A format-1 quiz was opened before loadFormat1Engine() had loaded its engine.");
  return engine;
}

/** What a student or teacher sees when code fetched on first use (this engine, the decompressor) cannot be loaded. */
export const PART_UNAVAILABLE =
  "The part of Evidence Reader that opens this quiz could not be loaded. Check the connection and reload the page.";
