// Accounts in the browser: sign up, sign in, wrong password, rate limit, sign out.
import { expect, test } from "@playwright/test";
import { DEMO, E2E_PASSWORD, signIn, signInAs, signOut, signUp, uniqueEmail } from "@/tests/helpers/e2e";

test("the home page says what Bytewise is and sends every security header", async ({ page }) => {
  const response = await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn how Python spends memory");
  await expect(page.getByText("sys.getsizeof").first()).toBeVisible();
  for (const path of ["/", "/login", "/signup"]) {
    const headers = (path === "/" ? response! : (await page.request.get(path))).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
});

test("a visitor signs up, lands on the exercises as a learner, and sees the seeded library", async ({ page }) => {
  const email = uniqueEmail("signup");
  await signUp(page, "Sam Signup", email);
  await expect(page).toHaveURL(/\/exercises$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Sam Signup");
  await expect(page.getByTestId("signed-in-role")).toHaveText("learner");
  const starter = page.locator('a[href="/exercises/dict-row-size"]');
  await expect(starter).toHaveText("How big is one ride record?");
  await starter.click();
  await expect(page.getByTestId("exercise-code")).toContainText("row = {'route': '22'");
});

test("sign-up shows an error per invalid field and refuses a registered email", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Shorty");
  await page.getByLabel("Email").fill(uniqueEmail("short"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toHaveText("Use at least 8 characters.");

  await signUp(page, "Dup", DEMO.learner.email);
  await expect(page.locator("#email-error")).toHaveText("An account with this email already exists.");
});

test("the demo learner signs in and out", async ({ page }) => {
  await signInAs(page, DEMO.learner);
  await expect(page.getByTestId("signed-in-role")).toHaveText("learner");
  await signOut(page);
  await page.goto("/exercises");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fexercises$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, "wrong password 999");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("too many wrong passwords lock the account with a countdown", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUp(page, "Lou Locked", email);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Lou Locked");
  await signOut(page);

  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password 999");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  }
  // Even the right password is refused now, without revealing that it was right.
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText(/^Too many attempts, try again in \d+ s\.$/);
});

test("an anonymous visitor is sent to sign in and brought back afterwards", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile$/);
  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill(DEMO.learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
});
