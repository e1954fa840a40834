// Sign-in: password check plus a rate limit per account and per IP address. Failures are rows in
// LoginAttempt, so the limit holds across several app instances sharing one database.
import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/data/access";
import { getViewerById } from "@/lib/data/users";

// A valid bcrypt hash of a random string: unknown emails cost as much time as wrong passwords.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8Z8Zj1Q3vN0uJdMFRcV8SXV6HkU2aS";

export type AuthenticateResult =
  | { ok: true; viewer: Viewer }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** The text shown to the visitor when they are rate-limited. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many attempts, try again in ${retryAfterSeconds} s.`;
}

interface Limits {
  maxPerAccount: number;
  maxPerIp: number;
  windowSeconds: number;
}

const defaultLimits = (): Limits => ({
  maxPerAccount: env.BYTEWISE_LOGIN_MAX_PER_ACCOUNT,
  maxPerIp: env.BYTEWISE_LOGIN_MAX_PER_IP,
  windowSeconds: env.BYTEWISE_LOGIN_WINDOW_SECONDS,
});

/** Seconds until `key` is below `max` failures again, or 0 when it already is. */
async function lockedFor(key: string, max: number, since: Date, windowMs: number, now: number): Promise<number> {
  const failures = await db.loginAttempt.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return 0;
  // The max-th most recent failure must leave the window before another try is allowed.
  const oldest = failures[max - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
}

/**
 * Checks an email and password. Refuses without looking at the password while the account or
 * the IP address has too many recent failures. Never logs or stores the password.
 */
export async function authenticate(
  email: string,
  password: string,
  ip: string,
  limits: Limits = defaultLimits(),
): Promise<AuthenticateResult> {
  const now = Date.now();
  const windowMs = limits.windowSeconds * 1000;
  const since = new Date(now - windowMs);
  const accountKey = `account:${email.trim().toLowerCase()}`;
  const ipKey = `ip:${ip}`;

  const wait = Math.max(
    await lockedFor(accountKey, limits.maxPerAccount, since, windowMs, now),
    await lockedFor(ipKey, limits.maxPerIp, since, windowMs, now),
  );
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };

  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true },
  });
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) {
    await db.$transaction([
      db.loginAttempt.deleteMany({ where: { createdAt: { lt: since } } }),
      db.loginAttempt.createMany({ data: [{ key: accountKey }, { key: ipKey }] }),
    ]);
    return { ok: false, reason: "invalid" };
  }
  // A successful sign-in clears the account's failures; the IP's stay counted.
  await db.loginAttempt.deleteMany({ where: { key: accountKey } });
  const viewer = await getViewerById(user.id);
  return viewer ? { ok: true, viewer } : { ok: false, reason: "invalid" };
}
