import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // server-only throws outside a React Server Component bundle; unit tests
      // exercise the same modules directly in Node.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Property tests build hundreds of pools; on a shared 2-core machine 5 s (the default) is a timing assertion
    // that fails under load, and these tests assert behaviour, not speed (the bench measures speed).
    testTimeout: 30_000,
  },
});
