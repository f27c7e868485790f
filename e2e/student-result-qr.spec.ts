/**
 * A student finishing a teacher's quiz sees their result as a QR code beside
 * the link, for the teacher's camera, and can hand the link to the device's
 * share sheet. Desktop Chromium on Linux has no Web Share, so there the
 * button is not shown; a phone's share sheet is stood in for by a fake
 * navigator.share that records what it was given.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { PlayPage } from "./pages/play-page";
import { questionsOfLink } from "./support/shared-quiz";
import { decodeQr } from "./support/qr";

test("a student shows their result as a QR code and sends the link with the share sheet", async ({ people }) => {
  // A teacher and two students, each answering a whole quiz: more than the default 30 s on a 2-core machine.
  test.setTimeout(120_000);
  const teacherPage = await people.open("teacher");
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.onlyTypedAndChosen();
  const link = await builder.makeLink();
  const questions = await questionsOfLink(link);

  // ---- On a desktop without a share sheet ----
  const deskPage = await people.open("student at a desktop");
  const desk = new PlayPage(deskPage);
  await desk.open(link);
  await desk.takeQuiz(questions, true);
  const deskLink = await desk.getResultLink("Ana Lima");
  expect(deskLink).toMatch(/\/gradebook\/#r=R1\./);
  // The code on screen, as a camera sees it, is exactly the result link; so is the full-screen one.
  await expect(desk.resultQr).toBeVisible();
  expect(await decodeQr(desk.resultQr)).toBe(deskLink);
  await deskPage.getByRole("button", { name: "Show the QR code full screen" }).click();
  const large = deskPage.getByRole("img", { name: "QR code of your result link, full screen", exact: true });
  await expect(deskPage.getByRole("heading", { name: "Hold this up to your teacher’s camera" })).toBeVisible();
  expect(await decodeQr(large)).toBe(deskLink);
  await deskPage.keyboard.press("Escape");
  await expect(large).toBeHidden();
  expect(await deskPage.evaluate(() => typeof navigator.share), "this Chromium has no Web Share").toBe("undefined");
  await expect(desk.sendToTeacher).toHaveCount(0);

  // ---- On a phone with a share sheet ----
  const phonePage = await people.open("student on a phone", {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  await phonePage.addInitScript(() => {
    const w = window as unknown as { __shared: ShareData[] };
    w.__shared = [];
    navigator.share = async (data?: ShareData) => {
      w.__shared.push(data ?? {});
    };
  });
  const phone = new PlayPage(phonePage);
  await phone.open(link);
  await phone.takeQuiz(questions, false);
  const phoneLink = await phone.getResultLink("  Bo   Chen ");
  await expect(phone.resultQr).toBeVisible();
  expect(await decodeQr(phone.resultQr)).toBe(phoneLink);
  await phone.sendToTeacher.click();
  await expect(phonePage.getByRole("status").filter({ hasText: "Shared." })).toBeVisible();
  expect(await phonePage.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
    { title: "Quiz result", text: "Bo Chen’s quiz result", url: phoneLink },
  ]);
});
