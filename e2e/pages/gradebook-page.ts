import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** The teacher's gradebook. */
export class GradebookPage {
  readonly paste: Locator;
  readonly addResults: Locator;
  readonly outcomes: Locator;
  /** What the last export or import said. */
  readonly backupStatus: Locator;
  readonly scanResults: Locator;
  readonly stopScanning: Locator;
  readonly camera: Locator;
  /** Shown once the camera runs and frames are being read ("Opening the camera…" before). */
  readonly scanning: Locator;
  /** The live region where each scanned result is announced. */
  readonly scanAnnouncement: Locator;
  readonly scanned: Locator;
  readonly scanProblem: Locator;

  constructor(readonly page: Page) {
    this.paste = page.getByLabel(/^Paste the result links or codes/);
    this.addResults = page.getByRole("button", { name: "Add results" });
    this.outcomes = page.getByRole("list", { name: "What happened to each link" }).getByRole("listitem");
    this.backupStatus = page.getByRole("region", { name: "Back up or move your gradebook" }).getByRole("status");
    this.scanResults = page.getByRole("button", { name: "Scan results" });
    this.stopScanning = page.getByRole("button", { name: "Stop scanning" });
    this.camera = page.getByLabel("Camera view");
    this.scanning = page.getByText("Scanning", { exact: true });
    this.scanAnnouncement = page.getByRole("status", { name: "Latest scan" });
    this.scanned = page.getByRole("list", { name: /^Scanned just now/ }).getByRole("listitem");
    this.scanProblem = page.getByRole("region", { name: "Add results" }).getByRole("alert");
  }

  /** The line of the scanned list for one student. */
  scannedStudent(name: string): Locator {
    return this.scanned.filter({ hasText: name });
  }

  async goto(): Promise<void> {
    await this.page.goto("/gradebook/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
    await expect(this.addResults).toBeVisible();
  }

  async add(text: string): Promise<void> {
    await this.paste.fill(text);
    await this.addResults.click();
    await expect(this.outcomes.first()).toBeVisible();
  }

  quiz(title: string): Locator {
    return this.page
      .getByRole("article")
      .filter({ has: this.page.getByRole("heading", { level: 2, name: title, exact: true }) });
  }

  students(title: string): Locator {
    return this.page.getByRole("region", { name: `Students’ scores for ${title}` });
  }

  /** The score cell of a student's row, e.g. "11 / 11". */
  score(title: string, name: string): Locator {
    return this.students(title)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) })
      .getByRole("cell")
      .first();
  }

  items(title: string): Locator {
    // Its own items only, not those of each question's list of answers.
    return this.page.getByRole("list", { name: `Questions of ${title}, most missed first` }).locator(":scope > li");
  }

  /** Exports the gradebook; the saved file, ready to import elsewhere. */
  async exportGradebook(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Export gradebook" }).click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), mimeType: "application/json", buffer: Buffer.concat(chunks) };
  }

  async importGradebook(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel("Import a gradebook file").setInputFiles(file);
  }

  async downloadCsv(title: string): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.quiz(title).getByRole("button", { name: "Download CSV" }).click();
    return download;
  }
}
