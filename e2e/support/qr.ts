import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Locator } from "@playwright/test";

/** What a camera would read from the QR code on screen: the image's pixels, decoded. */
export async function decodeQr(image: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
