// The exercise file format (content/exercises/<slug>.yaml), validated when loaded.
//
// An exercise is a Python template plus parts. A part never holds an answer: it names what to
// measure (a Python expression evaluated after the template, or the n-th line the template prints)
// and the simulator computes the key for the learner's variant and Python version.
import { z } from "zod";
import { PYTHON_VERSIONS } from "@/lib/validation/python";

/** `{{name}}` in a template or measure is replaced by the variant's value for parameter `name`. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Python identifier");

// ## Parameters: each learner gets one seeded value per parameter.

export const parameterSchema = z.discriminatedUnion("kind", [
  /** An integer in [min, max], inserted as a Python int literal. */
  z.object({ kind: z.literal("int"), min: z.number().int(), max: z.number().int() }).strict()
    .refine((p) => p.min <= p.max, "min must not exceed max"),
  /** One of the listed values, inserted as a Python literal (strings quoted). */
  z.object({ kind: z.literal("choice"), values: z.array(z.union([z.string(), z.number()])).min(2) }).strict(),
  /** One of the listed identifiers, inserted as-is (a field or variable name). */
  z.object({ kind: z.literal("name"), values: z.array(identifier).min(2) }).strict(),
]);
export type Parameter = z.infer<typeof parameterSchema>;

// ## Measures: what a part asks about.

export const measureSchema = z.union([
  /** A Python expression evaluated after the whole template runs, e.g. `sys.getsizeof(row)`. */
  z.object({ expression: z.string().min(1) }).strict(),
  /** The n-th line (1-based) that the template prints. */
  z.object({ output: z.number().int().min(1) }).strict(),
]);
export type Measure = z.infer<typeof measureSchema>;

const partBase = {
  /** Stable within the exercise; stored on each submission. */
  id: z.string().regex(/^[a-z0-9-]+$/, "use lowercase letters, digits and dashes"),
  prompt: z.string().min(1),
};

export const partSchema = z.discriminatedUnion("kind", [
  /** One exact number. */
  z.object({ ...partBase, kind: z.literal("exact"), measure: measureSchema }).strict(),
  /** A number accepted within a relative tolerance (0.05 = 5%). */
  z.object({
    ...partBase,
    kind: z.literal("estimate"),
    measure: measureSchema,
    tolerance: z.number().gt(0).lt(1),
  }).strict(),
  /** One number per step, like the tutorial's step-by-step sizes. */
  z.object({
    ...partBase,
    kind: z.literal("trace"),
    steps: z.array(z.object({ label: z.string().min(1), measure: measureSchema }).strict()).min(2),
  }).strict(),
  /** Order the items from smallest to largest measured value. */
  z.object({
    ...partBase,
    kind: z.literal("ranking"),
    items: z.array(z.object({ label: z.string().min(1), measure: measureSchema }).strict()).min(2),
  }).strict(),
  /**
   * After how many runs of `step` does `measure` first change? The grader runs the template, then
   * `step` up to `maxSteps` times (with `i` = 0, 1, …), measuring after each run.
   */
  z.object({
    ...partBase,
    kind: z.literal("threshold"),
    step: z.string().min(1),
    measure: z.object({ expression: z.string().min(1) }).strict(),
    maxSteps: z.number().int().min(1).max(10_000),
  }).strict(),
]);
export type Part = z.infer<typeof partSchema>;

export const exerciseFileSchema = z
  .object({
    title: z.string().min(3).max(120),
    /** Library grouping, e.g. "dict", "list", "records". */
    topic: z.string().regex(/^[a-z0-9-]+$/),
    /** Concepts practised; mastery is tracked per concept. */
    concepts: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    difficulty: z.number().int().min(1).max(3),
    summary: z.string().min(1).max(300),
    /** Versions the exercise is graded in; defaults to every supported version. */
    pythonVersions: z.array(z.enum(PYTHON_VERSIONS)).min(1).default([...PYTHON_VERSIONS]),
    parameters: z.record(identifier, parameterSchema).default({}),
    template: z.string().min(1),
    parts: z.array(partSchema).min(1),
    hints: z.array(z.string().min(1)).default([]),
    explanation: z.string().min(1),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const ids = exercise.parts.map((p) => p.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: ["parts", i, "id"], message: `duplicate part id "${id}"` });
    });
    const used = new Set<string>();
    for (const text of placeholderTexts(exercise)) {
      for (const match of text.matchAll(PLACEHOLDER)) used.add(match[1]!);
    }
    for (const name of used) {
      if (!(name in exercise.parameters)) {
        ctx.addIssue({ code: "custom", path: ["parameters"], message: `{{${name}}} is used but not declared` });
      }
    }
    for (const name of Object.keys(exercise.parameters)) {
      if (!used.has(name)) {
        ctx.addIssue({ code: "custom", path: ["parameters", name], message: `parameter "${name}" is never used` });
      }
    }
  });

/** A validated exercise file (defaults applied). */
export type ExerciseFile = z.infer<typeof exerciseFileSchema>;

/** Every string in which `{{name}}` placeholders are substituted. */
export function placeholderTexts(exercise: Pick<ExerciseFile, "template" | "parts">): string[] {
  const texts = [exercise.template];
  for (const part of exercise.parts) {
    if (part.kind === "trace") part.steps.forEach((s) => "expression" in s.measure && texts.push(s.measure.expression));
    else if (part.kind === "ranking") part.items.forEach((s) => "expression" in s.measure && texts.push(s.measure.expression));
    else if (part.kind === "threshold") texts.push(part.step, part.measure.expression);
    else if ("expression" in part.measure) texts.push(part.measure.expression);
  }
  return texts;
}
