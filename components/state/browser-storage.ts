/**
 * Wires lib/storage/safe-storage to the browser: localStorage when it works,
 * memory when it does not, problems reported to the notices store.
 */
import { createSafeStorage, type KeyValueStorage, type SafeStorageOptions } from "@/lib/storage";
import { useStorageNoticesStore } from "./storage-notices-store";

function localStorageOrNull(): KeyValueStorage | null {
  // Reading the property itself throws SecurityError when storage is blocked.
  return typeof window === "undefined" ? null : window.localStorage;
}

export function browserStorage<S>(
  options: Omit<SafeStorageOptions<S>, "onProblem">,
  getBackend: () => KeyValueStorage | null = localStorageOrNull,
) {
  return createSafeStorage<S>(getBackend, {
    ...options,
    // Stores skip hydration, so this only runs in the browser (or in tests).
    onProblem: (problem) => useStorageNoticesStore.getState().report(problem),
  });
}
