// Integration tests: the data layer and server actions against a real, throwaway database.
// SQLite by default (a fresh file per run); PostgreSQL when DATABASE_URL is a postgresql:// URL
// (CI creates a fresh database per run). tests/helpers/integration-setup.ts migrates it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const url = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")
  ? process.env.DATABASE_URL!
  : "file:./.bytewise/integration.db";

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; the tests are trusted server code.
      "server-only": fileURLToPath(new URL("./tests/helpers/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    env: { DATABASE_URL: url, NODE_ENV: "test" },
    globalSetup: ["tests/helpers/integration-setup.ts"],
    // One database for the run; files use their own uniquely named users, so order does not matter,
    // but running files one at a time keeps SQLite writers from queueing on each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
