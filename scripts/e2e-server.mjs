// The server Playwright tests against: a fresh database (a new SQLite file, or the DATABASE_URL
// PostgreSQL database CI created), migrated and seeded, then `next start` on the test build
// (.next-test, built by `npm test`, or here when missing or built for the other database). Output is copied to
// .bytewise/e2e-server.log so a test can check that no password was ever logged. E2E_PORT,
// E2E_DIST_DIR and E2E_DB_NAME let several engineers run browser tests side by side.
import { spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import path from "node:path";
import { buildApp, buildMatchesProvider, ensureLocalSecret, LOCAL_DIR, prepareDatabase, ROOT } from "./lib.mjs";

const port = process.env.E2E_PORT ?? "3100";
const distDir = process.env.E2E_DIST_DIR ?? ".next-test";

ensureLocalSecret();
if (!process.env.DATABASE_URL) {
  const name = process.env.E2E_DB_NAME ?? "e2e.db";
  const file = path.join(LOCAL_DIR, name);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = `file:./.bytewise/${name}`;
}
// Only the account limit is under test in the browser; all tests come from one IP.
process.env.BYTEWISE_LOGIN_MAX_PER_IP ??= "10000";
prepareDatabase({ quiet: true });
// A build is tied to the provider its Prisma client was generated for.
if (!buildMatchesProvider(distDir)) buildApp(distDir);

const log = createWriteStream(path.join(LOCAL_DIR, "e2e-server.log"));
const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", port], {
  cwd: ROOT,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BYTEWISE_DIST_DIR: distDir },
  stdio: ["ignore", "pipe", "pipe"],
});
for (const stream of [server.stdout, server.stderr]) {
  stream.on("data", (chunk) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill("SIGTERM"));
server.on("exit", (code) => process.exit(code ?? 0));
