/** Two copies of a store merged by id: nothing either side wrote is lost, and nothing removed comes back. */
import { describe, expect, it } from "vitest";
import { mergeRecords, mergeRemoved, removeRecords } from "./records";

type R = { id: string; at: string; v: string };
const r = (id: string, at: string, v = id): R => ({ id, at, v });
const byId = (...records: R[]) => Object.fromEntries(records.map((x) => [x.id, x]));
const stamp = (x: R) => x.at;

describe("mergeRecords", () => {
  it.each([
    ["keeps what only one side has", byId(r("a", "1")), byId(r("b", "1")), {}, ["a", "b"]],
    [
      "drops a record removed after it was stamped",
      byId(r("a", "1"), r("b", "1")),
      byId(r("a", "1")),
      { b: "2" },
      ["a"],
    ],
    ["keeps a record added again after its removal", byId(r("b", "3")), {}, { b: "2" }, ["b"]],
    ["keeps a record added again in the very millisecond it was removed", byId(r("b", "2")), {}, { b: "2" }, ["b"]],
  ])("%s", (_, stored, mine, removed, ids) => {
    expect(Object.keys(mergeRecords(stored, mine, removed, stamp)).sort()).toEqual(ids);
  });

  it("takes the later of two versions of one record, and mine on a tie", () => {
    expect(mergeRecords(byId(r("a", "2", "stored")), byId(r("a", "1", "mine")), {}, stamp).a!.v).toBe("stored");
    expect(mergeRecords(byId(r("a", "1", "stored")), byId(r("a", "2", "mine")), {}, stamp).a!.v).toBe("mine");
    expect(mergeRecords(byId(r("a", "1", "stored")), byId(r("a", "1", "mine")), {}, stamp).a!.v).toBe("mine");
  });

  it("writes the same records in the same order whichever tab merges, so two tabs never write back and forth", () => {
    const one = byId(r("b", "1"), r("a", "1"));
    const other = byId(r("a", "1"), r("c", "1"), r("b", "1"));
    expect(JSON.stringify(mergeRecords(one, other, {}, stamp))).toBe(
      JSON.stringify(mergeRecords(other, one, {}, stamp)),
    );
    expect(JSON.stringify(mergeRemoved({ y: "1", x: "1" }, {}))).toBe(
      JSON.stringify(mergeRemoved({}, { x: "1", y: "1" })),
    );
  });

  it("keeps this tab's own objects, so what did not change is not rebuilt", () => {
    const mine = byId(r("a", "1"));
    expect(mergeRecords(byId(r("a", "1")), mine, {}, stamp).a).toBe(mine.a);
  });

  it("keeps an id of “__proto__” as a plain key, never as the merged object's prototype", () => {
    const merged = mergeRecords(JSON.parse('{"__proto__": {"id": "x", "at": "1", "v": "x"}}'), {}, {}, stamp);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(["__proto__"]);
  });
});

describe("tombstones", () => {
  it("merge to the later removal of each id", () => {
    expect(mergeRemoved({ a: "1", b: "5" }, { b: "3", c: "2" })).toEqual({ a: "1", b: "5", c: "2" });
  });

  it("are written with the removal", () => {
    expect(removeRecords(byId(r("a", "1"), r("b", "1")), {}, ["a"], "9")).toEqual({
      records: byId(r("b", "1")),
      removed: { a: "9" },
    });
  });
});
