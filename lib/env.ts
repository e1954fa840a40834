// Validated server configuration. Every setting has a working default so `npm start` needs no
// environment variables; nothing else reads process.env for these settings.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseUrl } from "@/lib/database-url";

/** Where `npm start` keeps the generated secret (gitignored, like the SQLite file). */
export const LOCAL_SECRET_FILE = path.join(".bytewise", "secret");

const intFrom = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** Failed sign-ins allowed per account, and per IP, within the window. */
  BYTEWISE_LOGIN_MAX_PER_ACCOUNT: intFrom(5),
  BYTEWISE_LOGIN_MAX_PER_IP: intFrom(30),
  BYTEWISE_LOGIN_WINDOW_SECONDS: intFrom(15 * 60),
});

export type Env = z.infer<typeof envSchema> & { authSecret: () => string };

function loadEnv(): Env {
  const parsed = envSchema.safeParse({
    ...process.env,
    DATABASE_URL: databaseUrl(),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const values = parsed.data;
  return {
    ...values,
    // Lazy: `next build` imports route modules before anyone needs the secret.
    authSecret: () => {
      if (values.NEXTAUTH_SECRET) return values.NEXTAUTH_SECRET;
      if (existsSync(LOCAL_SECRET_FILE)) return readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
      throw new Error(
        `No NEXTAUTH_SECRET set and no ${LOCAL_SECRET_FILE}: run \`npm start\` once, or set NEXTAUTH_SECRET.`,
      );
    },
  };
}

export const env = loadEnv();
