// The learner flow in the browser: sign up, answer the tutorial's dict exercise wrong (with the
// 3.8 value while graded for 3.12) and right, see the diagnosis, pictures and per-version table,
// find /progress updated, and use the sandbox. Expected sizes come from the simulator (itself
// checked against real CPython by the golden corpus), never typed here.
import { expect, test } from "@playwright/test";
import { runProgram, SUPPORTED_VERSIONS } from "@/lib/simulator";
import { loadExerciseLibrary } from "@/lib/content/load";
import { expectNoSeriousAxeViolations, signUp, uniqueEmail } from "@/tests/helpers/e2e";

const library = loadExerciseLibrary();
const rowSize = library.find((l) => l.slug === "dict-row-size")!.exercise;
const printed = (source: string, version: string) => runProgram(source, { python: version }).stdout.trim();

test("a new learner answers the tutorial's dict exercise wrong, then right, and sees progress", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, "Lena Learner", uniqueEmail("learner"));
  await expect(page).toHaveURL(/\/exercises$/);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: rowSize.title }).click();
  await expect(page.getByTestId("exercise-code")).toContainText("row = {'route': '22'");
  await expectNoSeriousAxeViolations(page);

  // Graded for 3.12; answer with what 3.8 prints.
  await page.getByLabel("Graded for Python").selectOption("3.12");
  const value38 = printed(rowSize.template, "3.8");
  const value312 = printed(rowSize.template, "3.12");
  expect(value38).not.toBe(value312);
  await page.getByLabel("Your answer").fill(value38);
  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = page.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-status", "wrong");
  const diagnosis = page.getByTestId("diagnosis");
  await expect(diagnosis).toHaveAttribute("data-code", "other-version");
  await expect(diagnosis).toContainText("3.8");
  await expect(diagnosis).toContainText("3.12");
  await expect(page.getByTestId("version-table")).toHaveCount(0);

  // Hints one at a time.
  await page.getByTestId("show-hint").click();
  await expect(page.getByTestId("hints").locator("li")).toHaveCount(1);

  // Right, in the hexadecimal form.
  await page.getByLabel("Your answer").fill(`0x${Number(value312).toString(16)}`);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict).toHaveAttribute("data-status", "correct");
  // The form keeps the learner's per-exercise version (also in the URL, so a reload keeps it).
  await expect(page.getByLabel("Graded for Python")).toHaveValue("3.12");
  await expect(page).toHaveURL(/python=3\.12/);
  const table = page.getByTestId("version-table");
  await expect(table).toBeVisible();
  for (const version of rowSize.pythonVersions) {
    await expect(table.locator(`tr[data-version="${version}"] td`)).toHaveText(printed(rowSize.template, version));
  }
  await expect(page.getByTestId("layout-picture").first()).toBeVisible();
  await expect(page.getByTestId("growth-chart")).toBeVisible();
  await expect(page.getByTestId("breakdown").first()).toContainText("GC header");
  await expect(page.getByTestId("solved")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.goto("/progress");
  await expect(page.getByTestId("solved-count")).toHaveText("1");
  await expect(page.getByTestId("submission-count")).toHaveText("2");
  await expect(page.getByTestId("attempt-history")).toContainText(rowSize.title);
  await expect(page.getByTestId("attempt-history")).toContainText("Another version's value");
  await expect(page.getByTestId("mastery-table").locator('tr[data-concept="dict-layout"]')).toContainText("0%");
  await expect(page.getByTestId("mastery-chart")).toBeVisible();
  await expect(page.getByTestId("suggestion")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.goto("/exercises");
  await expect(page.locator('li[data-status="solved"]')).toContainText(rowSize.title);
});

test("the whole answer flow works from the keyboard, on a phone-sized screen, in dark mode", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await signUp(page, "Kim Keyboard", uniqueEmail("keyboard"));
  await expect(page).toHaveURL(/\/exercises$/);
  const tuple = library.find((l) => l.slug === "tutorial-record-as-tuple")!.exercise;
  await page.goto("/exercises/tutorial-record-as-tuple");
  const input = page.getByLabel("Your answer");
  // Tab from the version picker reaches the answer input.
  await page.getByLabel("Graded for Python").focus();
  await page.keyboard.press("Tab");
  await expect(input).toBeFocused();
  await page.keyboard.type(printed(tuple.template, "3.13").replace(/^(\d)(\d)$/, "$1_$2"));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-status", "correct");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
});

test("the sandbox shows the tutorial snippet's sizes for every version and keeps the code in the URL", async ({ page }) => {
  test.setTimeout(90_000);
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  const external: string[] = [];
  page.on("request", (r) => !r.url().startsWith("http://127.0.0.1") && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && external.push(r.url()));
  await page.goto("/sandbox");
  const sizes = page.getByTestId("sandbox-sizes");
  await expect(sizes).toBeVisible({ timeout: 30_000 });
  const snippet = `import sys\n\nrow = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}\nprint(sys.getsizeof(row))\nrow['province'] = 'ON'\nprint(sys.getsizeof(row))\nrow['country'] = 'CA'\nprint(sys.getsizeof(row))\n`;
  for (const version of SUPPORTED_VERSIONS) {
    const expected = runProgram(snippet, { python: version }).observations.map((o) => String(o.value));
    await expect(sizes.locator(`td[data-version="${version}"]`)).toHaveText(expected);
  }
  await expect(page).toHaveURL(/#code=[A-Za-z0-9_-]+$/);
  await expectNoSeriousAxeViolations(page);

  // A syntax error becomes an editor marker and a message.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  // (Brackets would be auto-closed by the editor; a dangling operator stays an error.)
  await page.keyboard.type("\nx = 1 +");
  await expect(page.getByTestId("sandbox-errors")).toContainText("SyntaxError");
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeAttached();

  // The link carries the code: a fresh page shows the same program.
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.getByTestId("sandbox-errors")).toContainText("SyntaxError", { timeout: 30_000 });
  expect(external).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
