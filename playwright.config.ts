// Browser tests in Debian's Chromium against a production build (`next start`) on its own port
// and its own database; scripts/e2e-server.mjs prepares both.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  // One worker: tests share a server and a rate-limited IP; the whole suite takes seconds.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Generous limits: the flows hash passwords with bcrypt and the machine may be shared and busy.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1200, height: 800 } } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/login`,
    // Always our own fresh server: reusing whatever listens on the port would test something else.
    reuseExistingServer: false,
    // Generous: preparing the database (and building, when run without `npm test`) is slow on a busy machine.
    timeout: 600_000,
    env: { E2E_PORT: String(port) },
  },
});
