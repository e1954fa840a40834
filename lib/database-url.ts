// Where the database lives. Shared by prisma.config.ts, lib/env.ts, scripts and tests, so every
// entry point agrees on the default without anyone having to set DATABASE_URL.

/** The embedded default: a SQLite file under the gitignored `.bytewise/` folder (cwd-relative). */
export const DEFAULT_DATABASE_URL = "file:./.bytewise/bytewise.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** `postgresql://` and `postgres://` URLs select PostgreSQL; anything else is a SQLite file URL. */
export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** The URL from the environment, or the embedded default. */
export function databaseUrl(environment: NodeJS.ProcessEnv = process.env): string {
  const url = environment.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}
