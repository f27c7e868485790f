#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests before they start, so a missing
// browser is one clear message instead of forty failed tests.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, Playwright's own download.
// As root on Debian with none of them, installs Debian's chromium package
// (Playwright's own download cannot reach the internet on many school and CI machines).
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { chromium } from "@playwright/test";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function find() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    process.exit(1);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return playwrightBrowser();
}

let found = find();
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!found && isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)...");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  found = find();
}
if (!found) {
  console.error(
    [
      "The end-to-end tests need Chromium and none was found.",
      "Do one of these, then run the tests again:",
      "  - Debian/Ubuntu: sudo apt-get install chromium",
      "  - any system:    npx playwright install chromium",
      "  - or point CHROME_PATH at a Chrome/Chromium binary.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found}`);
