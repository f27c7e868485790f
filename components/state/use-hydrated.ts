"use client";
/**
 * Stores are created with `skipHydration`, so the server HTML and the first
 * client render agree (no hydration mismatch). A component that shows
 * persisted state calls `useHydratedStore(store)`: it triggers the store's
 * rehydration once, in an effect, and renders the stored state after that.
 */
import { useEffect, useSyncExternalStore } from "react";

interface PersistApi {
  persist: {
    hasHydrated: () => boolean;
    rehydrate: () => Promise<void> | void;
    onFinishHydration: (listener: () => void) => () => void;
  };
}

const started = new WeakSet<object>();

export function useHydratedStore(store: PersistApi): boolean {
  const hydrated = useSyncExternalStore(
    (onChange) => store.persist.onFinishHydration(onChange),
    () => store.persist.hasHydrated(),
    () => false,
  );
  useEffect(() => {
    if (started.has(store)) return;
    started.add(store);
    void store.persist.rehydrate();
  }, [store]);
  return hydrated;
}

/** True once the component has mounted in the browser (for values only the browser knows, like dates). */
export function useMounted(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
