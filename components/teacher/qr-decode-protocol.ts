/** Messages between the gradebook's scanner and its QR decoding worker (qr-decode.worker.ts). */
export interface QrDecodeRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA pixels, width × height × 4 bytes: transferred, not copied. */
  pixels: ArrayBuffer;
}

export type QrDecodeReply = { id: number; text: string | null } | { id: number; error: string };
