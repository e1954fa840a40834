// The instructor flow in the browser: write an exercise with the live preview (which flags an
// unsupported construct on its line), publish it, create a course and an assignment; a learner
// joins with the code and answers wrong then right; the dashboards show the attempt and the wrong
// answer under its misconception; both CSV exports download with the right rows. Expected sizes
// come from the simulator, never typed here.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { runProgram } from "@/lib/simulator";
import { exerciseFileSchema } from "@/lib/content/schema";
import { variantFor } from "@/lib/content/variant";
import { DEMO, expectNoSeriousAxeViolations, signInAs, signUp, uniqueEmail } from "@/tests/helpers/e2e";
import { checkForm, starterForm } from "@/lib/authoring/form";

const printed = (source: string, version: string) => runProgram(source, { python: version }).stdout.trim();

async function download(page: Page, linkName: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).first().click()]);
  return readFileSync((await file.path())!, "utf8");
}

test("an instructor writes, publishes and assigns an exercise; the dashboard shows a learner's wrong answer under its misconception", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const slug = `list-of-range-${suffix}`;
  const title = `List of a range ${suffix}`;

  // ## Write the exercise
  await signInAs(page, DEMO.instructor);
  await page.goto("/teach/exercises/new");
  await page.getByLabel("File name (slug)").fill(slug);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("A list built from a range.");
  await page.getByLabel("Explanation (shown after answering)").fill("list(range(n)) allocates exactly n slots.");
  // The preview shows each seed's key in every version, computed as the grader will.
  const starter = exerciseFileSchema.parse(checkForm({ ...starterForm(), title, summary: "s", explanation: "e" }).exercise);
  const seed1 = variantFor(starter, 1).source;
  const preview = page.getByTestId("preview-seed-1");
  await expect(preview.locator('td[data-version="3.13"]')).toHaveText(printed(seed1, "3.13"), { timeout: 30_000 });
  await expect(preview.locator('td[data-version="3.7"]')).toHaveText(printed(seed1, "3.7"));
  // Monaco's own markup is the editor library's; the form and preview around it are checked.
  await expectNoSeriousAxeViolations(page, [".monaco-editor"]);

  // An unsupported construct is flagged in the preview and as an editor marker; deleting the line clears it.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText("async def f(): pass\n");
  await expect(page.getByTestId("preview-errors")).toContainText("NotImplementedError: `async def` is not supported", { timeout: 30_000 });
  await expect(page.locator(".monaco-editor .squiggly-warning").first()).toBeAttached();
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Control+Shift+K");
  await expect(page.getByTestId("preview-errors")).toHaveCount(0, { timeout: 30_000 });
  await expect(preview.locator('td[data-version="3.13"]')).toHaveText(printed(seed1, "3.13"));

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("created-message")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Publish the saved revision" }).click();
  await expect(page.getByTestId("publish-message")).toContainText("Published", { timeout: 30_000 });

  // ## Course and assignment
  await page.goto("/teach");
  await page.getByText("Create a course").click();
  const courseTitle = `Memory course ${suffix}`;
  await page.getByLabel("Course title").fill(courseTitle);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByTestId("create-course-message")).toContainText("Join code");
  await page.goto("/courses");
  await page.getByRole("link", { name: courseTitle }).click();
  const joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  const courseUrl = page.url();
  await page.getByText("Add an assignment").click();
  await page.getByLabel("Assignment title").fill("Week 1");
  await page.getByLabel("Due (optional)").fill("2099-01-01T09:00");
  await page.getByLabel("Filter the list").fill(suffix);
  await page.getByRole("checkbox", { name: title }).check();
  await page.getByRole("button", { name: "Add assignment" }).click();
  await expect(page.getByTestId("create-assignment-message")).toContainText('Added "Week 1" with 1 exercise.');
  await expect(page.getByTestId("assignment-list")).toContainText(title);
  await expectNoSeriousAxeViolations(page);

  // ## A learner joins and answers wrong, then right
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const learnerName = `Lou Learner ${suffix}`;
  await signUp(learner, learnerName, uniqueEmail("joiner"));
  await expect(learner).toHaveURL(/\/exercises$/);
  await learner.goto("/courses");
  await learner.getByLabel("Join code").fill(joinCode.toLowerCase());
  await learner.getByRole("button", { name: "Join course" }).click();
  await expect(learner.getByTestId("join-course-message")).toContainText(`You joined "${courseTitle}"`);
  await learner.goto(courseUrl);
  await learner.getByRole("link", { name: title }).click();
  await expect(learner.getByTestId("assignment-context")).toContainText("Week 1");
  const source = (await learner.getByTestId("exercise-code").locator("code").textContent())!;
  await learner.getByLabel("Graded for Python").selectOption("3.12");
  const wrong = printed(source, "3.7");
  const right = printed(source, "3.12");
  expect(wrong).not.toBe(right);
  await learner.getByLabel("Your answer").fill(wrong);
  await learner.getByRole("button", { name: "Check answer" }).click();
  await expect(learner.getByTestId("verdict")).toHaveAttribute("data-status", "wrong");
  const code = await learner.getByTestId("diagnosis").getAttribute("data-code");
  expect(code).toBeTruthy();
  await learner.getByLabel("Your answer").fill(right);
  await learner.getByRole("button", { name: "Check answer" }).click();
  await expect(learner.getByTestId("verdict")).toHaveAttribute("data-status", "correct");
  await learnerContext.close();

  // ## Dashboards
  await page.goto(`${courseUrl}/dashboard`);
  const row = page.getByTestId("grid-row").filter({ hasText: learnerName });
  await expect(row).toContainText("1/1");
  await expect(row).toContainText("2 tries");
  await expect(row).toContainText("100%");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: title }).click();
  const group = page.getByTestId(`misconception-${code}`);
  await expect(group).toContainText(`${wrong} (×1)`);
  await expect(group).toContainText(learnerName);
  await expect(group.getByTestId("misconception-count")).toHaveText("1");
  await expect(page.getByTestId("version-split")).toContainText("3.12");
  await expect(page.getByTestId("first-try-accuracy")).toHaveText("0%");
  await expectNoSeriousAxeViolations(page);
  await group.getByRole("link", { name: learnerName }).click();
  await expect(page.getByTestId("learner-attempts")).toContainText(title);
  await expectNoSeriousAxeViolations(page);

  // ## CSV exports
  await page.goto(courseUrl);
  const gradebook = (await download(page, "Gradebook CSV")).split("\r\n");
  expect(gradebook[0]).toBe("name,email,Week 1 score %,Week 1 solved,Week 1 late,total score %,attempts,last activity");
  expect(gradebook.filter((l) => l.startsWith(learnerName))).toHaveLength(1);
  expect(gradebook.find((l) => l.startsWith(learnerName))).toMatch(/,100,1\/1,,100,2,\d{4}-/);
  const submissions = (await download(page, "Submissions CSV")).split("\r\n").filter((l) => l.includes(learnerName));
  expect(submissions).toHaveLength(2);
  expect(submissions[0]).toContain(`,Week 1,${slug},1,size,${wrong},no,3.12,${code},,`);
  expect(submissions[1]).toContain(`,Week 1,${slug},1,size,${right},yes,3.12,,,`);
});
