import { describe, expect, it } from "vitest";
import { chunksLoadedBy } from "./bench-bundle";

describe("chunksLoadedBy", () => {
  it("finds the chunks a Turbopack next/dynamic loader names, once each", () => {
    const chunk =
      'e.v(t=>Promise.all(["static/chunks/23b_r7gffczo-.js","static/chunks/2xqqzviymx_t0.js"].map(t=>e.l(t))));' +
      'e.l("static/chunks/2xqqzviymx_t0.js")';
    expect(chunksLoadedBy(chunk)).toEqual(["static/chunks/23b_r7gffczo-.js", "static/chunks/2xqqzviymx_t0.js"]);
  });

  it("finds nothing in a chunk that loads nothing on demand", () => {
    expect(chunksLoadedBy('n.p="static/media/icon.png";console.log("static/chunks")')).toEqual([]);
  });
});
