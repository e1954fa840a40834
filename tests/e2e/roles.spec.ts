// Role-based navigation: what learners, instructors and admins see and may open.
import { expect, test } from "@playwright/test";
import { DEMO, signInAs, signOut, signUp, uniqueEmail } from "@/tests/helpers/e2e";

const nav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Main" });

test("a learner sees learner pages only", async ({ page }) => {
  await signInAs(page, DEMO.learner);
  await expect(nav(page).getByRole("link")).toHaveText(["Exercises", "Progress", "Sandbox", "Courses", "Profile"]);
  await page.goto("/teach");
  await expect(page.getByTestId("access-denied")).toContainText("This page is for instructors");
  await page.goto("/admin/users");
  await expect(page.getByTestId("access-denied")).toContainText("This page is for administrators");
});

test("an instructor also teaches, creates a course, and a learner joins it with the code", async ({ page, browser }) => {
  await signInAs(page, DEMO.instructor);
  await expect(page.getByTestId("signed-in-role")).toHaveText("instructor");
  await expect(nav(page).getByRole("link")).toHaveText(["Exercises", "Progress", "Sandbox", "Courses", "Profile", "Teach"]);
  await page.goto("/admin/users");
  await expect(page.getByTestId("access-denied")).toBeVisible();

  const title = `Memory in CPython ${Date.now().toString(36)}`;
  await page.goto("/courses");
  await page.getByLabel("Course title").fill(title);
  await page.getByRole("button", { name: "Create course" }).click();
  const message = page.getByTestId("create-course-message");
  await expect(message).toHaveText(/Join code: [A-Z0-9]{8}$/);
  const joinCode = (await message.textContent())!.match(/([A-Z0-9]{8})$/)![1]!;

  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  await signUp(learnerPage, "Jo Joiner", uniqueEmail("joiner"));
  await expect(learnerPage.getByTestId("signed-in-user")).toHaveText("Jo Joiner");
  await learnerPage.goto("/courses");
  await learnerPage.getByLabel("Join code").fill(joinCode.toLowerCase());
  await learnerPage.getByRole("button", { name: "Join course" }).click();
  await expect(learnerPage.getByTestId("join-course-message")).toHaveText(`You joined "${title}".`);
  await learnerContext.close();

  await page.goto("/teach");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row.getByRole("cell").nth(1)).toHaveText("1");
});

test("an admin changes a learner into an instructor, who then sees the teaching pages", async ({ page, browser }) => {
  const email = uniqueEmail("promoted");
  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  await signUp(learnerPage, "Pat Promoted", email);
  await expect(learnerPage.getByTestId("signed-in-role")).toHaveText("learner");

  await signInAs(page, DEMO.admin);
  await expect(nav(page).getByRole("link")).toHaveText(["Exercises", "Progress", "Sandbox", "Courses", "Profile", "Teach", "Admin"]);
  await page.getByRole("link", { name: "Admin" }).click();
  const row = page.getByTestId(`role-form-${email}`);
  await row.getByLabel("Role").selectOption("INSTRUCTOR");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(row).toContainText("Pat Promoted is now instructor.");

  // The role is read from the database on every request: no need to sign in again.
  await learnerPage.reload();
  await expect(learnerPage.getByTestId("signed-in-role")).toHaveText("instructor");
  await learnerPage.goto("/teach");
  await expect(learnerPage.getByRole("heading", { name: "Teach" })).toBeVisible();
  await signOut(learnerPage);
  await learnerContext.close();
});
