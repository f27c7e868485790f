/**
 * Persisted-store storage that never lets bad data or a broken browser
 * storage take the app down.
 *
 * It has the shape of a Zustand `PersistStorage` (getItem / setItem /
 * removeItem over `{ state, version }` envelopes) but imports nothing from
 * Zustand or React, so every rule below is unit tested against a plain
 * in-memory Storage.
 *
 * Reading:
 * - not JSON, not an envelope, or a state `accepts` rejects: the raw value is
 *   copied to `<key>:backup` (or `<key>:backup:2`… when an older backup is
 *   there), the key is cleared, the store starts empty and `onProblem` is told
 *   (the UI shows a short notice). When no backup can be written (storage
 *   full), the value stays where it is and the key is kept in memory only, so
 *   nothing overwrites it;
 * - a version newer than this code knows: same, because guessing at a future
 *   shape could silently lose the student's data when we write it back.
 *
 * Writing:
 * - `mergeOnWrite` combines what another tab already wrote with what this tab
 *   writes, so two tabs never erase each other's attempts;
 * - quota or security errors (full storage, private mode, blocked cookies)
 *   switch that key to memory: the quiz keeps working, `onProblem` is told
 *   that nothing will be kept.
 */

/** The subset of the Web Storage API this layer needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What Zustand's persist middleware reads and writes. */
export interface PersistedEnvelope<S> {
  state: S;
  version?: number;
}

export type StorageProblem =
  | { kind: "corrupted"; key: string; backupKey: string }
  | { kind: "foreign"; key: string; backupKey: string }
  | { kind: "future-version"; key: string; backupKey: string; version: number }
  | { kind: "not-set-aside"; key: string }
  | { kind: "unavailable"; key: string }
  | { kind: "full"; key: string };

export interface SafeStorageOptions<S> {
  /** The version this code writes; anything above it is refused. */
  version: number;
  /**
   * Whether `state`, stored at `version` (never above the current one), is a
   * shape the store's `migrate` can turn into current state.
   */
  accepts(state: unknown, version: number): boolean;
  /** Combine a state another tab stored (already current version) with the one about to be written. */
  mergeOnWrite?(stored: S, incoming: S): S;
  onProblem(problem: StorageProblem): void;
}

export function backupKeyFor(key: string, nth = 1): string {
  return nth === 1 ? `${key}:backup` : `${key}:backup:${nth}`;
}

/** Backups kept per key before a new one would have to replace an old one (it is then not set aside). */
export const MAX_BACKUPS = 5;

export type ParseResult =
  | { ok: true; envelope: PersistedEnvelope<unknown> & { version: number } }
  | { ok: false; kind: "corrupted" | "foreign" }
  | { ok: false; kind: "future-version"; version: number };

/** Classifies a raw stored string without touching any storage. */
export function parseEnvelope(
  raw: string,
  currentVersion: number,
  accepts: (state: unknown, version: number) => boolean,
): ParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, kind: "corrupted" };
  }
  if (!isRecord(parsed) || !("state" in parsed)) {
    return { ok: false, kind: "foreign" };
  }
  const rawVersion = parsed.version;
  // Zustand writes no version for version 0 stores.
  const version = rawVersion === undefined ? 0 : rawVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, kind: "foreign" };
  }
  if (version > currentVersion) return { ok: false, kind: "future-version", version };
  const state = parsed.state;
  if (!accepts(state, version)) return { ok: false, kind: "foreign" };
  return { ok: true, envelope: { state, version } };
}

/** A JSON object (not null, not an array): what stored or linked data must be before its fields are read. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Quota errors have different names and codes across browsers. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/**
 * @param getBackend returns the browser storage, or null / throws where there
 *   is none (server rendering, blocked storage). Called lazily on each access
 *   because merely touching `window.localStorage` can throw.
 */
export function createSafeStorage<S>(getBackend: () => KeyValueStorage | null, options: SafeStorageOptions<S>) {
  // Keys that failed to read or write live here for the rest of the page's life (null: nothing kept yet).
  const memory = new Map<string, PersistedEnvelope<S> | null>();
  const reported = new Set<string>();

  function report(problem: StorageProblem) {
    const id = `${problem.kind}:${problem.key}`;
    if (reported.has(id)) return;
    reported.add(id);
    options.onProblem(problem);
  }

  function backend(key: string): KeyValueStorage | null {
    try {
      const storage = getBackend();
      if (!storage) report({ kind: "unavailable", key });
      return storage;
    } catch {
      report({ kind: "unavailable", key });
      return null;
    }
  }

  /** The backup's key, or null when none could be written and the value was left in place. */
  function quarantine(storage: KeyValueStorage, key: string, raw: string): string | null {
    let backupKey: string | null = null;
    for (let nth = 1; nth <= MAX_BACKUPS && backupKey === null; nth++) {
      const candidate = backupKeyFor(key, nth);
      const existing = storage.getItem(candidate);
      if (existing !== null && existing !== raw) continue;
      try {
        storage.setItem(candidate, raw);
        backupKey = candidate;
      } catch {
        break;
      }
    }
    if (backupKey === null) {
      // Never remove what could not be copied: this page works from memory and leaves the value alone.
      memory.set(key, null);
      return null;
    }
    try {
      storage.removeItem(key);
    } catch {
      // The bad value stays on disk next to its copy; it is ignored in memory.
    }
    return backupKey;
  }

  function readStored(storage: KeyValueStorage, key: string): ParseResult | null {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const result = parseEnvelope(raw, options.version, options.accepts);
    if (!result.ok) {
      const backupKey = quarantine(storage, key, raw);
      report(
        backupKey === null
          ? { kind: "not-set-aside", key }
          : result.kind === "future-version"
            ? { kind: "future-version", key, backupKey, version: result.version }
            : { kind: result.kind, key, backupKey },
      );
    }
    return result;
  }

  return {
    getItem(key: string): PersistedEnvelope<S> | null {
      if (memory.has(key)) return memory.get(key) ?? null;
      const storage = backend(key);
      if (!storage) return null;
      try {
        const result = readStored(storage, key);
        return result?.ok ? (result.envelope as PersistedEnvelope<S>) : null;
      } catch {
        report({ kind: "unavailable", key });
        return null;
      }
    },

    setItem(key: string, value: PersistedEnvelope<S>): void {
      const storage = memory.has(key) ? null : backend(key);
      if (!storage) {
        memory.set(key, value);
        return;
      }
      try {
        let toWrite = value;
        if (options.mergeOnWrite) {
          const stored = readStored(storage, key);
          if (memory.has(key)) {
            // What is stored went bad and could not be set aside: leave it, keep this write in memory.
            memory.set(key, value);
            return;
          }
          if (stored?.ok && stored.envelope.version === options.version) {
            toWrite = { ...value, state: options.mergeOnWrite(stored.envelope.state as S, value.state) };
          }
        }
        storage.setItem(key, JSON.stringify(toWrite));
      } catch (error) {
        memory.set(key, value);
        report({ kind: isQuotaError(error) ? "full" : "unavailable", key });
      }
    },

    removeItem(key: string): void {
      memory.delete(key);
      try {
        getBackend()?.removeItem(key);
      } catch {
        // Nothing stored that we could reach, so nothing left to remove.
      }
    },
  };
}
