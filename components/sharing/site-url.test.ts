/** Which addresses a quiz link made on them cannot be opened from students' devices. */
import { describe, expect, it } from "vitest";
import { privateAddress } from "./site-url";

describe("privateAddress", () => {
  it.each([
    ["localhost", "this-computer"],
    ["127.0.0.1", "this-computer"],
    ["[::1]", "this-computer"],
    ["app.localhost", "this-computer"],
    ["192.168.1.20", "private-network"],
    ["10.0.0.5", "private-network"],
    ["172.20.3.4", "private-network"],
    ["library.local", "private-network"],
    ["172.32.0.1", null],
    ["reader.example.org", null],
    ["8.8.8.8", null],
  ])("%s", (host, expected) => {
    expect(privateAddress(host)).toBe(expected);
  });
});
