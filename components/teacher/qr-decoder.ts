/**
 * Reads the QR code in the current frame of a playing <video>: with the
 * browser's BarcodeDetector where it has one that reads QR codes (Chrome on
 * Android, macOS and ChromeOS), otherwise with jsQR in a Web Worker
 * (qr-decode.worker.ts), so decoding never blocks the page.
 */
import type { QrDecodeReply, QrDecodeRequest } from "./qr-decode-protocol";

export interface QrDecoder {
  readonly kind: "native" | "worker";
  /** The text of a QR code in the video's current frame, or null when there is none. Rejects if the decoder broke. */
  decode(video: HTMLVideoElement): Promise<string | null>;
  close(): void;
}

/** The part of the Shape Detection API used here; TypeScript's DOM library does not declare it yet. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Frames are scaled down to at most this many pixels on their longer side: enough for a code held up to the camera, and jsQR's time grows with the pixel count. */
const MAX_SIDE = 960;

export async function createQrDecoder(): Promise<QrDecoder> {
  const native = await nativeDecoder();
  return native ?? workerDecoder();
}

async function nativeDecoder(): Promise<QrDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes("qr_code")) return null;
    const detector = new Detector({ formats: ["qr_code"] });
    return {
      kind: "native",
      async decode(video) {
        const [found] = await detector.detect(video);
        return found?.rawValue ? found.rawValue : null;
      },
      close() {},
    };
  } catch {
    return null;
  }
}

function workerDecoder(): QrDecoder {
  const worker = new Worker(new URL("./qr-decode.worker.ts", import.meta.url), { type: "module" });
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const pending = new Map<number, { resolve: (text: string | null) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;

  const failAll = (error: Error) => {
    broken = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener("message", (event: MessageEvent<QrDecodeReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ("error" in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.text);
  });
  worker.addEventListener("error", (event) => {
    // The worker script failed to load or threw at the top level.
    event.preventDefault();
    failAll(new Error(`QR decoder worker: ${event.message || "failed to start"}`));
  });

  return {
    kind: "worker",
    decode(video) {
      if (broken) return Promise.reject(broken);
      if (!context || video.videoWidth === 0 || video.videoHeight === 0) return Promise.resolve(null);
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.round(video.videoWidth * scale);
      const height = Math.round(video.videoHeight * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.drawImage(video, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      const id = next++;
      const request: QrDecodeRequest = { id, width, height, pixels: data.buffer };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request, [data.buffer]);
      });
    },
    close() {
      worker.terminate();
      failAll(new Error("closed"));
    },
  };
}
