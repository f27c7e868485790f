import { describe, expect, it } from "vitest";
import { COMPILE_HINT, takesCompileHint, withCompileHint } from "./compile-hints";

describe("V8's compile hint on the export's scripts", () => {
  const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([document.currentScript,1,e=>{"use strict"}]);';

  it("comes first, alone on its line, and leaves the script as it was below it", () => {
    const hinted = withCompileHint(chunk);
    expect(hinted.split("\n")[0]).toBe(COMPILE_HINT);
    expect(hinted.slice(COMPILE_HINT.length + 1)).toBe(chunk);
  });

  it("is added once, however often the build step runs", () => {
    expect(withCompileHint(withCompileHint(chunk))).toBe(withCompileHint(chunk));
  });

  it.each([
    ["_next/static/chunks/0zw89uymsynwj.js", true],
    ["_next/static/chunks/turbopack-worker-1hrsqshz0gfey.js", true],
    ["_next/static/media/pool.worker.0a1b2c.js", true],
    ["_next\\static\\chunks\\a.js", true],
    ["_next/static/chunks/056i28xvd7jci.css", false],
    ["sw.js", false],
    ["play/index.html", false],
    ["_next/static/chunks/a.js.map", false],
  ])("%s: %s", (path, takes) => {
    expect(takesCompileHint(path)).toBe(takes);
  });
});
