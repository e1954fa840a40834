// Shared steps for the browser tests.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

/** Seeded by prisma/seed.ts (lib/data/seed.ts DEMO_ACCOUNTS). */
export const DEMO = {
  learner: { email: "learner@bytewise.local", password: "learner-demo-pass", name: "Dana Learner" },
  instructor: { email: "instructor@bytewise.local", password: "instructor-demo-pass", name: "Ines Instructor" },
  admin: { email: "admin@bytewise.local", password: "admin-demo-pass", name: "Ada Admin" },
} as const;

/** The password every account created by a browser test uses. */
export const E2E_PASSWORD = "e2e password 12345";

/** Every password the browser tests type; none may appear in the server log. */
export const ALL_TEST_PASSWORDS = [E2E_PASSWORD, "wrong password 999", ...Object.values(DEMO).map((a) => a.password)];

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@e2e.bytewise.local`;
}

export async function signIn(page: Page, email: string, password: string, path = "/login") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, account: { email: string; password: string; name: string }) {
  await signIn(page, account.email, account.password);
  await expect(page.getByTestId("signed-in-user")).toHaveText(account.name);
}

export async function signUp(page: Page, name: string, email: string, password = E2E_PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("account").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/**
 * axe-core (WCAG 2.0/2.1 A and AA) finds no serious or critical violation on the page.
 * It first waits for the page to settle: after a server action Next re-renders the route and
 * hoists its <title> again, and axe run in that instant reports a missing title (seen in CI).
 * A title that never comes back still fails here.
 */
export async function expectNoSeriousAxeViolations(page: Page, exclude: string[] = []) {
  await expect(page).toHaveTitle(/\S/);
  await page.waitForLoadState("load");
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), page.url()).toEqual([]);
}
