// The exercise editor's form model: what the structured form edits (one row per parameter, part,
// step and hint, every field as the text the author typed), its conversion to and from an exercise
// file, an "Edit as YAML" text for the parameters, parts and hints, and zod issues mapped onto the
// form's fields. Pure (no React): used by the editor in the browser and by the unit tests; the
// server validates what the form sends with the same schema (lib/actions/authoring.ts).
import { parse, stringify } from "yaml";
import type { z } from "zod";
import { exerciseFileSchema, type ExerciseFile } from "@/lib/content/schema";
import { PYTHON_VERSIONS } from "@/lib/validation/python";

export type ParameterKind = "int" | "choice" | "name";
export type PartKind = "exact" | "estimate" | "trace" | "ranking" | "threshold";
export type MeasureType = "expression" | "output";

export const PARAMETER_KINDS: { value: ParameterKind; label: string }[] = [
  { value: "int", label: "Integer range" },
  { value: "choice", label: "Choice of values" },
  { value: "name", label: "Choice of identifiers" },
];

export const PART_KINDS: { value: PartKind; label: string }[] = [
  { value: "exact", label: "Exact number" },
  { value: "estimate", label: "Estimate within a tolerance" },
  { value: "trace", label: "Trace: one number per step" },
  { value: "ranking", label: "Ranking: order items smallest first" },
  { value: "threshold", label: "Threshold: runs until it changes" },
];

export interface MeasureRow {
  type: MeasureType;
  expression: string;
  /** 1-based printed line, as typed. */
  output: string;
}

export interface ParameterRow {
  /** Stable React key; never part of the exercise. */
  key: string;
  name: string;
  kind: ParameterKind;
  min: string;
  max: string;
  /** One value per line (see formatValue / parseValueLine). */
  values: string;
}

export interface StepRow {
  key: string;
  label: string;
  measure: MeasureRow;
}

export interface PartRow {
  key: string;
  id: string;
  kind: PartKind;
  prompt: string;
  /** exact and estimate. */
  measure: MeasureRow;
  /** estimate: relative tolerance as typed (0.05 = 5%). */
  tolerance: string;
  /** trace steps or ranking items (kept when the kind changes, so nothing typed is lost). */
  steps: StepRow[];
  /** threshold: the statement run each time, the expression measured and the step limit. */
  step: string;
  thresholdMeasure: string;
  maxSteps: string;
}

export interface HintRow {
  key: string;
  text: string;
}

export interface FormModel {
  title: string;
  topic: string;
  /** Comma-separated. */
  concepts: string;
  difficulty: string;
  summary: string;
  versions: string[];
  template: string;
  parameters: ParameterRow[];
  parts: PartRow[];
  hints: HintRow[];
  explanation: string;
  /** "Edit as YAML": while set, this text (parameters, parts and hints) replaces the three lists. */
  yaml: string | null;
}

let counter = 0;
/** A fresh row key (unique within the page). */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export const emptyMeasure = (): MeasureRow => ({ type: "expression", expression: "", output: "" });
export const emptyParameter = (): ParameterRow => ({ key: newKey("p"), name: "", kind: "int", min: "", max: "", values: "" });
export const emptyStep = (): StepRow => ({ key: newKey("s"), label: "", measure: emptyMeasure() });
export const emptyPart = (): PartRow => ({
  key: newKey("q"), id: "", kind: "exact", prompt: "", measure: emptyMeasure(), tolerance: "", steps: [emptyStep(), emptyStep()], step: "", thresholdMeasure: "", maxSteps: "",
});
export const emptyHint = (): HintRow => ({ key: newKey("h"), text: "" });

// ## Values and numbers as text

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A choice value as one line: numbers as written, strings bare unless they would read back as a
 * number or otherwise change (then JSON-quoted).
 */
export function formatValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const bare = value.length > 0 && value.trim() === value && !NUMBER_TEXT.test(value) && !value.startsWith('"') && !value.includes("\n");
    return bare ? value : JSON.stringify(value);
  }
  return JSON.stringify(value) ?? "";
}

/** Reads one line back: a number, a JSON-quoted string, or the bare text. */
export function parseValueLine(line: string): { value: string | number } | { error: string } {
  const text = line.trim();
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "string") return { value };
    } catch {
      // falls through
    }
    return { error: `${text} is not a complete quoted string` };
  }
  if (NUMBER_TEXT.test(text)) return { value: Number(text) };
  return { value: text };
}

/** A numeric field's text as a number when it is one, else the text (the schema then says "Enter a number"). */
function numberOrText(text: string): unknown {
  const t = text.trim();
  if (t === "") return undefined;
  return NUMBER_TEXT.test(t) ? Number(t) : t;
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
}

// ## Exercise (or raw YAML data) → form

function measureRow(raw: unknown): MeasureRow {
  const m = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  if ("output" in m && !("expression" in m)) return { type: "output", expression: "", output: textOf(m.output) };
  return { type: "expression", expression: textOf(m.expression), output: "" };
}

function objectOf(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

function parameterRows(raw: unknown): ParameterRow[] {
  return Object.entries(objectOf(raw)).map(([name, value]) => {
    const p = objectOf(value);
    const kind = (["int", "choice", "name"].includes(p.kind as string) ? p.kind : "int") as ParameterKind;
    const values = Array.isArray(p.values) ? p.values.map(formatValue).join("\n") : "";
    return { key: newKey("p"), name, kind, min: textOf(p.min), max: textOf(p.max), values };
  });
}

function partRows(raw: unknown): PartRow[] {
  return (Array.isArray(raw) ? raw : []).map((value) => {
    const p = objectOf(value);
    const kind = (PART_KINDS.some((k) => k.value === p.kind) ? p.kind : "exact") as PartKind;
    const list = kind === "ranking" ? p.items : p.steps;
    const row = emptyPart();
    return {
      ...row,
      id: textOf(p.id),
      kind,
      prompt: textOf(p.prompt),
      measure: kind === "exact" || kind === "estimate" ? measureRow(p.measure) : row.measure,
      tolerance: textOf(p.tolerance),
      steps: kind === "trace" || kind === "ranking" ? (Array.isArray(list) ? list : []).map((s) => ({ key: newKey("s"), label: textOf(objectOf(s).label), measure: measureRow(objectOf(s).measure) })) : row.steps,
      step: kind === "threshold" ? textOf(p.step) : "",
      thresholdMeasure: kind === "threshold" ? textOf(objectOf(p.measure).expression) : "",
      maxSteps: textOf(p.maxSteps),
    };
  });
}

function hintRows(raw: unknown): HintRow[] {
  return (Array.isArray(raw) ? raw : []).map((h) => ({ key: newKey("h"), text: textOf(h) }));
}

/** The form showing a (validated) exercise. */
export function formFromExercise(e: ExerciseFile): FormModel {
  return {
    title: e.title, topic: e.topic, concepts: e.concepts.join(", "), difficulty: String(e.difficulty), summary: e.summary,
    versions: [...e.pythonVersions], template: e.template,
    parameters: parameterRows(e.parameters), parts: partRows(e.parts), hints: hintRows(e.hints),
    explanation: e.explanation, yaml: null,
  };
}

/** The form a new exercise starts from: a working template with one parameter and one part. */
export function starterForm(): FormModel {
  return {
    title: "", topic: "list", concepts: "list-growth", difficulty: "1", summary: "",
    versions: [...PYTHON_VERSIONS],
    template: "import sys\n\nitems = list(range({{n}}))\nprint(sys.getsizeof(items))\n",
    parameters: [{ ...emptyParameter(), name: "n", kind: "int", min: "1", max: "20" }],
    parts: [{ ...emptyPart(), id: "size", prompt: "What does line 4 print?", measure: { type: "output", expression: "", output: "1" } }],
    hints: [],
    explanation: "",
    yaml: null,
  };
}

// ## Form → exercise data

function measureData(m: MeasureRow): unknown {
  return m.type === "output" ? { output: numberOrText(m.output) } : { expression: m.expression };
}

function stepData(s: StepRow): unknown {
  return { label: s.label, measure: measureData(s.measure) };
}

function partData(p: PartRow): Record<string, unknown> {
  const base = { id: p.id.trim(), kind: p.kind, prompt: p.prompt };
  switch (p.kind) {
    case "exact":
      return { ...base, measure: measureData(p.measure) };
    case "estimate":
      return { ...base, measure: measureData(p.measure), tolerance: numberOrText(p.tolerance) };
    case "trace":
      return { ...base, steps: p.steps.map(stepData) };
    case "ranking":
      return { ...base, items: p.steps.map(stepData) };
    case "threshold":
      return { ...base, step: p.step, measure: { expression: p.thresholdMeasure }, maxSteps: numberOrText(p.maxSteps) };
  }
}

/** Problems the schema cannot see because the form's rows hold them (keyed by form field). */
export type FieldErrors = Record<string, string[]>;

function addError(errors: FieldErrors, key: string, message: string) {
  const list = (errors[key] ??= []);
  if (!list.includes(message)) list.push(message);
}

interface ListsData {
  parameters: Record<string, unknown>;
  parts: unknown[];
  hints: unknown[];
}

function listsFromRows(form: Pick<FormModel, "parameters" | "parts" | "hints">, errors: FieldErrors): ListsData {
  const parameters: Record<string, unknown> = {};
  form.parameters.forEach((row, i) => {
    const name = row.name.trim();
    if (name === "") addError(errors, `parameters.${i}.name`, "Give the parameter a name.");
    else if (Object.hasOwn(parameters, name)) addError(errors, `parameters.${i}.name`, `Another parameter is already called "${name}".`);
    if (name === "" || Object.hasOwn(parameters, name)) return;
    if (row.kind === "int") {
      parameters[name] = { kind: "int", min: numberOrText(row.min), max: numberOrText(row.max) };
    } else {
      const values: unknown[] = [];
      for (const line of row.values.split("\n")) {
        if (line.trim() === "") continue;
        const read = parseValueLine(line);
        if ("error" in read) addError(errors, `parameters.${i}.values`, read.error);
        else values.push(row.kind === "name" ? String(read.value) : read.value);
      }
      parameters[name] = { kind: row.kind, values };
    }
  });
  return {
    parameters,
    parts: form.parts.map(partData),
    hints: form.hints.map((h) => h.text),
  };
}

/** The parameters, parts and hints as the "Edit as YAML" text (the content files' notation). */
export function yamlFromRows(form: Pick<FormModel, "parameters" | "parts" | "hints">): { yaml: string } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const lists = listsFromRows(form, errors);
  if (Object.keys(errors).length) return { errors };
  return { yaml: stringify(lists, { lineWidth: 0 }) };
}

/** Reads the "Edit as YAML" text; an error (keyed "yaml") when it is not YAML the form can show without loss. */
export function rowsFromYaml(text: string): { rows: Pick<FormModel, "parameters" | "parts" | "hints"> } | { error: string } {
  const read = readYaml(text);
  if ("error" in read) return read;
  const rows = { parameters: parameterRows(read.data.parameters), parts: partRows(read.data.parts), hints: hintRows(read.data.hints) };
  // Anything the rows cannot hold (a misspelt key, a nested list where text belongs) stays in YAML.
  const back = listsFromRows(rows, {});
  if (JSON.stringify(canonicalLists(back)) !== JSON.stringify(canonicalLists(read.data))) {
    return { error: "The form cannot show everything in this YAML (an unknown key, or a value of the wrong type). Fix it here, or save it as YAML: the server will list the problems." };
  }
  return { rows };
}

function readYaml(text: string): { data: ListsData & Record<string, unknown> } | { error: string } {
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : parse(text, { strict: true, uniqueKeys: true });
  } catch (error) {
    return { error: `Not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { error: "Write a mapping with the keys parameters, parts and hints." };
  const extra = Object.keys(data).filter((k) => !["parameters", "parts", "hints"].includes(k));
  if (extra.length) return { error: `Only parameters, parts and hints belong here, not ${extra.join(", ")}.` };
  const d = data as Record<string, unknown>;
  if (d.parameters !== undefined && d.parameters !== null && (typeof d.parameters !== "object" || Array.isArray(d.parameters))) return { error: "parameters: write a mapping from name to parameter." };
  if (d.parts !== undefined && d.parts !== null && !Array.isArray(d.parts)) return { error: "parts: write a list of parts." };
  if (d.hints !== undefined && d.hints !== null && !Array.isArray(d.hints)) return { error: "hints: write a list of hints." };
  return { data: { ...d, parameters: (d.parameters ?? {}) as Record<string, unknown>, parts: (d.parts ?? []) as unknown[], hints: (d.hints ?? []) as unknown[] } };
}

function canonicalLists(l: ListsData): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  return strip({ parameters: l.parameters, parts: l.parts, hints: l.hints });
}

/** The raw exercise the form describes (not yet validated) and the problems only the form can see. */
export function rawFromForm(form: FormModel): { raw: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let lists: ListsData;
  if (form.yaml !== null) {
    const read = readYaml(form.yaml);
    if ("error" in read) {
      addError(errors, "yaml", read.error);
      lists = { parameters: {}, parts: [], hints: [] };
    } else {
      lists = read.data;
    }
  } else {
    lists = listsFromRows(form, errors);
  }
  const raw = {
    title: form.title.trim(), topic: form.topic.trim(),
    concepts: form.concepts.split(",").map((c) => c.trim()).filter(Boolean),
    difficulty: Number(form.difficulty), summary: form.summary,
    pythonVersions: PYTHON_VERSIONS.filter((v) => form.versions.includes(v)),
    parameters: lists.parameters,
    template: form.template,
    parts: lists.parts,
    hints: lists.hints,
    explanation: form.explanation,
  };
  return { raw, errors };
}

// ## zod issues → form fields

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small" && issue.origin === "string") return Number(issue.minimum) === 1 ? "This cannot be empty." : `Use at least ${String(issue.minimum)} characters.`;
  if (issue.code === "too_big" && issue.origin === "string") return `Use at most ${String(issue.maximum)} characters.`;
  if (issue.code === "invalid_format" && issue.format === "regex" && issue.message.startsWith("Invalid string")) {
    return issue.pattern === "/^[a-z0-9-]+$/" ? "Use lowercase letters, digits and dashes." : `Does not match the required form ${issue.pattern ?? ""}.`.trim();
  }
  if (issue.code === "too_small" && issue.origin === "array") return `Add at least ${String(issue.minimum)}.`;
  if (issue.code === "too_small" && issue.origin === "number") return `Must be ${issue.inclusive ? "at least" : "greater than"} ${String(issue.minimum)}.`;
  if (issue.code === "too_big" && issue.origin === "number") return `Must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}.`;
  if (issue.code === "invalid_type" && issue.expected === "number") return "Enter a number.";
  if (issue.code === "invalid_type" && issue.expected === "int") return "Enter a whole number.";
  if (issue.code === "invalid_key") return (issue.issues[0]?.message ?? issue.message).replace(/^must/, "The name must");
  return issue.message;
}

/**
 * Where an issue of the exercise schema shows in the structured form: `parameters.<row>.<field>`,
 * `parts.<i>.<field>`, `parts.<i>.steps.<j>.<field>`, `hints.<i>`, a metadata field, or "exercise".
 * Parameters are keyed by name in the exercise and by row in the form (`names` maps one to the other);
 * in YAML mode every parameter, part and hint problem shows at the YAML field.
 */
export function fieldKeyOf(path: readonly PropertyKey[], message: string, names: string[] | null): string {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return "exercise";
  if (["parameters", "parts", "hints"].includes(head) && names === null) return "yaml";
  if (head === "concepts" || head === "pythonVersions" || head === "difficulty") return head;
  if (head === "parameters") {
    if (rest.length === 0) return "parameters";
    const row = names!.indexOf(rest[0]!);
    if (row < 0) return "parameters";
    const field = rest[1];
    if (field === undefined) return /min must not exceed max/.test(message) ? `parameters.${row}.max` : `parameters.${row}.name`;
    return `parameters.${row}.${field === "kind" ? "kind" : field === "values" ? "values" : field}`;
  }
  if (head === "parts") {
    if (rest.length === 0) return "parts";
    const [i, field, ...more] = rest;
    if (field === undefined) return `parts.${i}`;
    if (field === "items" || field === "steps") {
      if (more.length === 0) return `parts.${i}.steps`;
      const [j, sub, subField] = more;
      if (sub === "measure") return `parts.${i}.steps.${j}.measure${subField ? `.${subField}` : ""}`;
      return `parts.${i}.steps.${j}${sub ? `.${sub}` : ""}`;
    }
    if (field === "measure") return `parts.${i}.measure${more[0] ? `.${more[0]}` : ""}`;
    return `parts.${i}.${field}`;
  }
  if (head === "hints") return rest.length ? `hints.${rest[0]}` : "hints";
  return head;
}

/** Issues of the exercise schema as messages per form field. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], names: string[] | null, into: FieldErrors = {}): FieldErrors {
  for (const issue of flattenUnions(issues)) {
    const key = fieldKeyOf(issue.path, issue.message, names);
    // One YAML box holds many fields: say which.
    addError(into, key, key === "yaml" ? `${issue.path.map(String).join(".")}: ${friendly(issue)}` : friendly(issue));
  }
  return into;
}

/** A failed union (a measure) reported as the issues of its closest branch, on their own paths. */
function flattenUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    return flattenUnions(closest.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

/**
 * Issues of the exercise schema keyed by their path in the exercise (`parameters.n.min`,
 * `parts.0.prompt`, …): what the server sends back; the form maps them with exercisePathToField.
 */
export function issuesByPath(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of flattenUnions(issues)) addError(out, issue.path.map(String).join(".") || "exercise", friendly(issue));
  return out;
}

/** The server's path-keyed messages placed on the form's fields. */
export function serverErrorsToFields(byPath: FieldErrors, names: string[] | null): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(byPath)) {
    const segments = path === "exercise" ? [] : path.split(".");
    for (const m of messages) {
      const key = fieldKeyOf(segments, m, names);
      addError(out, key, key === "yaml" ? `${path}: ${m}` : m);
    }
  }
  return out;
}

/** Parameter names per row, for fieldKeyOf (null in YAML mode). */
export function parameterNames(form: FormModel): string[] | null {
  return form.yaml === null ? form.parameters.map((p) => p.name.trim()) : null;
}

export interface FormCheck {
  /** The valid exercise, or null. */
  exercise: ExerciseFile | null;
  /** Messages per form field (form-only problems and schema issues). */
  errors: FieldErrors;
  /** What is sent to the server: the exercise, or the raw data when invalid (the server reports the same problems). */
  raw: Record<string, unknown>;
}

/** Full validation, as the server will do on save. */
export function checkForm(form: FormModel): FormCheck {
  const { raw, errors } = rawFromForm(form);
  const parsed = exerciseFileSchema.safeParse(raw);
  if (!parsed.success) issuesToFieldErrors(parsed.error.issues, parameterNames(form), errors);
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { exercise: ok ? parsed.data : null, errors, raw };
}

/**
 * What the live preview runs: the form with placeholder metadata where it is still empty, so the
 * template and parts preview before the title or explanation are written.
 */
export function previewableForm(form: FormModel): FormCheck {
  const { raw, errors } = rawFromForm(form);
  const filled = {
    ...raw,
    title: form.title.trim().length >= 3 ? raw.title : "Untitled draft",
    topic: /^[a-z0-9-]+$/.test(form.topic.trim()) ? raw.topic : "draft",
    concepts: (raw.concepts as string[]).length && (raw.concepts as string[]).every((c) => /^[a-z0-9-]+$/.test(c)) ? raw.concepts : ["draft"],
    difficulty: [1, 2, 3].includes(raw.difficulty as number) ? raw.difficulty : 1,
    summary: raw.summary || "Draft.",
    explanation: raw.explanation || "Draft.",
  };
  const parsed = exerciseFileSchema.safeParse(filled);
  if (!parsed.success) issuesToFieldErrors(parsed.error.issues, parameterNames(form), errors);
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { exercise: ok ? parsed.data : null, errors, raw };
}
