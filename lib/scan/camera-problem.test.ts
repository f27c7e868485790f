import { describe, expect, it } from "vitest";
import { cameraProblem } from "./camera-problem";

describe("cameraProblem", () => {
  it.each([
    ["permission refused", new DOMException("Permission denied", "NotAllowedError"), /^The camera was not allowed\./],
    ["an insecure page", new DOMException("", "SecurityError"), /^The camera was not allowed\./],
    ["no camera", new DOMException("Requested device not found", "NotFoundError"), /^No camera was found/],
    [
      "no camera meets the constraints (not a DOMException everywhere)",
      { name: "OverconstrainedError", constraint: "facingMode" },
      /^No camera was found/,
    ],
    [
      "the camera is busy",
      new DOMException("Could not start video source", "NotReadableError"),
      /another app may be using it/,
    ],
  ])("%s", (_, error, expected) => {
    expect(cameraProblem(error)).toMatch(expected);
  });

  it("anything else gets a general message, never the browser's own text", () => {
    for (const error of [new Error("weird internals"), "a string", null, undefined, 42]) {
      expect(cameraProblem(error)).toBe(
        "The camera could not be started. Choose Scan results again, or paste the result links below instead.",
      );
    }
  });
});
