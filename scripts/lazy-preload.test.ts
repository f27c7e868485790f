import { describe, expect, it } from "vitest";
import { addPreloads, chunksLoadedBy } from "./lazy-preload";

describe("chunksLoadedBy", () => {
  it("finds the chunks a Turbopack loader names, once each", () => {
    const chunk =
      'e.v(t=>Promise.all(["static/chunks/23b_r7gffczo-.js","static/chunks/2xqqzviymx_t0.js"].map(t=>e.l(t))));' +
      'e.l("static/chunks/2xqqzviymx_t0.js")';
    expect(chunksLoadedBy(chunk)).toEqual(["static/chunks/23b_r7gffczo-.js", "static/chunks/2xqqzviymx_t0.js"]);
  });

  it("finds nothing in a chunk that loads nothing", () => {
    expect(chunksLoadedBy('console.log("static/media/a.png")')).toEqual([]);
  });
});

describe("addPreloads", () => {
  const page = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body></body></html>';

  it("adds a preload link in the head for each chunk", () => {
    const out = addPreloads(page, ["/_next/static/chunks/b.js"]);
    expect(out).toContain('<link rel="preload" as="script" href="/_next/static/chunks/b.js"/></head>');
  });

  it("leaves out what the page already loads, and is idempotent", () => {
    const once = addPreloads(page, ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
    expect(once.match(/rel="preload"/g)).toHaveLength(1);
    expect(addPreloads(once, ["/_next/static/chunks/b.js"])).toBe(once);
  });

  it("refuses a page without a head rather than drop the links", () => {
    expect(() => addPreloads("<p>no head</p>", ["/x.js"])).toThrow(/head/);
  });
});
