import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runFactsCli } from "./facts-cli";
import { GOLD_DIR } from "./eval-gold";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "facts-cli-"));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const story = fs.readFileSync(path.join(GOLD_DIR, "01-heron-bay-islands-cleanup.txt"), "utf8");
const txt = write("heron-bay.txt", story);

const json = (argv: string[]) => {
  const result = runFactsCli(argv);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe("npm run facts", () => {
  it("prints people, quotations, numbers and dates as JSON, every fact with its evidence text and offsets", () => {
    const out = json([txt]);
    expect(out.title).toBe("Heron Bay volunteers clean up the islands, but the lake’s bigger problem lies upstream");
    expect(out.source).toBe("heron-bay.txt");
    expect(out.people).toContainEqual(
      expect.objectContaining({ name: "Priya Raman", title: "Dr.", role: "limnologist" }),
    );
    expect(out.quotations).toContainEqual(
      expect.objectContaining({
        text: "The cheapest phosphorus to deal with is the phosphorus that never reaches the lake",
        speaker: "Priya Raman",
      }),
    );
    expect(out.numbers).toContainEqual(
      expect.objectContaining({ text: "$86,000", value: 86000, kind: "money", counts: "dollars" }),
    );
    expect(out.numbers).toContainEqual(expect.objectContaining({ text: "5-2", kind: "vote", values: [5, 2] }));
    expect(out.dates).toContainEqual(expect.objectContaining({ text: "March 14", preposition: "until" }));
    expect(out.places).toContainEqual(expect.objectContaining({ name: "Heron Bay", kind: "town" }));
    expect(typeof out.mainIdea.statement).toBe("string");
    const facts = [
      ...out.people,
      ...out.organizations,
      ...out.places,
      ...out.quotations,
      ...out.unnamedQuotations,
      ...out.numbers,
      ...out.dates,
      ...out.claims,
      out.mainIdea,
    ];
    for (const f of facts) expect(out.body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    for (const f of [...out.numbers, ...out.dates]) expect(f.evidence.text).toContain(f.text);
    for (const q of out.quotations) expect(q.evidence.text).toContain(q.text);
  });

  it("takes --title, reads HTML as text only, and is deterministic", () => {
    const html = write(
      "story.html",
      `<html><head><title>Page</title><script>alert("x")</script></head><body>${story
        .split("\n\n")
        .map((p) => `<p onclick="steal()">${p}</p>`)
        .join("")}</body></html>`,
    );
    const a = runFactsCli([html, "--title", "The cleanup"]).stdout;
    expect(JSON.parse(a).title).toBe("The cleanup");
    expect(runFactsCli([html, "--title=The cleanup"]).stdout).toBe(a);
    for (const leaked of ["alert", "steal", "<p", "<script"]) expect(a).not.toContain(leaked);
  });

  it.each([
    ["no file", [], /missing the article file/],
    ["a missing file", [path.join(dir, "nope.txt")], /no such file/],
    ["an empty file", [write("empty.txt", " \n ")], /text is empty/],
    ["binary garbage", [write("bin.txt", "\u0000\u0001PK\u0003".repeat(300))], /binary file/],
    ["two files", [txt, txt], /expected one file/],
    ["an unknown option", [txt, "--seed", "1"], /unknown option --seed/],
    ["--title without a value", [txt, "--title"], /--title needs a value/],
  ] as const)("refuses %s with a clear message and exit code 2", (_, argv, message) => {
    const result = runFactsCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  it("shows usage on --help, and exits with code 2 as a real process", () => {
    expect(runFactsCli(["--help"]).stdout).toMatch(/^Usage: npm run facts/);
    const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
    expect(spawnSync(tsx, ["scripts/facts.ts", path.join(dir, "nope.txt")], { encoding: "utf8" }).status).toBe(2);
  }, 30_000);
});
