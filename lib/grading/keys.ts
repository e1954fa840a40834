// Answer keys: every part of an exercise names what to measure, and the simulator computes the
// value for one variant in one Python version. Nothing here is typed by hand.
//
// One simulator run per version answers every exact/estimate/trace/ranking part: the variant's
// source runs first, then an epilogue prints each expression measure after a marker line (and,
// for diagnosis, the "deep" size of what each getsizeof measured). Threshold parts mutate the
// program's state, so each gets its own run with the step in a loop.
import { runProgram, type Observation, type SizeExplanation } from "@/lib/simulator";
import type { ExerciseFile, Measure, Part } from "@/lib/content/schema";

/** A measured number plus what the grader knows about where it came from. */
export interface Measured {
  value: number;
  /** The byte breakdown when exactly one getsizeof call produced this value. */
  explanation: SizeExplanation | null;
  /** Source text of the object measured (the getsizeof argument), when known. */
  expression: string | null;
  /** getsizeof of the object plus getsizeof of everything it directly refers to, when computable. */
  deep: number | null;
}

export type PartKey =
  | { kind: "exact" | "estimate"; measured: Measured }
  | { kind: "trace"; steps: Measured[] }
  | { kind: "ranking"; items: Measured[] }
  | {
      kind: "threshold";
      /** Steps until the measure first changed; null when it never did within maxSteps. */
      steps: number | null;
      /** The measure after 0, 1, 2, … steps (a little past the change, for the chart). */
      series: number[];
      before: Measured | null;
      after: Measured | null;
    };

export interface VersionKeys {
  version: string;
  /** Why this version has no keys (the program or a measure failed), else null. */
  error: string | null;
  parts: Record<string, PartKey>;
  /**
   * Fills in `deep` on this version's measures (one more simulator run). Deferred because only a
   * wrong answer's diagnosis needs it, and only in the learner's version. Idempotent.
   */
  fillDeep?: () => void;
}

const MARK = "@@bw";
const END = "@@bw-end";

// The epilogue's helper: shallow size of the contents one level down (what "deep" answers add).
const DEEP_HELPER = [
  "import sys",
  "def __bw_contents(o):",
  "    if isinstance(o, dict):",
  "        return sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in o.items())",
  "    if isinstance(o, (list, tuple, set, frozenset)):",
  "        return sum(sys.getsizeof(x) for x in o)",
  "    if hasattr(o, '__dict__'):",
  "        return sys.getsizeof(o.__dict__) + sum(sys.getsizeof(v) for v in vars(o).values())",
  "    if hasattr(type(o), '__slots__'):",
  "        return sum(sys.getsizeof(getattr(o, n)) for n in type(o).__slots__ if hasattr(o, n))",
  "    return -1",
];

// Grading runs on the server's event loop: a budget well under the simulator's default keeps a
// runaway authored template from stalling other requests (library exercises use a few thousand).
export const GRADING_MAX_STEPS = 2_000_000;

const GETSIZEOF_CALL = /^\s*sys\.getsizeof\(([\s\S]+)\)\s*$/;

function allMeasures(part: Part): Measure[] {
  switch (part.kind) {
    case "exact":
    case "estimate":
      return [part.measure];
    case "trace":
      return part.steps.map((s) => s.measure);
    case "ranking":
      return part.items.map((s) => s.measure);
    case "threshold":
      return [];
  }
}

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!/^-?[0-9]+(?:\.[0-9]*)?(?:e[+-]?[0-9]+)?$/i.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

function lineCount(source: string): number {
  return source.endsWith("\n") ? source.split("\n").length - 1 : source.split("\n").length;
}

class MeasureError extends Error {}

/** Computes every part's key for one variant source in one version. Never throws. */
export function computeVersionKeys(exercise: Pick<ExerciseFile, "parts">, source: string, version: string, options: { deep?: boolean } = {}): VersionKeys {
  try {
    let filler: (() => void) | null = null;
    const parts = computeOrThrow(exercise, source, version, (fill) => (filler = fill));
    let filled = false;
    const fillDeep = () => {
      if (filled || !filler) return;
      filled = true;
      filler();
    };
    if (options.deep) fillDeep();
    return { version, error: null, parts, fillDeep };
  } catch (error) {
    return { version, error: (error as Error).message, parts: {} };
  }
}

function computeOrThrow(
  exercise: Pick<ExerciseFile, "parts">,
  source: string,
  version: string,
  deferDeep: (fill: () => void) => void,
): Record<string, PartKey> {
  const base = source.endsWith("\n") ? source : `${source}\n`;
  const templateLines = lineCount(base);

  // ## The shared run: template, marker, one print per expression measure.
  const expressions: string[] = [];
  for (const part of exercise.parts) {
    for (const m of allMeasures(part)) if ("expression" in m && !expressions.includes(m.expression)) expressions.push(m.expression);
  }
  const epilogue: string[] = ["import sys", `print('${END}')`];
  const exprLine = new Map<string, number>();
  for (const expression of expressions) {
    epilogue.push(`print('${MARK}', ${expression})`);
    exprLine.set(expression, templateLines + epilogue.length);
  }
  const needsRun = exercise.parts.some((p) => p.kind !== "threshold");
  let outputs: (number | null)[] = [];
  const exprValues = new Map<string, Measured>();
  if (needsRun) {
    const run1 = runProgram(base + epilogue.join("\n") + "\n", { python: version, maxSteps: GRADING_MAX_STEPS });
    if (run1.error) throw new MeasureError(describeError(run1.error, run1.errorLine, templateLines));
    const { templateOut, marked } = splitStdout(run1.stdout);
    outputs = templateOut.map(parseNumber);
    const templateObs = run1.observations.filter((o) => o.line <= templateLines);
    const measuredObjects = new Set<string>();
    const outputMeasured = matchOutputsToObservations(outputs, templateObs);
    expressions.forEach((expression, i) => {
      const value = parseNumber(marked[i] ?? "");
      if (value === null) throw new MeasureError(`measure \`${expression}\` did not give a number (got ${JSON.stringify(marked[i] ?? "")})`);
      const onLine = run1.observations.filter((o) => o.line === exprLine.get(expression));
      const single = onLine.length === 1 ? onLine[0]! : null;
      const call = GETSIZEOF_CALL.exec(expression);
      const objectExpression = single?.expression ?? (call ? call[1]!.trim() : null);
      exprValues.set(expression, {
        value,
        explanation: single && single.value === value ? single.explanation : single?.explanation ?? null,
        expression: objectExpression,
        deep: null,
      });
      if (objectExpression) measuredObjects.add(objectExpression);
    });
    for (const m of outputMeasured) if (m?.expression) measuredObjects.add(m.expression);
    const resolve = (measure: Measure): Measured => {
      if ("expression" in measure) return exprValues.get(measure.expression)!;
      const value = outputs[measure.output - 1];
      if (value === undefined) throw new MeasureError(`the program prints fewer than ${measure.output} lines`);
      if (value === null) throw new MeasureError(`printed line ${measure.output} is not a number`);
      return outputMeasured[measure.output - 1] ?? { value, explanation: null, expression: null, deep: null };
    };
    const keys: Record<string, PartKey> = {};
    for (const part of exercise.parts) {
      if (part.kind === "exact" || part.kind === "estimate") keys[part.id] = { kind: part.kind, measured: resolve(part.measure) };
      else if (part.kind === "trace") keys[part.id] = { kind: "trace", steps: part.steps.map((s) => resolve(s.measure)) };
      else if (part.kind === "ranking") keys[part.id] = { kind: "ranking", items: part.items.map((s) => resolve(s.measure)) };
    }
    for (const part of exercise.parts) if (part.kind === "threshold") keys[part.id] = thresholdKey(base, part, version);
    // Deep sizes (a second run, on demand): for each measured object, its shallow size at the end
    // (to check it did not change after it was measured) and the sizes of its contents.
    deferDeep(() => {
      const deep = computeDeepSizes(base, [...measuredObjects], version);
      const measuredNow = new Set<Measured>([...exprValues.values(), ...outputMeasured.filter((m): m is Measured => !!m)]);
      for (const m of measuredNow) {
        const d = m.expression ? deep.get(m.expression) : undefined;
        // Only when the object still has the size it was measured with (it was not changed later).
        if (d && d.shallow === (m.explanation?.total ?? m.value)) m.deep = d.shallow + d.contents;
      }
    });
    return keys;
  }
  const keys: Record<string, PartKey> = {};
  for (const part of exercise.parts) if (part.kind === "threshold") keys[part.id] = thresholdKey(base, part, version);
  return keys;
}

function splitStdout(stdout: string): { templateOut: string[]; marked: string[] } {
  const lines = stdout.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const end = lines.indexOf(END);
  const templateOut = end < 0 ? lines : lines.slice(0, end);
  const marked = (end < 0 ? [] : lines.slice(end + 1))
    .filter((l) => l.startsWith(`${MARK} `))
    .map((l) => l.slice(MARK.length + 1));
  return { templateOut, marked };
}

/**
 * Pairs each printed number with the getsizeof call that produced it: calls are taken in
 * execution order, and a printed line claims the next call whose value equals it.
 */
function matchOutputsToObservations(outputs: (number | null)[], observations: Observation[]): (Measured | null)[] {
  let next = 0;
  return outputs.map((value) => {
    if (value === null) return null;
    for (let i = next; i < observations.length; i++) {
      if (observations[i]!.value === value) {
        next = i + 1;
        const o = observations[i]!;
        return { value, explanation: o.explanation, expression: o.expression, deep: null };
      }
    }
    return { value, explanation: null, expression: null, deep: null };
  });
}

/** Shallow and contents sizes of each object expression, evaluated after everything else. */
function computeDeepSizes(base: string, objects: string[], version: string): Map<string, { shallow: number; contents: number }> {
  const result = new Map<string, { shallow: number; contents: number }>();
  if (objects.length === 0) return result;
  const lines = [...DEEP_HELPER];
  for (const o of objects) {
    // Each in its own try: an expression that cannot be re-evaluated just gets no deep size.
    lines.push("try:", `    print('${MARK}', sys.getsizeof(${o}), __bw_contents(${o}))`, "except Exception:", `    print('${MARK}', -1, -1)`);
  }
  const run = runProgram(`${base}print('${END}')\n${lines.join("\n")}\n`, { python: version, maxSteps: GRADING_MAX_STEPS });
  if (run.error) return result;
  const { marked } = splitStdout(run.stdout);
  objects.forEach((o, i) => {
    const [shallow, contents] = (marked[i] ?? "").split(" ").map(Number);
    if (shallow !== undefined && contents !== undefined && shallow >= 0 && contents >= 0) result.set(o, { shallow, contents });
  });
  return result;
}

function indent(code: string): string {
  return code.split("\n").map((l) => `    ${l}`).join("\n");
}

function thresholdKey(base: string, part: Extract<Part, { kind: "threshold" }>, version: string): PartKey {
  const measure = part.measure.expression;
  const prologue = ["import sys", `__bw_base = ${measure}`, `print('${END}')`, `print('${MARK}', __bw_base)`, "__bw_first = 0", `for i in range(${part.maxSteps}):`];
  const loopStart = lineCount(base) + prologue.length;
  const loop = [
    indent(part.step),
    `    __bw_v = ${measure}`,
    `    print('${MARK}', __bw_v)`,
    "    if __bw_first == 0 and __bw_v != __bw_base:",
    "        __bw_first = i + 1",
    // Keep going a little past the change so the chart shows the new plateau.
    "    if __bw_first and i + 1 >= __bw_first + 3:",
    "        break",
  ];
  const measureLine = loopStart + lineCount(indent(part.step)) + 1;
  const run = runProgram(`${base}${prologue.join("\n")}\n${loop.join("\n")}\n`, { python: version, maxSteps: GRADING_MAX_STEPS });
  if (run.error) throw new MeasureError(describeError(run.error, run.errorLine, lineCount(base)));
  const { marked } = splitStdout(run.stdout);
  const series = marked.map((m) => parseNumber(m));
  if (series.some((v) => v === null) || series.length === 0) throw new MeasureError(`threshold measure \`${measure}\` did not give numbers`);
  const values = series as number[];
  const firstChange = values.findIndex((v) => v !== values[0]);
  const steps = firstChange < 0 ? null : firstChange;
  const inLoop = run.observations.filter((o) => o.line === measureLine);
  const baseObs = run.observations.find((o) => o.line === lineCount(base) + 2) ?? null;
  const asMeasured = (o: Observation | null | undefined): Measured | null =>
    o ? { value: o.value, explanation: o.explanation, expression: o.expression, deep: null } : null;
  return {
    kind: "threshold",
    steps,
    series: values,
    before: steps === null ? null : steps === 1 ? asMeasured(baseObs) : asMeasured(inLoop[steps - 2]),
    after: steps === null ? null : asMeasured(inLoop[steps - 1]),
  };
}

function describeError(error: string, line: number | undefined, templateLines: number): string {
  if (line !== undefined && line > templateLines) return `a measure failed: ${error}`;
  return line !== undefined ? `${error} (template line ${line})` : error;
}

/** The part's key value(s) as plain numbers: what is compared with the learner's answer. */
export function keyNumbers(key: PartKey): number[] {
  switch (key.kind) {
    case "exact":
    case "estimate":
      return [key.measured.value];
    case "trace":
      return key.steps.map((s) => s.value);
    case "ranking":
      return key.items.map((s) => s.value);
    case "threshold":
      return key.steps === null ? [] : [key.steps];
  }
}
