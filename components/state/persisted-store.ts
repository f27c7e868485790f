"use client";
/**
 * The one way this app persists a store. Each store gives its key, version,
 * deep schema, older versions' migration, empty state and actions; this
 * wires them to Zustand's persist middleware over the safe storage layer:
 *
 * - what is read is checked against the schema (after migration): anything
 *   else is set aside under a backup key with a notice, never rendered;
 * - with `merge`, every write combines what another tab stored with this
 *   tab's state, and hydration does the same;
 * - tabs: when another tab writes the key, this one reads it again, merges,
 *   and writes the union back if it differs from what is stored. Chromium
 *   shows one tab's localStorage write to another 20–100 ms later, so two
 *   tabs writing at once each overwrite the other's record; the tab whose
 *   record went missing hears the other's write and restores it. Records are
 *   written in id order, so two tabs holding the same records agree on the
 *   string and stop.
 */
import { create, type Mutate, type StateCreator, type StoreApi, type UseBoundStore } from "zustand";
import { persist, type PersistOptions } from "zustand/middleware";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export interface PersistedStoreConfig<D extends object, A extends object> {
  /** The localStorage key, "reader:…". */
  key: string;
  /** The version this code writes; newer stored versions are set aside, not guessed at. */
  version: number;
  /** What this version stores, every nested field checked (a zod schema, or a hand-written check of that shape). */
  schema: { safeParse(data: unknown): { success: boolean } };
  /** The empty store. Its keys are the ones persisted. */
  initial: () => D;
  /** Data stored by an older version, as this version's data (undefined: not recognised). */
  migrate?: (state: unknown, fromVersion: number) => D | undefined;
  /** Two copies (another tab's, this tab's) as one, losing neither's records. Without it the last writer wins. */
  merge?: (stored: D, mine: D) => D;
  actions: (set: StoreApi<D & A>["setState"], get: () => D & A) => A;
  /**
   * Whether this tab takes in another tab's writes as they happen (default true). Off for what a tab
   * is in the middle of (a quiz being taken): its writes still merge, but the page is not changed under the student.
   */
  followOtherTabs?: boolean;
}

export type PersistedStore<S, D> = UseBoundStore<Mutate<StoreApi<S>, [["zustand/persist", D]]>>;

/**
 * A persisted store. `getBackend` replaces localStorage in unit tests.
 * Stores skip hydration: pages hydrate them after mount (see use-hydrated),
 * so server-rendered HTML never depends on what a browser stored.
 */
export function createPersistedStore<D extends object, A extends object>(
  config: PersistedStoreConfig<D, A>,
  getBackend?: () => KeyValueStorage | null,
): PersistedStore<D & A, D> {
  const keys = Object.keys(config.initial()) as (keyof D)[];
  const dataOf = (state: D): D => Object.fromEntries(keys.map((k) => [k, state[k]])) as D;
  const current = (state: unknown, version: number): D | undefined => {
    const data = version === config.version ? state : config.migrate?.(state, version);
    return data !== undefined && config.schema.safeParse(data).success ? (data as D) : undefined;
  };

  const options: PersistOptions<D & A, D> = {
    name: config.key,
    version: config.version,
    storage: browserStorage<D>(
      {
        version: config.version,
        accepts: (state, version) => current(state, version) !== undefined,
        mergeOnWrite: config.merge,
      },
      getBackend,
    ),
    partialize: (state) => dataOf(state),
    // Only reached for versions `accepts` let through, so the fallback is for the impossible case.
    migrate: (persisted, version) => (current(persisted, version) ?? config.initial()) as D & A,
    merge: (persisted, state) => {
      const stored = persisted as D | undefined;
      if (stored === undefined) return state;
      return { ...state, ...(config.merge ? config.merge(stored, dataOf(state)) : stored) };
    },
    skipHydration: true,
  };
  const creator: StateCreator<D & A, [["zustand/persist", unknown]]> = (set, get) => ({
    ...config.initial(),
    ...config.actions(set, get),
  });
  const store = create<D & A>()(persist(creator, options));

  if (typeof window !== "undefined" && getBackend === undefined && config.followOtherTabs !== false) {
    window.addEventListener("storage", (event) => {
      if (event.key === config.key) void catchUpWithOtherTab(store, config.merge !== undefined);
    });
  }
  return store;
}

/**
 * What a tab does when another tab wrote its key: read it again (merged with
 * what this tab holds, when the store merges) and write the union back, in
 * case the other tab's write lacked something only this tab had.
 */
export async function catchUpWithOtherTab<S, D>(store: PersistedStore<S, D>, merges: boolean): Promise<void> {
  if (!store.persist.hasHydrated()) return;
  await store.persist.rehydrate();
  if (!merges) return;
  // Only when the union differs from what is stored: with several tabs open, writing the same value back
  // still reaches the others (Chromium's per-tab copies catch up late) and they would answer forever.
  const { storage, partialize, name } = store.persist.getOptions();
  const stored = await storage?.getItem(name!);
  if (stored && partialize && JSON.stringify(stored.state) === JSON.stringify(partialize(store.getState()))) return;
  store.setState({});
}
