/**
 * Every page a visitor can open, loaded fresh (not by client-side
 * navigation, so each page's own HTML and policy count), carries a
 * Content-Security-Policy that refuses inline code it does not know and a
 * no-referrer policy, and still starts: the theme script set the theme and
 * the page answers. Violations fail the test through the shared fixture.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { classQuiz, quizCode } from "./support/class-results";
import { ARTICLE_SLUG } from "./support/seed-article";

const PAGES = [
  { path: "/", heading: "Library" },
  { path: `/articles/${ARTICLE_SLUG}/`, heading: /Climate/ },
  { path: `/articles/${ARTICLE_SLUG}/quiz/`, heading: /Climate/ },
  { path: `/articles/${ARTICLE_SLUG}/build/`, heading: /Build a quiz/ },
  { path: "/articles/new/", heading: "Use your own article" },
  { path: "/articles/mine/", heading: "Article not found" },
  { path: "/progress/", heading: "Your progress" },
  { path: "/play/", heading: /./ },
  { path: "/gradebook/", heading: "Gradebook" },
  // What a static host answers for an address that is not a page (its 404 status would be a console error here).
  { path: "/404.html", heading: "Page not found" },
];

async function expectSecurityPolicy(page: Page): Promise<void> {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=')+;/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");

  // The policy comes before any script, or the scripts before it escape it.
  const before = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    return [...document.scripts].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before, "the policy precedes every script").toBe(true);

  // The hashed theme script ran before the page drew.
  await expect(page.locator("html")).toHaveAttribute("data-theme", /^(light|dark)$/);
}

for (const { path, heading } of PAGES) {
  test(`${path} ships a Content-Security-Policy and no referrer`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectSecurityPolicy(page);
  });
}

// The student's whole path on a teacher's link: the quiz from the #q= fragment, its results and the
// result's QR code (a data: image), all under the /play/ page's policy.
test("a teacher's /play/#q= link, its results and the result QR code run under the policy", async ({ page }) => {
  const play = new PlayPage(page);
  await play.open(`/play/#q=${await quizCode()}`);
  await expectSecurityPolicy(page);
  await play.takeQuiz(classQuiz.questions, true);
  expect(await play.getResultLink("Ana")).toMatch(/\/gradebook\/#r=R1\./);
  await expect(play.resultQr).toBeVisible();
  expect(await play.resultQr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
