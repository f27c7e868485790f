/**
 * A teacher who refuses the camera (or whose browser blocks it) is told what
 * happened and how to allow it, can still paste links, and can scan once
 * the camera is allowed. The browser has a (fake) camera but no permission
 * for it: Chromium refuses getUserMedia as it does when the teacher clicks
 * Block.
 */
import { expect, test as base } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";

const test = base.extend<object, object>({
  // A camera for this file's browser, on top of the configured flags (executablePath, --no-sandbox…); no --use-fake-ui-for-media-stream, so permission is Playwright's to give.
  launchOptions: [
    async ({ launchOptions }, provide) => {
      await provide({ ...launchOptions, args: [...(launchOptions.args ?? []), "--use-fake-device-for-media-stream"] });
    },
    { scope: "worker" },
  ],
});

test("a teacher who has not allowed the camera is told how to, and scans once it is allowed", async ({ people }) => {
  const page = await people.open("teacher");
  const gradebook = new GradebookPage(page);
  await gradebook.goto();

  await gradebook.scanResults.click();
  await expect(gradebook.scanProblem).toHaveText(
    "The camera was not allowed. To scan, allow this site to use the camera (in the address bar or the browser’s settings), then choose Scan results again. You can still paste the links below.",
  );
  await expect(gradebook.camera).toBeHidden();
  await expect(gradebook.stopScanning).toHaveCount(0);
  await expect(gradebook.paste).toBeEditable();

  // The teacher allows the camera in the browser, and tries again.
  await page.context().grantPermissions(["camera"]);
  await gradebook.scanResults.click();
  await expect(gradebook.stopScanning).toBeFocused();
  await expect(gradebook.camera).toBeVisible();
  await expect(gradebook.scanProblem).toHaveCount(0);
  await gradebook.stopScanning.click();
  await expect(gradebook.camera).toBeHidden();
});
