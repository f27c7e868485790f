import { describe, expect, it, vi } from "vitest";
import { loadOnce } from ".";

describe("loadOnce", () => {
  it("fetches once for every caller, and gives the module synchronously afterwards", async () => {
    const fetch = vi.fn(async () => ({ name: "module" }));
    const once = loadOnce(fetch);
    expect(once.current()).toBeUndefined();
    const [a, b] = await Promise.all([once.load(), once.load()]);
    expect(a).toBe(b);
    expect(once.current()).toBe(a);
    await once.load();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("forgets a failed fetch, so the next call tries again", async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("module");
    const once = loadOnce(fetch);
    await expect(once.load()).rejects.toThrow("offline");
    expect(once.current()).toBeUndefined();
    await expect(once.load()).resolves.toBe("module");
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
