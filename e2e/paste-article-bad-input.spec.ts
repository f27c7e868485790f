/**
 * Whatever a teacher pastes or drops, the page answers with a clear
 * message or a best-effort review, never a crash, a dialog or a script
 * running: HTML is read as text, never rendered.
 */
import { MAX_WORDS } from "../lib/extract/normalize";
import { expect, test } from "./fixtures";
import { NewArticlePage } from "./pages/new-article-page";

const HOSTILE_HTML = `<!doctype html><html><head><title>Harbor news &amp; views</title><script>window.__pwned = 1; alert("pwned")</script></head>
<body><h1>Harbor news</h1>
<p>Mayor Sam Whitfield said on Tuesday that the harbor will reopen in May after repairs that cost 3 million dollars.</p>
<p><img src=x onerror="window.__pwned = 2; alert('img')">Residents asked the city council to keep the old fish market, which has been open since 1921.</p>
<p><a href="javascript:window.__pwned=3">Read more</a> about the plan, which the council approved by a vote of 7 to 2.</p>
<iframe src="javascript:alert(4)"></iframe><svg onload="window.__pwned=5"></svg>
</body></html>`;

test("empty, blank, one word, binary, too long, hostile and pathological HTML each get a message; no script runs", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const paste = new NewArticlePage(page);
  await paste.goto();

  await paste.submit("");
  await expect(paste.problem).toHaveText(/There is no text yet/);
  await paste.submit("   \n\n\t  ");
  await expect(paste.problem).toHaveText(/There is no text yet/);

  await paste.submit("Harbor");
  await expect(paste.problem).toHaveText(/too short to make a quiz from \(1 word\)/);

  // A binary file chosen by mistake: refused as soon as it is read, however long, and the box keeps its text.
  const binary = Buffer.from(Array.from({ length: 400_000 }, (_, i) => (i * 7919) % 256));
  await paste.file.setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: binary });
  await expect(paste.problem).toHaveText(/This file is not text/);
  await expect(paste.text).toHaveValue("Harbor");
  // The same bytes pasted into the box are refused by the worker as not text.
  await paste.submit(`Harbor\u0000${"\u0001\u0002".repeat(100)}`);
  await expect(paste.problem).toHaveText(/This file is not text/);
  // A PDF is not even read.
  await paste.file.setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(paste.problem).toHaveText(/not a \.txt, \.md or \.html file/);

  // Past the limit: told at once, before any extraction starts.
  await paste.submit(Array.from({ length: MAX_WORDS + 1 }, (_, i) => `word${i % 50}`).join(" "));
  await expect(paste.problem).toHaveText(/longer than 30,000 words/);
  await expect(paste.progress).toHaveCount(0);

  // Hostile HTML: converted to text, title read from <title>, nothing executed.
  await paste.file.setInputFiles({ name: "harbor.html", mimeType: "text/html", buffer: Buffer.from(HOSTILE_HTML) });
  await expect(paste.title).toHaveValue("Harbor news & views");
  await expect(paste.text).toHaveValue(/Mayor Sam Whitfield said on Tuesday/);
  await expect(paste.text).not.toHaveValue(/<script|onerror|javascript:/);
  await paste.findFacts.click();
  await expect(paste.reviewHeading).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 2, name: /Harbor news & views/ })).toBeVisible();

  // 6 KB of "<a": the file that froze the tab for 43 s is refused at once, read off the main thread.
  await page.getByRole("button", { name: "← Paste another article" }).click();
  await paste.file.setInputFiles({
    name: "attack.html",
    mimeType: "text/html",
    buffer: Buffer.from("<a".repeat(3000)),
  });
  await expect(paste.problem).toHaveText(/has no readable text once its markup is removed/);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], iframe, main svg[onload]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a text with no names, and one not in English, still get a review with a note", async ({ page }) => {
  const paste = new NewArticlePage(page);
  await paste.goto();
  await paste.extract(
    "The river rose by two meters overnight. Three bridges were closed and many roads were under water by the morning.\n\nThe water began to fall in the afternoon, and most roads opened again the next day.",
    "The river rises",
  );
  await expect(page.getByRole("list", { name: "Notes about this text" })).toContainText(
    "No names of people, organizations or places were found",
  );

  await page.getByRole("button", { name: "← Paste another article" }).click();
  await paste.extract(
    "Der Bürgermeister der Stadt sagte am Dienstag, dass der Hafen im Mai wieder geöffnet wird. Die Reparaturen kosten drei Millionen Euro.\n\nViele Bewohner wollen, dass der alte Fischmarkt bleibt, der seit 1921 geöffnet ist.",
    "Hafen öffnet wieder",
  );
  await expect(page.getByRole("list", { name: "Notes about this text" })).toContainText("does not look like English");
});
