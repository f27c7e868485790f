/**
 * `npx tsx scripts/make-icons.ts`: renders app/icon.svg to the PNG icons the
 * web manifest lists (public/icons/). Run again only when the icon changes;
 * the PNGs are committed. Chromium draws the SVG, so the PNGs match the favicon.
 */
import { chromium } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";

const svg = readFileSync("app/icon.svg", "utf8");
// Maskable icons are cropped to a circle or squircle by the launcher: fill
// the whole square with the icon's blue and keep the glyph inside the middle
// 80% safe zone (here 60%, as the glyph has its own margin).
const inner = svg.replace(/<rect[^>]*\/>/, "");

async function main() {
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    const img = (body: string) => `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${body}`;
    await page.setContent(img(svg.replace("<svg ", `<svg width="${size}" height="${size}" `)));
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
    const glyph = Math.round(size * 0.75);
    await page.setContent(
      img(
        `<div style="width:${size}px;height:${size}px;background:#1f4fbf;display:grid;place-items:center">${inner.replace(
          "<svg ",
          `<svg width="${glyph}" height="${glyph}" `,
        )}</div>`,
      ),
    );
    await page.screenshot({ path: `public/icons/maskable-${size}.png` });
    // iOS ignores the manifest's icons and rounds the corners itself: the full-bleed one suits it.
    if (size === 192) await page.screenshot({ path: "app/apple-icon.png" });
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
