/**
 * On a computer with no camera at all (this headless Chromium, without a
 * fake device), Scan results says so and points to pasting instead.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";

test("a teacher on a computer without a camera is told so and can paste links instead", async ({ people }) => {
  // Allowed, so the only thing missing is the camera itself.
  const page = await people.open("teacher", { permissions: ["camera"] });
  const gradebook = new GradebookPage(page);
  await gradebook.goto();
  await gradebook.scanResults.click();
  await expect(gradebook.scanProblem).toHaveText(
    "No camera was found on this device. Connect a camera, or paste the result links below instead.",
  );
  await expect(gradebook.camera).toBeHidden();
  await expect(gradebook.scanResults).toBeVisible();
  await expect(gradebook.paste).toBeEditable();
});
