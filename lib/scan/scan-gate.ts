/**
 * When to read a camera frame, and which readings are news. A camera sees
 * the same QR code in every frame for as long as a student holds it up: the
 * gradebook must file it once, not thirty times a second, and must not pile
 * up frames faster than the decoder reads them.
 *
 * - Throttle: a frame is decoded only when no other one is being decoded,
 *   and at least `intervalMs` after the last one started.
 * - Sightings: a code read again within `forgetAfterMs` of its last reading
 *   is the same sighting (still in front of the camera, or missed in a few
 *   blurred frames) and is ignored. Shown again after that, it is a new
 *   sighting, so a teacher who scans a student twice is told it was already
 *   added (the gradebook, not this gate, knows what was filed).
 *
 * Pure: time is passed in (milliseconds, any monotonic clock), so tests
 * need no timers.
 */

export interface ScanGateOptions {
  /** Least time between the starts of two decodes. */
  intervalMs: number;
  /** How long a code must go unseen before seeing it again counts as a new sighting. */
  forgetAfterMs: number;
}

export const DEFAULT_SCAN_GATE: ScanGateOptions = { intervalMs: 150, forgetAfterMs: 1500 };

export class ScanGate {
  private busy = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  /** Code text → when it was last read. */
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly options: ScanGateOptions = DEFAULT_SCAN_GATE) {
    if (!(options.intervalMs >= 0) || !(options.forgetAfterMs >= 0))
      throw new RangeError("ScanGate: times must be zero or more");
  }

  /** Whether a frame should be decoded now; if so, the gate counts it as being decoded until `read` is called. */
  take(now: number): boolean {
    if (this.busy || now - this.lastStart < this.options.intervalMs) return false;
    this.busy = true;
    this.lastStart = now;
    return true;
  }

  /**
   * What the frame taken last decoded to (null: no code in it, or the decode
   * failed). Returns the text when it is a new sighting to act on, else null.
   */
  read(text: string | null, now: number): string | null {
    this.busy = false;
    this.forgetOlderThan(now);
    if (text === null || text === "") return null;
    const seenBefore = this.lastSeen.has(text);
    this.lastSeen.set(text, now);
    return seenBefore ? null : text;
  }

  /** Start afresh (scanning stopped and started again): every code is new again, and no decode is pending. */
  reset(): void {
    this.busy = false;
    this.lastStart = Number.NEGATIVE_INFINITY;
    this.lastSeen.clear();
  }

  private forgetOlderThan(now: number): void {
    for (const [text, at] of this.lastSeen) if (now - at > this.options.forgetAfterMs) this.lastSeen.delete(text);
  }
}
