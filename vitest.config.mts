import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside a React Server environment; unit tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
      // next-intl's server API needs a Next request; actions translate their refusals with it.
      "next-intl/server": path.resolve(import.meta.dirname, "tests/next-intl-server-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
