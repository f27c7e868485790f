/**
 * Reads a QR code in one camera frame, off the main thread, for browsers
 * without BarcodeDetector (Firefox, Safari, Chromium on Linux and Windows).
 * jsQR takes tens of milliseconds a frame: on the page it would make the
 * gradebook stutter while the camera runs. Imported here and nowhere else
 * in the browser, so it is fetched only when a teacher starts scanning.
 */
import jsQR from "jsqr";
import type { QrDecodeReply, QrDecodeRequest } from "./qr-decode-protocol";

const post = (reply: QrDecodeReply) => self.postMessage(reply);

self.addEventListener("message", (event: MessageEvent<QrDecodeRequest>) => {
  const { id, width, height, pixels } = event.data;
  try {
    // Result codes are shown dark on light (components/teacher/qr-code.tsx): no need to try the inverted image too, which doubles the work.
    const found = jsQR(new Uint8ClampedArray(pixels), width, height, { inversionAttempts: "dontInvert" });
    post({ id, text: found?.data ? found.data : null });
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
