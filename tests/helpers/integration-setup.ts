// Vitest global setup for integration tests: a fresh SQLite file (or the given PostgreSQL
// database), migrated with the same `prisma migrate deploy` that `npm start` runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL as string;
  if (url.startsWith("file:")) {
    mkdirSync(".bytewise", { recursive: true });
    const file = url.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
  const result = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
