// The structured exercise form, driven the way an instructor does (labels and roles): two
// parameters and two parts of different kinds built without touching YAML, a duplicate parameter
// name flagged next to the field, fixed, saved; the exported file holds exactly what was entered.
// Then "Edit as YAML" round-trips (a broken YAML stays in YAML with a message), a server-only
// problem (a taken file name) shows next to its field, and the page works on a phone-sized screen.
// Expected sizes come from the simulator, never typed here.
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "yaml";
import { runProgram } from "@/lib/simulator";
import { exerciseFileSchema } from "@/lib/content/schema";
import { variantFor } from "@/lib/content/variant";
import { DEMO, expectNoSeriousAxeViolations, signInAs } from "@/tests/helpers/e2e";

// Monaco's own markup is the editor library's; the form and preview around it are checked.
const MONACO = [".monaco-editor"];

/** The message shown for a field, found through its aria-describedby. */
async function expectFieldError(field: Locator, message: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
}

const TEMPLATE_TAIL = "label = {{word}}\nprint(sys.getsizeof(label))\n";

test("an instructor builds an exercise with two parameters and two kinds of part through the form; the export holds exactly that", async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const slug = `form-built-${suffix}`;
  await signInAs(page, DEMO.instructor);
  await page.goto("/teach/exercises/new");

  await page.getByLabel("File name (slug)").fill(slug);
  await page.getByLabel("Title").fill(`Built with the form ${suffix}`);
  await page.getByLabel("Summary").fill("A list and a string.");
  await page.getByLabel("Explanation (shown after answering)").fill("Sizes grow with length.");

  // The starter template prints the list's size; add a second parameter's line.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(TEMPLATE_TAIL);

  // Parameter 1 is the starter's integer n; narrow its range.
  const parameter1 = page.getByRole("group", { name: "Parameter 1" });
  await expect(parameter1.getByLabel("Name")).toHaveValue("n");
  await parameter1.getByLabel("Minimum").fill("2");
  await parameter1.getByLabel("Maximum").fill("30");

  // Parameter 2: a duplicate name is flagged next to the field, then fixed.
  await page.getByRole("button", { name: "Add a parameter" }).click();
  const parameter2 = page.getByRole("group", { name: "Parameter 2" });
  await expect(parameter2.getByLabel("Name")).toBeFocused();
  await parameter2.getByLabel("Name").fill("n");
  await parameter2.getByLabel("Kind").focus();
  await expectFieldError(parameter2.getByLabel("Name"), 'Another parameter is already called "n".');
  await parameter2.getByLabel("Kind").selectOption({ label: "Choice of values" });
  await parameter2.getByLabel("Values (one per line)").fill("ab\nabcdefgh");
  // Saving now is refused in the browser (two rows cannot share a name) and focus goes to the field.
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(parameter2.getByLabel("Name")).toBeFocused();
  await expect(page.getByTestId("form-problems")).toContainText('Parameter 2 › Name: Another parameter is already called "n".');
  await parameter2.getByLabel("Name").fill("word");
  await expect(parameter2.getByLabel("Name")).not.toHaveAttribute("aria-invalid", "true");

  // Reordering from the keyboard keeps focus on the moved row's buttons.
  await page.getByRole("button", { name: "Move parameter 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Parameter 1" }).getByLabel("Name")).toHaveValue("word");
  await expect(page.getByRole("button", { name: "Move parameter 1 down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Parameter 1" }).getByLabel("Name")).toHaveValue("n");

  // Part 1 is the starter's exact part on the first printed line; part 2 estimates an expression.
  const part1 = page.getByRole("group", { name: "Part 1" });
  await part1.getByLabel("Prompt").fill("What does the first print show?");
  await page.getByRole("button", { name: "Add a part" }).click();
  const part2 = page.getByRole("group", { name: "Part 2" });
  await part2.getByLabel("Part id").fill("label-size");
  await part2.getByLabel("Question kind").selectOption({ label: "Estimate within a tolerance" });
  await part2.getByLabel("Prompt").fill("Roughly how big is label?");
  await part2.getByLabel("Expression").fill("sys.getsizeof(label)");
  await part2.getByLabel("Tolerance (relative, 0.05 = 5%)").fill("1.5");
  await part2.getByLabel("Prompt").focus();
  await expectFieldError(part2.getByLabel("Tolerance (relative, 0.05 = 5%)"), /less than 1/i);
  await part2.getByLabel("Tolerance (relative, 0.05 = 5%)").fill("0.1");
  await page.getByRole("button", { name: "Add a hint" }).click();
  await page.getByRole("textbox", { name: "Hint 1" }).fill("Count the bytes per character.");

  const expected = exerciseFileSchema.parse({
    title: `Built with the form ${suffix}`,
    topic: "list",
    concepts: ["list-growth"],
    difficulty: 1,
    summary: "A list and a string.",
    parameters: { n: { kind: "int", min: 2, max: 30 }, word: { kind: "choice", values: ["ab", "abcdefgh"] } },
    template: `import sys\n\nitems = list(range({{n}}))\nprint(sys.getsizeof(items))\n${TEMPLATE_TAIL}`,
    parts: [
      { id: "size", kind: "exact", prompt: "What does the first print show?", measure: { output: 1 } },
      { id: "label-size", kind: "estimate", prompt: "Roughly how big is label?", measure: { expression: "sys.getsizeof(label)" }, tolerance: 0.1 },
    ],
    hints: ["Count the bytes per character."],
    explanation: "Sizes grow with length.",
  });

  // The live preview follows the form: both parts, computed by the simulator.
  const [first, second] = runProgram(variantFor(expected, 1).source, { python: "3.12" }).stdout.trim().split("\n");
  const preview = page.getByTestId("preview-seed-1");
  const cell = (partId: string) => preview.locator("tr").filter({ has: page.getByRole("rowheader", { name: partId, exact: true }) }).locator('td[data-version="3.12"]');
  await expect(cell("size")).toHaveText(first!, { timeout: 30_000 });
  await expect(cell("label-size")).toHaveText(second!, { timeout: 30_000 });
  await expectNoSeriousAxeViolations(page, MONACO);

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("created-message")).toBeVisible({ timeout: 30_000 });
  const exported = await page.request.get(`/teach/exercises/${slug}/yaml`);
  expect(exported.status()).toBe(200);
  expect(exerciseFileSchema.parse(parse(await exported.text()))).toEqual(expected);

  // ## Edit as YAML round-trips; a broken YAML stays in YAML with its message
  await expect(page.getByRole("group", { name: "Parameter 2" }).getByLabel("Name")).toHaveValue("word");
  await page.getByRole("button", { name: "Edit as YAML" }).click();
  const yaml = page.getByLabel("Parameters, parts and hints (YAML)");
  await expect(yaml).toBeFocused();
  const text = await yaml.inputValue();
  expect(parse(text)).toEqual({ parameters: expected.parameters, parts: expected.parts, hints: expected.hints });
  await yaml.fill(`${text}extra: [`);
  await page.getByRole("button", { name: "Edit as YAML" }).click();
  await expectFieldError(yaml, /Not valid YAML/);
  await yaml.fill(text.replace("Roughly how big is label?", "About how big is label?"));
  await page.getByRole("button", { name: "Edit as YAML" }).click();
  await expect(page.getByRole("group", { name: "Part 2" }).getByLabel("Prompt")).toHaveValue("About how big is label?");
  await expect(page.getByRole("group", { name: "Parameter 2" }).getByLabel("Values (one per line)")).toHaveValue("ab\nabcdefgh");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-message")).toContainText("Saved as revision 2.", { timeout: 30_000 });
  const saved = exerciseFileSchema.parse(parse(await (await page.request.get(`/teach/exercises/${slug}/yaml`)).text()));
  expect(saved.parts[1]!.prompt).toBe("About how big is label?");
  expect({ ...saved, parts: expected.parts }).toEqual(expected);

  // ## On a phone-sized screen: one column, no sideways scrolling, still accessible
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("group", { name: "Part 2" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page, MONACO);
});

test("the server's own checks show next to the field, and nothing typed is lost", async ({ page }) => {
  await signInAs(page, DEMO.instructor);
  await page.goto("/teach/exercises/new");
  // Saving with a just-added, empty parameter row is stopped in the browser at the first click,
  // and every problem is listed, each next to its field.
  await page.getByRole("button", { name: "Add a parameter" }).click();
  await page.getByRole("button", { name: "Create draft" }).click();
  const name2 = page.getByRole("group", { name: "Parameter 2" }).getByLabel("Name");
  await expect(name2).toBeFocused();
  await expectFieldError(name2, "Give the parameter a name.");
  await expectFieldError(page.getByLabel("Title"), "Use at least 3 characters.");
  await expect(page.getByTestId("form-problems")).toContainText("Title: Use at least 3 characters.");
  await page.getByRole("button", { name: "Remove parameter 2" }).click();
  await expect(page.getByRole("button", { name: "Add a parameter" })).toBeFocused();
  await expect(page.getByRole("group", { name: "Parameter 2" })).toHaveCount(0);

  // A slug that is already taken is only known to the server.
  await page.getByLabel("File name (slug)").fill("list-repeat");
  await page.getByLabel("Title").fill("A taken slug");
  await page.getByLabel("Summary").fill("Kept after the error.");
  await page.getByLabel("Explanation (shown after answering)").fill("Kept too.");
  // Part 1 becomes a trace: one step measured by an expression, one by a printed line.
  const part1 = page.getByRole("group", { name: "Part 1" });
  await part1.getByLabel("Prompt").fill("Kept prompt");
  await part1.getByLabel("Question kind").selectOption({ label: "Trace: one number per step" });
  const step1 = part1.getByRole("group", { name: "Step 1" });
  const step2 = part1.getByRole("group", { name: "Step 2" });
  await step1.getByLabel("Label").fill("empty");
  await step1.getByLabel("Expression").fill("sys.getsizeof([])");
  await step2.getByLabel("Label").fill("filled");
  await step2.getByLabel("What is measured").selectOption({ label: "A printed line" });
  await step2.getByLabel("Printed line number").fill("1");
  const exercise = exerciseFileSchema.parse({
    title: "A taken slug", topic: "list", concepts: ["list-growth"], difficulty: 1, summary: "s", explanation: "e",
    parameters: { n: { kind: "int", min: 1, max: 20 } },
    template: "import sys\n\nitems = list(range({{n}}))\nprint(sys.getsizeof(items))\n",
    parts: [{ id: "size", kind: "trace", prompt: "p", steps: [{ label: "empty", measure: { expression: "sys.getsizeof([])" } }, { label: "filled", measure: { output: 1 } }] }],
  });
  const preview = page.getByTestId("preview-seed-1");
  const cell = (rowName: string) => preview.locator("tr").filter({ has: page.getByRole("rowheader", { name: rowName, exact: true }) }).locator('td[data-version="3.12"]');
  await expect(cell("size · empty")).toHaveText(runProgram("import sys\nprint(sys.getsizeof([]))", { python: "3.12" }).stdout.trim(), { timeout: 30_000 });
  await expect(cell("size · filled")).toHaveText(runProgram(variantFor(exercise, 1).source, { python: "3.12" }).stdout.trim());

  await page.getByRole("button", { name: "Create draft" }).click();
  await expectFieldError(page.getByLabel("File name (slug)"), /"list-repeat" is already taken/);
  await expect(page.getByLabel("Summary")).toHaveValue("Kept after the error.");
  await expect(part1.getByLabel("Prompt")).toHaveValue("Kept prompt");
  await expect(step2.getByLabel("Printed line number")).toHaveValue("1");
  await expect(page.getByLabel("Explanation (shown after answering)")).toHaveValue("Kept too.");
  // The list of problems links to each field.
  await page.getByTestId("form-problems").getByRole("link", { name: "File name" }).click();
  await expect(page.getByLabel("File name (slug)")).toBeFocused();
});
