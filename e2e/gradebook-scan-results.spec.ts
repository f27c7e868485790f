/**
 * A teacher scans five students' result QR codes, one after another, with
 * the gradebook's camera; nobody clicks between students. The camera is
 * Chromium's fake one, playing a video made before the browser starts:
 * real result links from the app's own encoder, drawn as QR codes, one
 * student after another, then the first student again. The video loops, as
 * a fake camera does.
 *
 * Headless Chromium on Linux has no BarcodeDetector, so this is the jsQR
 * Web Worker path (checked below, so the test says which path it tested).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test as base } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { Site, type Theme } from "./pages/site";
import { expectNoViolations } from "./support/axe";
import { classResults, writeQrClip, type ClassResults } from "./support/result-clip";

const STUDENTS = [
  { name: "Ana Lima", right: 10 },
  { name: "Ben Okafor", right: 7 },
  { name: "王小明", right: 5 },
  // Markup in a name is a name: shown as typed, never as HTML.
  { name: "Zoë <b>Ortiz</b>", right: 3 },
  { name: "Sam O’Neil", right: 0 },
];

const test = base.extend<object, { clazz: ClassResults & { video: string } }>({
  clazz: [
    async ({}, provide) => {
      const results = await classResults(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`, STUDENTS);
      const dir = mkdtempSync(path.join(tmpdir(), "scan-results-"));
      const video = path.join(dir, "class.y4m");
      writeQrClip(video, [...results.students.map((s) => s.link), results.students[0]!.link]);
      await provide({ ...results, video });
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  // This file's browser gets a camera: the flags are added to the configured ones (executablePath, --no-sandbox…).
  launchOptions: [
    async ({ launchOptions, clazz }, provide) => {
      await provide({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          "--use-fake-device-for-media-stream",
          "--use-fake-ui-for-media-stream",
          `--use-file-for-fake-video-capture=${clazz.video}`,
        ],
      });
    },
    { scope: "worker" },
  ],
});

/** Records every text a live region on the page takes, as a screen reader would hear it, and keeps the camera streams the page opens. */
function watchAnnouncementsAndCamera(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __announced: string[]; __streams: MediaStream[] };
    w.__announced = [];
    w.__streams = [];
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      w.__streams.push(stream);
      return stream;
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const node = m.target instanceof Element ? m.target : m.target.parentElement;
        const region = node?.closest("[aria-live]");
        const text = region?.textContent?.trim();
        if (text && w.__announced.at(-1) !== text) w.__announced.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const announced = (page: Page) => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
/** The state of every camera track the page opened: "live" or "ended". */
const cameraTracks = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) =>
      s.getTracks().map((t) => t.readyState),
    ),
  );

test("a teacher scans five students' result codes in a row and the gradebook lists them all", async ({
  people,
  clazz,
}) => {
  // Ten seconds of video at least, two axe runs per theme and a worker decoding frames on a 2-core machine.
  test.setTimeout(120_000);
  const page = await people.open("teacher", { permissions: ["camera"] });
  await watchAnnouncementsAndCamera(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const gradebook = new GradebookPage(page);
  await gradebook.goto();

  // The quiz was made on the teacher's other computer: its link comes first.
  await gradebook.add(clazz.quizLink);
  await expect(gradebook.outcomes).toHaveText([`Quiz added: “${clazz.title}”: results for it can now be added.`]);

  // Start with the keyboard; focus moves to the one button that matters now.
  await gradebook.scanResults.focus();
  await page.keyboard.press("Enter");
  await expect(gradebook.stopScanning).toBeFocused();
  await expect(gradebook.camera).toBeVisible();
  await expect(gradebook.scanning).toBeVisible();
  // The scanning light pulses; asked for reduced motion, nothing animates (the camera picture is no animation).
  const animations = () =>
    page.evaluate(() => document.getAnimations().map((a) => Number(a.effect?.getComputedTiming().duration ?? 0)));
  expect(
    Math.max(0, ...(await animations())),
    "control: with motion allowed the light does pulse",
  ).toBeGreaterThanOrEqual(100);
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const ms of await animations()) expect(ms).toBeLessThanOrEqual(0.01);

  // No clicks from here on: the students just hold up their screens.
  for (const student of STUDENTS) {
    await expect(gradebook.scannedStudent(student.name), `${student.name} is scanned`).toHaveText(
      new RegExp(`^${escape(student.name)}${student.right} / ${clazz.total}Added$`),
      { timeout: 30_000 },
    );
  }
  await expect(gradebook.scanned).toHaveCount(STUDENTS.length);
  // The path tested is the worker: this Chromium has no BarcodeDetector, and a worker was started for the decoding.
  expect(await page.evaluate(() => "BarcodeDetector" in window), "BarcodeDetector in headless Linux Chromium").toBe(
    false,
  );
  expect(workers.length, "a Web Worker decodes the frames").toBeGreaterThan(0);

  // Each student was announced by name and score.
  const spoken = await announced(page);
  for (const student of STUDENTS)
    expect(spoken).toContain(`${student.name}, ${student.right} out of ${clazz.total}: added.`);
  // The video shows the first student again (and loops): someone scanned twice is said to be already added, and filed once.
  await expect
    .poll(async () => (await announced(page)).filter((text) => text.endsWith(": already added.")), { timeout: 30_000 })
    .toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^(${STUDENTS.map((s) => `${escape(s.name)}, ${s.right} out of ${clazz.total}`).join("|")}): already added\\.$`,
        ),
      ),
    );
  await expect(gradebook.scanned).toHaveCount(STUDENTS.length);

  // axe on the scan panel while it runs, in both themes.
  const site = new Site(page);
  for (const theme of ["light", "dark"] as const satisfies Theme[]) {
    await site.chooseTheme(theme);
    await expectNoViolations(page, `gradebook while scanning, ${theme} theme`);
  }

  // Stop, with the keyboard: the camera is released, and focus is back on Scan results.
  await gradebook.stopScanning.focus();
  await page.keyboard.press("Enter");
  await expect(gradebook.scanResults).toBeFocused();
  await expect(gradebook.camera).toBeHidden();
  expect(await cameraTracks(page)).toEqual(["ended"]);

  // The gradebook has each of them once, scored from their answers.
  await expect(gradebook.students(clazz.title).getByRole("row")).toHaveCount(STUDENTS.length + 1);
  for (const student of STUDENTS)
    await expect(gradebook.score(clazz.title, student.name)).toHaveText(`${student.right} / ${clazz.total}`);
  await expect(gradebook.quiz(clazz.title).getByText("5 results · average 50%")).toBeVisible();

  // Scanning again, then leaving the gradebook: the camera is released too.
  await gradebook.scanResults.click();
  await expect(gradebook.scanning).toBeVisible();
  expect(await cameraTracks(page)).toEqual(["ended", "live"]);
  await site.navLink("Library").click();
  await expect(page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeHidden();
  await expect.poll(() => cameraTracks(page)).toEqual(["ended", "ended"]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
