import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// Same search order as scripts/ensure-chromium.mjs: CHROME_PATH, Debian's
// Chromium, else Playwright's own browser (undefined lets Playwright choose).
const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // No retries: a test that passes on its second try is a flaky test to fix, not a pass.
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A whole scenario (a ten-question quiz, its retry and a new quiz) on a busy 2-core machine takes 30-40 s: the
  // limit catches a hung test, it is not a speed check (the bench measures speed).
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Tests run against the static export, exactly what users get.
  webServer: {
    command: `npx serve out -l ${PORT} --no-clipboard`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
