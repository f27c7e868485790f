/**
 * Code fetched on first use (a dynamic import), fetched once: every caller
 * waits on the same promise, and `current()` gives the module synchronously
 * once it has arrived. A failed fetch (offline, without the chunk) is not
 * remembered, so the next call tries again.
 *
 * @example
 * const encoder = loadOnce(() => import("uqr"));
 * const { renderSVG } = await encoder.load();
 */
export interface LoadOnce<T> {
  load(): Promise<T>;
  /** The module once loaded, else undefined. */
  current(): T | undefined;
}

export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= fetch().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => value,
  };
}
