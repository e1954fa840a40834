// `npm run db:migration -- <name>`: after editing prisma/schema.prisma, writes the SQL migration for
// both providers. (`prisma migrate dev` cannot run on the better-sqlite3 adapter: its shadow
// database rejects multi-statement SQL.) How: regenerate prisma/postgres/schema.prisma; apply the
// existing migrations to a throwaway database; `db pull` it; `migrate diff` pulled -> new schema.
// SQLite always; PostgreSQL through a throwaway database on PG_ADMIN_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchemaFrom } from "./sync-postgres-schema.mjs";
import { log, ROOT } from "./lib.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
const tmp = mkdtempSync(path.join(os.tmpdir(), "bytewise-migration-"));

function prismaCli(args, url) {
  const result = spawnSync(prisma, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** SQLite `db pull` writes enum defaults as strings (`@default("LEARNER")`), which its own parser rejects. */
function unquoteEnumDefaults(schema) {
  const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  return schema.replace(/^([ \t]+\w+[ \t]+)(\w+)(\??[ \t].*?)@default\("(\w+)"\)/gm, (line, head, type, middle, value) =>
    enums.has(type) ? `${head}${type}${middle}@default(${value})` : line);
}

function migrationFor(url, schemaFile, migrationsDir) {
  prismaCli(["migrate", "deploy"], url);
  // db pull prints a url WARNING on stdout before the schema: keep from the first generator/datasource.
  const pulledText = prismaCli(["db", "pull", "--print"], url);
  const start = pulledText.search(/^(generator|datasource) /m);
  const pulled = path.join(tmp, `pulled-${path.basename(path.dirname(schemaFile))}.prisma`);
  writeFileSync(pulled, unquoteEnumDefaults(pulledText.slice(start)));
  const sql = prismaCli(["migrate", "diff", "--from-schema-datamodel", pulled, "--to-schema-datamodel", schemaFile, "--script"], url);
  if (/^-- This is an empty migration\./m.test(sql) || sql.trim() === "") return null;
  const dir = path.join(ROOT, migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  return path.relative(ROOT, dir);
}

try {
  writeFileSync(path.join(ROOT, "prisma/postgres/schema.prisma"), postgresSchemaFrom(readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8")));
  const sqlite = migrationFor(`file:${path.join(tmp, "shadow.db")}`, "prisma/schema.prisma", "prisma/migrations");
  log(sqlite ? `wrote ${sqlite}/migration.sql` : "SQLite: schema unchanged, no migration written");

  const admin = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const shadow = `bytewise_migration_${process.pid}`;
  const psql = (sql) => spawnSync("psql", [admin, "-qc", sql], { encoding: "utf8" });
  if (psql(`CREATE DATABASE ${shadow}`).status !== 0) {
    log(`PostgreSQL at ${admin} is not reachable: write prisma/postgres/migrations/${stamp}_${name} by hand or rerun with PG_ADMIN_URL.`);
    process.exitCode = 1;
  } else {
    try {
      const pg = migrationFor(admin.replace(/\/[^/]*$/, `/${shadow}`), "prisma/postgres/schema.prisma", "prisma/postgres/migrations");
      log(pg ? `wrote ${pg}/migration.sql` : "PostgreSQL: schema unchanged, no migration written");
    } finally {
      psql(`DROP DATABASE IF EXISTS ${shadow} WITH (FORCE)`);
    }
  }
  log("Apply with: npm run db:deploy");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
