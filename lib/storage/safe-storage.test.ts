import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../testing/memory-storage";
import { backupKeyFor, createSafeStorage, isQuotaError, parseEnvelope, type StorageProblem } from "./safe-storage";

interface Counter {
  count: number;
}

const isCounter = (state: unknown) =>
  typeof state === "object" && state !== null && typeof (state as Counter).count === "number";

function setup(options: { merge?: boolean } = {}) {
  const backend = new MemoryStorage();
  const problems: StorageProblem[] = [];
  const storage = createSafeStorage<Counter>(() => backend, {
    version: 2,
    accepts: (state) => isCounter(state),
    mergeOnWrite: options.merge ? (stored, incoming) => ({ count: stored.count + incoming.count }) : undefined,
    onProblem: (p) => problems.push(p),
  });
  return { backend, problems, storage };
}

describe("parseEnvelope", () => {
  const accepts = (state: unknown) => isCounter(state);
  it.each([
    ["not JSON", "{oops", { ok: false, kind: "corrupted" }],
    ["a bare array", "[1,2]", { ok: false, kind: "foreign" }],
    ["an object without state", '{"count":1}', { ok: false, kind: "foreign" }],
    ["a non-numeric version", '{"state":{"count":1},"version":"2"}', { ok: false, kind: "foreign" }],
    ["a state the store rejects", '{"state":{"total":1},"version":2}', { ok: false, kind: "foreign" }],
    ["a future version", '{"state":{"count":1},"version":3}', { ok: false, kind: "future-version", version: 3 }],
  ])("refuses %s", (_, raw, expected) => {
    expect(parseEnvelope(raw, 2, accepts)).toEqual(expected);
  });

  it("reads a missing version as 0, as Zustand writes version 0", () => {
    expect(parseEnvelope('{"state":{"count":1}}', 2, accepts)).toEqual({
      ok: true,
      envelope: { state: { count: 1 }, version: 0 },
    });
  });
});

describe("createSafeStorage", () => {
  it("never removes a value it could not copy: with no room for the backup, it stays and writes go to memory", () => {
    const { storage, backend, problems } = setup();
    backend.data.set("k", "{not json");
    backend.full = true;
    expect(storage.getItem("k")).toBeNull();
    expect(backend.data.get("k")).toBe("{not json");
    expect(problems).toEqual([{ kind: "not-set-aside", key: "k" }]);
    backend.full = false;
    storage.setItem("k", { state: { count: 1 }, version: 2 });
    expect(backend.data.get("k")).toBe("{not json");
    expect(storage.getItem("k")).toEqual({ state: { count: 1 }, version: 2 });
  });

  it("keeps an older backup and writes the new one beside it", () => {
    const { storage, backend, problems } = setup();
    backend.data.set(backupKeyFor("k"), "first bad value");
    backend.data.set("k", "{second");
    storage.getItem("k");
    expect(backend.data.get(backupKeyFor("k"))).toBe("first bad value");
    expect(backend.data.get(backupKeyFor("k", 2))).toBe("{second");
    expect(problems).toEqual([{ kind: "corrupted", key: "k", backupKey: "k:backup:2" }]);
  });

  it("round-trips a value", () => {
    const { storage, problems } = setup();
    storage.setItem("k", { state: { count: 3 }, version: 2 });
    expect(storage.getItem("k")).toEqual({ state: { count: 3 }, version: 2 });
    expect(problems).toEqual([]);
  });

  it("backs up corrupted JSON, clears the key and reports it once", () => {
    const { storage, backend, problems } = setup();
    backend.data.set("k", "{not json");
    expect(storage.getItem("k")).toBeNull();
    expect(backend.data.get(backupKeyFor("k"))).toBe("{not json");
    expect(backend.data.has("k")).toBe(false);
    expect(problems).toEqual([{ kind: "corrupted", key: "k", backupKey: "k:backup" }]);
    backend.data.set("k", "{again");
    storage.getItem("k");
    expect(problems).toHaveLength(1);
  });

  it("backs up a future version instead of guessing at its shape", () => {
    const { storage, backend, problems } = setup();
    const raw = JSON.stringify({ state: { count: 9, extra: true }, version: 7 });
    backend.data.set("k", raw);
    expect(storage.getItem("k")).toBeNull();
    expect(backend.data.get("k:backup")).toBe(raw);
    expect(problems).toEqual([{ kind: "future-version", key: "k", backupKey: "k:backup", version: 7 }]);
  });

  it("keeps working in memory when the quota is full, and says so", () => {
    const { storage, backend, problems } = setup();
    backend.full = true;
    storage.setItem("k", { state: { count: 1 }, version: 2 });
    expect(problems).toEqual([{ kind: "full", key: "k" }]);
    expect(storage.getItem("k")).toEqual({ state: { count: 1 }, version: 2 });
  });

  it("keeps working in memory when storage is blocked (SecurityError)", () => {
    const { storage, backend, problems } = setup();
    backend.blocked = true;
    expect(storage.getItem("k")).toBeNull();
    storage.setItem("k", { state: { count: 2 }, version: 2 });
    expect(storage.getItem("k")).toEqual({ state: { count: 2 }, version: 2 });
    expect(problems.map((p) => p.kind)).toEqual(["unavailable"]);
  });

  it("treats a throwing storage getter as unavailable", () => {
    const problems: StorageProblem[] = [];
    const storage = createSafeStorage<Counter>(
      () => {
        throw new DOMException("denied", "SecurityError");
      },
      { version: 1, accepts: () => true, onProblem: (p) => problems.push(p) },
    );
    expect(storage.getItem("k")).toBeNull();
    storage.setItem("k", { state: { count: 1 }, version: 1 });
    expect(storage.getItem("k")).toEqual({ state: { count: 1 }, version: 1 });
    expect(problems).toEqual([{ kind: "unavailable", key: "k" }]);
  });

  it("merges with what another writer stored", () => {
    const { storage, backend } = setup({ merge: true });
    backend.data.set("k", JSON.stringify({ state: { count: 5 }, version: 2 }));
    storage.setItem("k", { state: { count: 1 }, version: 2 });
    expect(JSON.parse(backend.data.get("k")!)).toEqual({ state: { count: 6 }, version: 2 });
  });
});

describe("isQuotaError", () => {
  it.each([
    [new DOMException("x", "QuotaExceededError"), true],
    [{ name: "NS_ERROR_DOM_QUOTA_REACHED" }, true],
    [{ code: 22 }, true],
    [new DOMException("x", "SecurityError"), false],
    ["QuotaExceededError", false],
  ])("%s → %s", (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
