// Sign-up and sign-in rules: hashing, duplicate emails, and the per-account / per-IP rate limit.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, tooManyAttemptsMessage } from "@/lib/data/accounts";
import { createLearnerAccount } from "@/lib/data/users";
import { makeUser, TEST_PASSWORD, uniqueName } from "@/tests/helpers/factories";

const limits = { maxPerAccount: 3, maxPerIp: 5, windowSeconds: 60 };
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("createLearnerAccount", () => {
  it("creates a learner and stores only a bcrypt hash of the password", async () => {
    const email = `${uniqueName("new")}@example.com`;
    const user = await createLearnerAccount({ name: "New Person", email, password: "a fine password" });
    expect("emailTaken" in user).toBe(false);
    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row.role).toBe("LEARNER");
    expect(row.passwordHash).not.toContain("a fine password");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("refuses an email that is already registered", async () => {
    const existing = await makeUser();
    expect(await createLearnerAccount({ name: "Again", email: existing.email, password: "another password" })).toEqual({ emailTaken: true });
  });
});

describe("authenticate", () => {
  it("accepts the right password and rejects a wrong one", async () => {
    const user = await makeUser("INSTRUCTOR");
    const ok = await authenticate(user.email, TEST_PASSWORD, ip(), limits);
    expect(ok).toMatchObject({ ok: true, viewer: { id: user.id, role: "INSTRUCTOR" } });
    expect(await authenticate(user.email, "wrong", ip(), limits)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(`${uniqueName("nobody")}@example.com`, TEST_PASSWORD, ip(), limits)).toEqual({ ok: false, reason: "invalid" });
  });

  it("treats the email case-insensitively", async () => {
    const user = await makeUser();
    expect((await authenticate(user.email.toUpperCase(), TEST_PASSWORD, ip(), limits)).ok).toBe(true);
  });

  it("locks an account after too many failures, even for the right password, from any IP", async () => {
    const user = await makeUser();
    for (let i = 0; i < limits.maxPerAccount; i++) {
      expect(await authenticate(user.email, "wrong", ip(), limits)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate(user.email, TEST_PASSWORD, ip(), limits);
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    if (locked.ok || locked.reason !== "rate-limited") throw new Error("expected a lock");
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(limits.windowSeconds);
    expect(tooManyAttemptsMessage(locked.retryAfterSeconds)).toBe(`Too many attempts, try again in ${locked.retryAfterSeconds} s.`);
  });

  it("locks an IP address that fails across many accounts", async () => {
    const address = ip();
    for (let i = 0; i < limits.maxPerIp; i++) {
      await authenticate(`${uniqueName("spray")}@example.com`, "wrong", address, limits);
    }
    const user = await makeUser();
    expect(await authenticate(user.email, TEST_PASSWORD, address, limits)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((await authenticate(user.email, TEST_PASSWORD, ip(), limits)).ok).toBe(true);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await makeUser();
    for (let i = 0; i < limits.maxPerAccount - 1; i++) await authenticate(user.email, "wrong", ip(), limits);
    expect((await authenticate(user.email, TEST_PASSWORD, ip(), limits)).ok).toBe(true);
    for (let i = 0; i < limits.maxPerAccount - 1; i++) await authenticate(user.email, "wrong", ip(), limits);
    expect((await authenticate(user.email, TEST_PASSWORD, ip(), limits)).ok).toBe(true);
  });

  it("lets failures expire with the window", async () => {
    const user = await makeUser();
    const short = { ...limits, windowSeconds: 1 };
    for (let i = 0; i < short.maxPerAccount; i++) await authenticate(user.email, "wrong", ip(), short);
    expect((await authenticate(user.email, TEST_PASSWORD, ip(), short)).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await authenticate(user.email, TEST_PASSWORD, ip(), short)).ok).toBe(true);
  });

  it("never stores the attempted password", async () => {
    const user = await makeUser();
    await authenticate(user.email, "my-secret-guess", ip(), limits);
    const rows = await db.loginAttempt.findMany({ where: { key: `account:${user.email}` } });
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("my-secret-guess");
  });
});
