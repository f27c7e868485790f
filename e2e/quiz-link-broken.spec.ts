/**
 * A student opens a quiz link that was cut off (or never was a link): they
 * get a clear message and a way back, and nothing they had stored changes.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { PlayPage } from "./pages/play-page";
import { ARTICLE_SLUG } from "./support/shared-quiz";

async function storage(page: import("@playwright/test").Page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

test("a truncated, a mistyped, a tampered and an empty quiz link each show a clear message and change nothing", async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  const link = await builder.makeLink();

  // Some state of the student's own, to check it survives.
  await page.goto(`/articles/${ARTICLE_SLUG}/quiz/?seed=3`);
  await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  const before = await storage(page);

  const play = new PlayPage(page);
  // One character mistyped in the middle of the code: the checksum says so, rather than opening another quiz.
  const at = Math.floor(link.length * 0.7);
  const mistyped = link.slice(0, at) + (link[at] === "A" ? "B" : "A") + link.slice(at + 1);
  const cases: [string, RegExp][] = [
    [link.slice(0, Math.floor(link.length * 0.6)), /incomplete or damaged/],
    [mistyped, /link is damaged.*Ask your teacher to send the link again/],
    [link.replace(/#q=\d+\./, "#q=9."), /newer version of Evidence Reader/],
    [link.replace(/#q=.*/, "#q=R1.abc.12345678"), /result link, not a quiz/],
    [link.replace(/#q=.*/, ""), /has no quiz in it/],
  ];
  for (const [broken, message] of cases) {
    await page.goto("about:blank");
    await page.goto(broken);
    await expect(page.getByRole("heading", { level: 1, name: "This quiz link doesn’t work" })).toBeVisible();
    await expect(play.alert).toHaveText(message);
    await expect(page.getByRole("link", { name: "Go to the library" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  }
  expect(await storage(page)).toEqual(before);

  await page.getByRole("link", { name: "Go to the library" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
});
