import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.join("node_modules", ".bin", "tsx");

function contentCheck(...args: string[]) {
  return spawnSync(TSX, ["scripts/content-check.ts", ...args], { encoding: "utf8" });
}

describe("npm run content:check", () => {
  it("prints a summary line per valid article", () => {
    const run = contentCheck();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ok us-china-climate-ai: 4 people, 7 organizations, 5 places");
  });

  it("exits 1 and lists the problems of broken content", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
    try {
      const dir = path.join(root, "us-china-climate-ai");
      fs.cpSync("content/articles/us-china-climate-ai", dir, { recursive: true });
      const facts = path.join(dir, "facts.json");
      fs.writeFileSync(facts, fs.readFileSync(facts, "utf8").replace('"speaker": "p-wang"', '"speaker": "p-wong"'));
      const run = contentCheck(root);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${facts}: quotes[1] (id "q-wang-1"): unknown speaker id "p-wong"`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
