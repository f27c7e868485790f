import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScanGate } from "./scan-gate";

const options = { intervalMs: 100, forgetAfterMs: 1000 };

/** Feeds the gate one reading per frame (a frame every `step` ms) and returns the sightings it reports. */
function run(gate: ScanGate, readings: (string | null)[], step: number): string[] {
  const sightings: string[] = [];
  readings.forEach((text, i) => {
    const now = i * step;
    if (!gate.take(now)) return;
    const sighting = gate.read(text, now);
    if (sighting !== null) sightings.push(sighting);
  });
  return sightings;
}

describe("ScanGate throttle", () => {
  it("decodes no frame while another is being decoded", () => {
    const gate = new ScanGate(options);
    expect(gate.take(0)).toBe(true);
    expect(gate.take(500)).toBe(false);
    gate.read(null, 600);
    expect(gate.take(600)).toBe(true);
  });

  it("leaves at least intervalMs between the starts of two decodes", () => {
    const gate = new ScanGate(options);
    expect(gate.take(0)).toBe(true);
    gate.read(null, 10);
    expect(gate.take(99)).toBe(false);
    expect(gate.take(100)).toBe(true);
  });

  it("at 60 frames a second, decodes about intervalMs apart, never closer", () => {
    const gate = new ScanGate(options);
    const starts: number[] = [];
    for (let frame = 0; frame < 600; frame++) {
      const now = frame * (1000 / 60);
      if (gate.take(now)) {
        starts.push(now);
        gate.read(null, now + 5);
      }
    }
    expect(starts.length).toBeGreaterThanOrEqual(80);
    expect(starts.length).toBeLessThanOrEqual(100);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(100);
  });
});

describe("ScanGate sightings", () => {
  it("a code held in front of the camera is one sighting, however many frames read it", () => {
    expect(run(new ScanGate(options), Array(50).fill("R1.ana"), 100)).toEqual(["R1.ana"]);
  });

  it("frames that miss the code for less than forgetAfterMs do not make a second sighting", () => {
    const readings = [...Array(10).fill("R1.ana"), ...Array(9).fill(null), ...Array(10).fill("R1.ana")];
    expect(run(new ScanGate(options), readings, 100)).toEqual(["R1.ana"]);
  });

  it("students one after another are each one sighting, in order", () => {
    const readings = ["a", "b", "c", "d", "e"].flatMap((s) => [...Array(20).fill(`R1.${s}`), null, null]);
    expect(run(new ScanGate(options), readings, 100)).toEqual(["R1.a", "R1.b", "R1.c", "R1.d", "R1.e"]);
  });

  it("the same code shown again after it was gone for longer than forgetAfterMs is a new sighting", () => {
    const readings = [...Array(5).fill("R1.ana"), ...Array(12).fill(null), ...Array(5).fill("R1.ana")];
    expect(run(new ScanGate(options), readings, 100)).toEqual(["R1.ana", "R1.ana"]);
  });

  it("two codes in view at once, read in turns, are one sighting each", () => {
    const readings = Array.from({ length: 40 }, (_, i) => (i % 2 ? "R1.a" : "R1.b"));
    expect(run(new ScanGate(options), readings, 100)).toEqual(["R1.b", "R1.a"]);
  });

  it("empty readings are no sighting", () => {
    expect(run(new ScanGate(options), [null, "", null], 100)).toEqual([]);
  });

  it("reset makes every code new again", () => {
    const gate = new ScanGate(options);
    expect(run(gate, ["R1.ana"], 100)).toEqual(["R1.ana"]);
    gate.reset();
    expect(run(gate, ["R1.ana"], 100)).toEqual(["R1.ana"]);
  });

  it("refuses negative times", () => {
    expect(() => new ScanGate({ intervalMs: -1, forgetAfterMs: 0 })).toThrow(RangeError);
  });

  it("whatever the readings: a sighting only when the code was unseen for longer than forgetAfterMs (or never seen)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string | null>("a", "b", null), { maxLength: 200 }),
        fc.integer({ min: 1, max: 400 }),
        (readings, step) => {
          const gate = new ScanGate({ intervalMs: 0, forgetAfterMs: 1000 });
          const last = new Map<string, number>();
          readings.forEach((text, i) => {
            const now = i * step;
            expect(gate.take(now)).toBe(true);
            const sighting = gate.read(text, now);
            if (text === null) expect(sighting).toBeNull();
            else {
              const before = last.get(text);
              expect(sighting).toBe(before === undefined || now - before > 1000 ? text : null);
              last.set(text, now);
            }
          });
        },
      ),
    );
  });
});
