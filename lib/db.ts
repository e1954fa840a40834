// The application's one Prisma client. Only lib/data/* may import it.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);
// Reuse across hot reloads in `next dev`, which re-evaluates modules.
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
