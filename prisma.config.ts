// Prisma CLI configuration: JS schema engine + driver adapters, so nothing is downloaded.
// The provider follows DATABASE_URL: SQLite by default, PostgreSQL for postgresql:// URLs.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { pgMigrateAdapter } from "./prisma/pg-migrate-adapter";
import { databaseUrl, providerOf } from "./lib/database-url";

// schema.prisma reads env("DATABASE_URL"); if it cannot be resolved the CLI falls back to
// downloading a query engine, which fails offline. prisma.config.ts does not load .env files.
const url = databaseUrl();
process.env.DATABASE_URL = url;
const isPg = providerOf(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPg ? "prisma/postgres/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => (isPg ? pgMigrateAdapter(url) : new PrismaBetterSQLite3({ url })),
});
