/**
 * Records kept by id in two copies of one store (two tabs, or this browser
 * and an imported file) and merged without losing either side's work.
 *
 * Each copy may hold records the other lacks; for an id both hold, the one
 * with the later stamp wins (the mine side on a tie). A removal is kept as a
 * tombstone (id → when it was removed), so a tab that still holds the record
 * does not bring it back; a record stamped at or after its tombstone (added
 * again, even in the same millisecond) stays.
 */

/** When each removed record was removed (ISO 8601), by id. */
export type Removed = Record<string, string>;

// Ids come from storage that anyone could have written: "__proto__" is a key, never a prototype.
function put<T>(records: Record<string, T>, id: string, record: T) {
  Object.defineProperty(records, id, { value: record, enumerable: true, writable: true, configurable: true });
}

/** Both copies' records, the later of two for one id, less what a tombstone removed after it was stamped. */
export function mergeRecords<T>(
  stored: Readonly<Record<string, T>>,
  mine: Readonly<Record<string, T>>,
  removed: Removed,
  stamp: (record: T) => string,
): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const [id, record] of Object.entries(stored)) put(merged, id, record);
  for (const [id, record] of Object.entries(mine)) {
    const other = Object.hasOwn(merged, id) ? merged[id] : undefined;
    put(merged, id, other !== undefined && stamp(other) > stamp(record) ? other : record);
  }
  for (const [id, at] of Object.entries(removed)) {
    if (Object.hasOwn(merged, id) && stamp(merged[id]!) < at) delete merged[id];
  }
  return byId(merged);
}

/**
 * The same records with their ids in one order, whichever copy they came
 * from: two tabs that merged the same records write the same string, which
 * raises no storage event. (Ids in different orders would each look like a
 * change to the other tab, and the two would write back and forth forever.)
 */
function byId<T>(records: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const id of Object.keys(records).sort()) put(sorted, id, records[id]!);
  return sorted;
}

/** Both copies' tombstones, the later time for an id removed in both. */
export function mergeRemoved(a: Removed, b: Removed): Removed {
  const merged: Removed = {};
  for (const [id, at] of [...Object.entries(a), ...Object.entries(b)])
    if (!Object.hasOwn(merged, id) || merged[id]! < at) put(merged, id, at);
  return byId(merged);
}

/** The records without `ids`, and the tombstones that say so. */
export function removeRecords<T>(
  records: Readonly<Record<string, T>>,
  removed: Removed,
  ids: readonly string[],
  now: string,
): { records: Record<string, T>; removed: Removed } {
  const kept = { ...records };
  const tombstones = { ...removed };
  for (const id of ids) {
    delete kept[id];
    tombstones[id] = now;
  }
  return { records: kept, removed: tombstones };
}

/** A time as the app writes it (`new Date().toISOString()`), or a bare date: "garbage" in a date field is refused. */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length <= 40 &&
    /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d|$)/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
