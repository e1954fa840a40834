// Runs last (files run in name order on one worker): the README screenshot, and a check that no
// password typed by any browser test reached the server's log.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ALL_TEST_PASSWORDS, DEMO, signInAs } from "@/tests/helpers/e2e";

test("takes the README screenshot of a learner's exercise page", async ({ page }) => {
  await signInAs(page, DEMO.learner);
  await page.goto("/exercises/dict-add-keys");
  await expect(page.getByTestId("exercise-code")).toBeVisible();
  await page.screenshot({ path: "docs/screenshot.png" });
});

test("the server never logged a password", async () => {
  const log = readFileSync(".bytewise/e2e-server.log", "utf8");
  expect(log.length).toBeGreaterThan(0);
  for (const password of ALL_TEST_PASSWORDS) expect(log).not.toContain(password);
});
