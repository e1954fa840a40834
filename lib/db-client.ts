// Builds a PrismaClient on the driver adapter that matches the database URL. Used by lib/db.ts (the
// app's singleton) and by trusted scripts (seed, test setup) that run outside Next.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, providerOf } from "@/lib/database-url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter =
    providerOf(url) === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
