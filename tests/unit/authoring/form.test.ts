// The structured exercise form: every library exercise survives exercise → form → exercise and
// form → "Edit as YAML" → form unchanged; the form's own problems (empty or duplicate parameter
// names) and the schema's issues land on the right fields; choice values keep their types.
import { describe, expect, it } from "vitest";
import { loadExerciseLibrary } from "@/lib/content/load";
import { exerciseFileSchema } from "@/lib/content/schema";
import {
  checkForm, emptyParameter, emptyPart, emptyStep, formatValue, formFromExercise, issuesByPath, parseValueLine, rawFromForm,
  rowsFromYaml, serverErrorsToFields, starterForm, yamlFromRows, type FormModel,
} from "@/lib/authoring/form";

const library = loadExerciseLibrary();

describe("form model round trip", () => {
  it("covers every part kind and every parameter kind but name (checked below)", () => {
    const kinds = new Set(library.flatMap(({ exercise }) => [...Object.values(exercise.parameters).map((p) => `param:${p.kind}`), ...exercise.parts.map((p) => `part:${p.kind}`)]));
    expect([...kinds].sort()).toEqual(["param:choice", "param:int", "part:estimate", "part:exact", "part:ranking", "part:threshold", "part:trace"]);
  });

  it("a name parameter round-trips too", () => {
    const base = library.find((l) => l.slug === "records-plain-instance")!.exercise;
    const exercise = exerciseFileSchema.parse({
      ...base,
      parameters: { ...base.parameters, field: { kind: "name", values: ["x", "route_id"] } },
      template: `${base.template}\n{{field}} = 1\n`,
    });
    expect(checkForm(formFromExercise(exercise)).exercise).toEqual(exercise);
    const yaml = yamlFromRows(formFromExercise(exercise));
    if (!("yaml" in yaml)) throw new Error("no YAML");
    const back = rowsFromYaml(yaml.yaml);
    if (!("rows" in back)) throw new Error(back.error);
    expect(checkForm({ ...formFromExercise(exercise), ...back.rows }).exercise).toEqual(exercise);
  });

  it.each(library.map((l) => [l.slug, l] as const))("%s: exercise → form → exercise is identical", (_slug, { exercise, content }) => {
    const check = checkForm(formFromExercise(exercise));
    expect(check.errors).toEqual({});
    expect(check.exercise).toEqual(exercise);
    expect(JSON.stringify(check.exercise)).toBe(content);
  });

  it.each(library.map((l) => [l.slug, l] as const))("%s: form → YAML → form is identical", (_slug, { exercise }) => {
    const form = formFromExercise(exercise);
    const yaml = yamlFromRows(form);
    if (!("yaml" in yaml)) throw new Error("no YAML");
    // Checked while in YAML mode too: the preview and the save read the YAML text directly.
    expect(checkForm({ ...form, yaml: yaml.yaml }).exercise).toEqual(exercise);
    const back = rowsFromYaml(yaml.yaml);
    if (!("rows" in back)) throw new Error(back.error);
    expect(checkForm({ ...form, ...back.rows }).exercise).toEqual(exercise);
  });
});

describe("choice values as lines", () => {
  it.each([[3], ["3"], ["x y"], [""], [" padded"], ['"quoted"'], [-2.5], ["route date"], [1e21]])("%j reads back unchanged", (value) => {
    expect(parseValueLine(formatValue(value))).toEqual({ value });
  });
  it("rejects an unterminated quote", () => {
    expect(parseValueLine('"abc')).toHaveProperty("error");
  });
});

function twoParameterForm(): FormModel {
  const form = starterForm();
  form.title = "Two parameters";
  form.summary = "s";
  form.explanation = "e";
  form.template = "import sys\nxs = [{{fill}}] * {{n}}\nprint(sys.getsizeof(xs))\n";
  form.parameters = [
    { ...emptyParameter(), name: "n", kind: "int", min: "1", max: "9" },
    { ...emptyParameter(), name: "fill", kind: "choice", values: "0\n\"a\"\nNone" },
  ];
  form.parts = [
    { ...form.parts[0]!, id: "size" },
    { ...emptyPart(), id: "steps", kind: "trace", prompt: "Sizes", steps: [
      { ...emptyStep(), label: "empty", measure: { type: "expression", expression: "sys.getsizeof([])", output: "" } },
      { ...emptyStep(), label: "filled", measure: { type: "output", expression: "", output: "1" } },
    ] },
  ];
  return form;
}

describe("field errors", () => {
  it("a valid two-parameter, two-kind form becomes the exercise it shows", () => {
    const check = checkForm(twoParameterForm());
    expect(check.errors).toEqual({});
    expect(check.exercise?.parameters).toEqual({ n: { kind: "int", min: 1, max: 9 }, fill: { kind: "choice", values: [0, "a", "None"] } });
    expect(check.exercise?.parts[1]).toEqual({ id: "steps", kind: "trace", prompt: "Sizes", steps: [{ label: "empty", measure: { expression: "sys.getsizeof([])" } }, { label: "filled", measure: { output: 1 } }] });
  });

  it("empty and duplicate parameter names are errors on that row's name", () => {
    const form = twoParameterForm();
    form.parameters[1]!.name = "n";
    expect(checkForm(form).errors["parameters.1.name"]).toEqual(['Another parameter is already called "n".']);
    form.parameters[1]!.name = "";
    expect(checkForm(form).errors["parameters.1.name"]).toEqual(["Give the parameter a name."]);
    expect(checkForm(form).exercise).toBeNull();
  });

  it("schema issues land on their field, parameters by row", () => {
    const form = twoParameterForm();
    form.parameters[0]!.min = "12";
    form.parameters[1]!.values = "0";
    form.parts[1]!.steps[0]!.label = "";
    form.parts[1]!.steps[1]!.measure.output = "x";
    form.parts[0]!.id = "Size";
    const errors = checkForm(form).errors;
    expect(errors["parameters.0.max"]).toEqual(["min must not exceed max"]);
    expect(errors["parameters.1.values"]).toEqual(["Add at least 2."]);
    expect(errors["parts.1.steps.0.label"]).toEqual(["This cannot be empty."]);
    expect(errors["parts.1.steps.1.measure.output"]).toEqual(["Enter a number."]);
    expect(errors["parts.0.id"]).toEqual(["use lowercase letters, digits and dashes"]);
  });

  it("metadata messages are plain words", () => {
    const form = { ...twoParameterForm(), title: "ab", topic: "Lists", concepts: "list growth" };
    const errors = checkForm(form).errors;
    expect(errors.title).toEqual(["Use at least 3 characters."]);
    expect(errors.topic).toEqual(["Use lowercase letters, digits and dashes."]);
    expect(errors.concepts).toEqual(["Use lowercase letters, digits and dashes."]);
  });

  it("numbers out of range say the bound", () => {
    const form = twoParameterForm();
    form.parts[0] = { ...form.parts[0]!, kind: "estimate", tolerance: "1.5" };
    form.parts[1] = { ...emptyPart(), id: "t", kind: "threshold", prompt: "When?", step: "xs.append({{n}})", thresholdMeasure: "sys.getsizeof(xs)", maxSteps: "0" };
    const errors = checkForm(form).errors;
    expect(errors["parts.0.tolerance"]).toEqual(["Must be less than 1."]);
    expect(errors["parts.1.maxSteps"]).toEqual(["Must be at least 1."]);
    form.parts[0]!.tolerance = "";
    form.parts[1]!.thresholdMeasure = "";
    const again = checkForm(form).errors;
    expect(again["parts.0.tolerance"]).toHaveLength(1);
    expect(again["parts.1.measure.expression"]).toEqual(["This cannot be empty."]);
  });

  it("an unused parameter and an undeclared placeholder are reported", () => {
    const form = twoParameterForm();
    form.parameters[1]!.name = "filler";
    const errors = checkForm(form).errors;
    expect(errors["parameters.1.name"]).toEqual(['parameter "filler" is never used']);
    expect(errors.parameters).toEqual(["{{fill}} is used but not declared"]);
  });

  it("the server's path-keyed errors map onto the same fields", () => {
    const form = twoParameterForm();
    form.parameters[1]!.values = "0";
    form.hints = [{ key: "h", text: "" }];
    const parsed = exerciseFileSchema.safeParse(rawFromForm(form).raw);
    if (parsed.success) throw new Error("expected issues");
    const byPath = issuesByPath(parsed.error.issues);
    expect(byPath).toEqual({ "parameters.fill.values": ["Add at least 2."], "hints.0": ["This cannot be empty."] });
    expect(serverErrorsToFields(byPath, ["n", "fill"])).toEqual({ "parameters.1.values": ["Add at least 2."], "hints.0": ["This cannot be empty."] });
    expect(serverErrorsToFields(byPath, null)).toEqual({ yaml: ["parameters.fill.values: Add at least 2.", "hints.0: This cannot be empty."] });
    const yaml = yamlFromRows(form);
    if (!("yaml" in yaml)) throw new Error("no YAML");
    expect(checkForm({ ...form, yaml: yaml.yaml }).errors).toEqual({ yaml: ["parameters.fill.values: Add at least 2.", "hints.0: This cannot be empty."] });
  });
});

describe("Edit as YAML", () => {
  it("refuses to open with duplicate names, which a YAML mapping cannot hold", () => {
    const form = twoParameterForm();
    form.parameters[1]!.name = "n";
    expect(yamlFromRows(form)).toEqual({ errors: { "parameters.1.name": ['Another parameter is already called "n".'] } });
  });

  it("keeps invalid but representable values (they stay field errors)", () => {
    const form = twoParameterForm();
    form.parameters[0]!.min = "abc";
    const yaml = yamlFromRows(form);
    if (!("yaml" in yaml)) throw new Error("no YAML");
    const back = rowsFromYaml(yaml.yaml);
    if (!("rows" in back)) throw new Error(back.error);
    expect(back.rows.parameters[0]!.min).toBe("abc");
    expect(checkForm({ ...form, ...back.rows }).errors["parameters.0.min"]).toEqual(["Enter a number."]);
  });

  it("reports broken YAML and anything the form cannot show, instead of dropping it", () => {
    expect(rowsFromYaml("parts: [")).toEqual({ error: expect.stringMatching(/^Not valid YAML/) });
    expect(rowsFromYaml("title: x")).toEqual({ error: "Only parameters, parts and hints belong here, not title." });
    expect(rowsFromYaml("parts:\n  - id: a\n    kind: exact\n    prompt: p\n    measure: { output: 1 }\n    promt: typo\n")).toHaveProperty("error");
    expect(rowsFromYaml("parts:\n  - id: a\n    kind: exact\n    prompt: p\n    measure: { output: 1 }\n")).toHaveProperty("rows");
    const form = { ...twoParameterForm(), yaml: "parts: [" };
    expect(checkForm(form).errors.yaml?.[0]).toMatch(/^Not valid YAML/);
  });
});
