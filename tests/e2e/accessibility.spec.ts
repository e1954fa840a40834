// axe-core on the account pages: no serious or critical accessibility violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "@/tests/helpers/e2e";

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const path of ["/", "/login", "/signup"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the signed-in pages have no serious accessibility violations", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  for (const path of ["/exercises", "/courses", "/profile", "/teach", "/admin/users"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
