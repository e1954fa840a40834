// Grading: compare a learner's answer with the simulator's key for their version, diagnose a wrong
// one, and build what the feedback shows once the answer is known (every version's value, the
// breakdown, the layout picture, the growth chart). Pure: no database, no request state.
import type { SizeExplanation } from "@/lib/simulator";
import type { ExerciseFile, Part } from "@/lib/content/schema";
import { computeVersionKeys, type Measured, type PartKey, type VersionKeys } from "@/lib/grading/keys";
import { parseEstimateAnswer, parseIntegerAnswer, parseRankingAnswer, withinTolerance, itemLetter } from "@/lib/grading/answer";
import { diagnoseNumber, diagnoseRanking, diagnoseThreshold, isSortedBy, type Diagnosis } from "@/lib/grading/diagnose";
import { containerOf, growthFamilies, versionRangeLabel, type GrowthContainer } from "@/lib/grading/growth";
import { layoutOf, type Layout } from "@/lib/grading/layout";

// ## Keys for every version, cached

const KEY_CACHE_LIMIT = 500;
const keyCache = new Map<string, VersionKeys[]>();

/**
 * The keys of every part in each of the exercise's versions for one variant. `cacheKey` must
 * change whenever the exercise content does (a revision id or content hash).
 */
export function keysForAllVersions(exercise: Pick<ExerciseFile, "parts" | "pythonVersions">, source: string, cacheKey: string): VersionKeys[] {
  const key = `${cacheKey}\u0000${source}`;
  const hit = keyCache.get(key);
  if (hit) {
    // Refresh recency: Map iteration order is insertion order, so this keeps an LRU.
    keyCache.delete(key);
    keyCache.set(key, hit);
    return hit;
  }
  const keys = exercise.pythonVersions.map((v) => computeVersionKeys(exercise, source, v));
  keyCache.set(key, keys);
  if (keyCache.size > KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value!);
  return keys;
}

// ## Grading one part

export type PartStatus = "correct" | "wrong" | "invalid" | "unavailable";

export interface PartGrade {
  partId: string;
  kind: Part["kind"];
  status: PartStatus;
  /** Why the answer could not be read (status "invalid") or graded ("unavailable"). */
  message: string | null;
  /** The answer as stored: plain decimal numbers, comma-separated for traces and rankings. */
  normalized: string;
  /** Trace parts: which steps were right. */
  stepsCorrect?: boolean[];
  diagnosis: Diagnosis | null;
}

function partKeyIn(keys: VersionKeys[], version: string, partId: string): PartKey | null {
  return keys.find((k) => k.version === version)?.parts[partId] ?? null;
}

function perVersionMeasured(keys: VersionKeys[], partId: string, pick: (k: PartKey) => Measured | null): { version: string; measured: Measured | null }[] {
  return keys.map((k) => ({ version: k.version, measured: k.parts[partId] ? pick(k.parts[partId]!) : null }));
}

/** Grades one part. `answer` holds one string per input (one per step for traces). */
export function gradePart(part: Part, keys: VersionKeys[], version: string, answer: readonly string[]): PartGrade {
  const base = { partId: part.id, kind: part.kind };
  const key = partKeyIn(keys, version, part.id);
  if (!key) {
    const error = keys.find((k) => k.version === version)?.error;
    return { ...base, status: "unavailable", message: `This exercise cannot be graded for Python ${version}${error ? ` (${error})` : ""}.`, normalized: answer.join(","), diagnosis: null };
  }
  const invalid = (message: string): PartGrade => ({ ...base, status: "invalid", message, normalized: answer.join(","), diagnosis: null });
  // Deep sizes feed only the diagnosis of a wrong number; computed on first need, own version only.
  const needDeep = () => keys.find((k) => k.version === version)?.fillDeep?.();

  switch (part.kind) {
    case "exact":
    case "estimate": {
      const parsed = part.kind === "exact" ? parseIntegerAnswer(answer[0] ?? "") : parseEstimateAnswer(answer[0] ?? "");
      if (!parsed.ok) return invalid(parsed.message);
      const measured = (key as Extract<PartKey, { kind: "exact" | "estimate" }>).measured;
      const tolerance = part.kind === "estimate" ? part.tolerance : undefined;
      const correct = tolerance ? withinTolerance(parsed.value, measured.value, tolerance) : parsed.value === measured.value;
      if (!correct) needDeep();
      const diagnosis = correct
        ? null
        : diagnoseNumber(parsed.value, {
            version,
            tolerance,
            perVersion: perVersionMeasured(keys, part.id, (k) => (k.kind === "exact" || k.kind === "estimate" ? k.measured : null)),
          });
      return { ...base, status: correct ? "correct" : "wrong", message: null, normalized: parsed.normalized, diagnosis };
    }
    case "trace": {
      const steps = (key as Extract<PartKey, { kind: "trace" }>).steps;
      const values: number[] = [];
      for (let i = 0; i < part.steps.length; i++) {
        const parsed = parseIntegerAnswer(answer[i] ?? "");
        if (!parsed.ok) return invalid(`Step ${i + 1} (${part.steps[i]!.label}): ${parsed.message}`);
        values.push(parsed.value);
      }
      const stepsCorrect = values.map((v, i) => v === steps[i]!.value);
      const correct = stepsCorrect.every(Boolean);
      let diagnosis: Diagnosis | null = null;
      if (!correct) {
        needDeep();
        // Every step matching one other version is the clearest diagnosis; else the first wrong step's.
        const whole = keys.filter((k) => k.version !== version && k.parts[part.id]?.kind === "trace" &&
          (k.parts[part.id] as Extract<PartKey, { kind: "trace" }>).steps.every((s, i) => s.value === values[i]));
        const firstWrong = stepsCorrect.indexOf(false);
        if (whole.length > 0) {
          diagnosis = diagnoseNumber(values[firstWrong]!, {
            version,
            perVersion: keys.map((k) => ({
              version: k.version,
              measured: whole.some((w) => w.version === k.version) || k.version === version
                ? (k.parts[part.id] as Extract<PartKey, { kind: "trace" }> | undefined)?.steps[firstWrong] ?? null
                : null,
            })),
          });
        }
        for (let i = firstWrong; !diagnosis && i < values.length; i++) {
          if (stepsCorrect[i]) continue;
          const found = diagnoseNumber(values[i]!, {
            version,
            previous: i > 0 ? steps[i - 1] : null,
            perVersion: perVersionMeasured(keys, part.id, (k) => (k.kind === "trace" ? k.steps[i] ?? null : null)),
          });
          if (found) diagnosis = { ...found, message: `Step ${i + 1} (${part.steps[i]!.label}): ${found.message}` };
        }
      }
      return { ...base, status: correct ? "correct" : "wrong", message: null, normalized: values.join(","), stepsCorrect, diagnosis };
    }
    case "ranking": {
      const parsed = parseRankingAnswer(answer[0] ?? "", part.items.length);
      if (!parsed.ok) return invalid(parsed.message);
      const values = (key as Extract<PartKey, { kind: "ranking" }>).items.map((m) => m.value);
      const correct = isSortedBy(parsed.order, values);
      const diagnosis = correct
        ? null
        : diagnoseRanking(parsed.order, version, keys.map((k) => ({
            version: k.version,
            values: k.parts[part.id]?.kind === "ranking" ? (k.parts[part.id] as Extract<PartKey, { kind: "ranking" }>).items.map((m) => m.value) : null,
          })));
      return { ...base, status: correct ? "correct" : "wrong", message: null, normalized: parsed.normalized, diagnosis };
    }
    case "threshold": {
      const parsed = parseIntegerAnswer(answer[0] ?? "");
      if (!parsed.ok) return invalid(parsed.message);
      const steps = (key as Extract<PartKey, { kind: "threshold" }>).steps;
      const correct = steps !== null && parsed.value === steps;
      const diagnosis = correct
        ? null
        : diagnoseThreshold(parsed.value, version, keys.map((k) => ({
            version: k.version,
            steps: k.parts[part.id]?.kind === "threshold" ? (k.parts[part.id] as Extract<PartKey, { kind: "threshold" }>).steps : null,
          })));
      return { ...base, status: correct ? "correct" : "wrong", message: null, normalized: parsed.normalized, diagnosis };
    }
  }
}

// ## What the feedback shows once the answer is known

export interface VersionValue {
  version: string;
  /** Human form: "184", "184 → 184 → 272", "C < A < B", "after 6 steps". */
  display: string;
  /** Same as the learner's version's value. */
  sameAsOwn: boolean;
  error: string | null;
}

export interface ObjectView {
  /** What this breakdown is of: the measured expression, or a step or item label. */
  label: string;
  explanation: SizeExplanation;
  layout: Layout;
}

export interface GrowthChartData {
  title: string;
  xLabel: string;
  families: { label: string; versions: string[]; sizes: number[] }[];
  /** The family the learner's version belongs to (drawn emphasised). */
  ownFamily: number;
  marks: { x: number; y: number; kind: "answer" | "key"; label: string }[];
}

export interface PartReveal {
  partId: string;
  /** The key in the learner's version, in the same human form as `perVersion`. */
  answer: string;
  perVersion: VersionValue[];
  views: ObjectView[];
  growth: GrowthChartData | null;
}

function displayKey(part: Part, key: PartKey | undefined): string | null {
  if (!key) return null;
  switch (key.kind) {
    case "exact":
    case "estimate":
      return key.measured.value.toLocaleString("en-US").replace(/,/g, " ").replace(/ /g, "\u202f");
    case "trace":
      return key.steps.map((s) => String(s.value)).join(" → ");
    case "ranking": {
      const order = key.items.map((_, i) => i).sort((a, b) => key.items[a]!.value - key.items[b]!.value || a - b);
      return order.map((i, n) => (n === 0 ? "" : key.items[i]!.value === key.items[order[n - 1]!]!.value ? " = " : " < ") + itemLetter(i)).join("");
    }
    case "threshold":
      return key.steps === null ? "never (within the steps tried)" : `${key.steps} step${key.steps === 1 ? "" : "s"}`;
  }
  void part;
}

/** Builds the full feedback for one part. `learnerNumber` marks the learner's point on the chart. */
export function revealPart(part: Part, keys: VersionKeys[], version: string, learnerNumber: number | null): PartReveal | null {
  const own = partKeyIn(keys, version, part.id);
  if (!own) return null;
  const ownDisplay = displayKey(part, own)!;
  const perVersion: VersionValue[] = keys.map((k) => {
    const display = displayKey(part, k.parts[part.id]);
    return { version: k.version, display: display ?? "—", sameAsOwn: display === ownDisplay, error: display === null ? k.error ?? "not computed" : null };
  });

  const views: ObjectView[] = [];
  const addView = (label: string, m: Measured | null) => {
    if (m?.explanation) views.push({ label, explanation: m.explanation, layout: layoutOf(m.explanation) });
  };
  if (own.kind === "exact" || own.kind === "estimate") addView(own.measured.expression ?? "the measured object", own.measured);
  else if (own.kind === "trace" && part.kind === "trace") own.steps.forEach((s, i) => addView(part.steps[i]!.label, s));
  else if (own.kind === "ranking" && part.kind === "ranking") own.items.forEach((s, i) => addView(`${itemLetter(i)}: ${part.items[i]!.label}`, s));
  else if (own.kind === "threshold") {
    addView("just before the change", own.before);
    addView("just after the change", own.after);
  }

  const versions = keys.map((k) => k.version);
  let growth: GrowthChartData | null = null;
  if (own.kind === "threshold" && part.kind === "threshold") {
    const series = keys.map((k) => ({ version: k.version, sizes: k.parts[part.id]?.kind === "threshold" ? (k.parts[part.id] as Extract<PartKey, { kind: "threshold" }>).series : [] }));
    const families: GrowthChartData["families"] = [];
    for (const s of series) {
      if (s.sizes.length === 0) continue;
      const same = families.find((f) => f.sizes.length === s.sizes.length && f.sizes.every((v, i) => v === s.sizes[i]));
      if (same) same.versions.push(s.version);
      else families.push({ label: "", versions: [s.version], sizes: s.sizes });
    }
    families.forEach((f) => (f.label = versionRangeLabel(f.versions, versions)));
    const ownSeries = own.series;
    const marks: GrowthChartData["marks"] = [];
    if (own.steps !== null) marks.push({ x: own.steps, y: ownSeries[own.steps]!, kind: "key", label: `first change: step ${own.steps}` });
    if (learnerNumber !== null && learnerNumber >= 0 && learnerNumber < ownSeries.length && learnerNumber !== own.steps) {
      marks.push({ x: learnerNumber, y: ownSeries[learnerNumber]!, kind: "answer", label: `your answer: step ${learnerNumber}` });
    }
    growth = { title: "Size after each step", xLabel: "steps", families, ownFamily: families.findIndex((f) => f.versions.includes(version)), marks };
  } else {
    const first = views.find((v) => containerOf(v.explanation));
    const c = first ? containerOf(first.explanation) : null;
    if (c && first) {
      growth = growthChart(c.container, versions, version, c.items, first.explanation.total, own.kind === "exact" ? learnerNumber : null);
      // A trace marks every step that measured the same kind of container.
      if (own.kind === "trace") {
        growth.marks = views.flatMap((v) => {
          const here = containerOf(v.explanation);
          return here && here.container === c.container ? [{ x: here.items, y: v.explanation.total, kind: "key" as const, label: `${v.label}: ${v.explanation.total} bytes` }] : [];
        });
      }
    }
  }
  return { partId: part.id, answer: ownDisplay, perVersion, views, growth };
}

function growthChart(container: GrowthContainer, versions: string[], version: string, items: number, size: number, learnerNumber: number | null): GrowthChartData {
  const maxItems = Math.max(16, Math.min(64, Math.ceil((items + 4) / 8) * 8));
  const families = growthFamilies(container, versions, maxItems);
  const marks: GrowthChartData["marks"] = [{ x: items, y: size, kind: "key", label: `this ${container}: ${items} items, ${size} bytes` }];
  if (learnerNumber !== null && learnerNumber !== size) marks.push({ x: items, y: learnerNumber, kind: "answer", label: `your answer: ${learnerNumber} bytes` });
  const noun = container === "dict" ? "keys" : "items";
  return {
    title: `getsizeof of a ${container} as ${noun} are added one by one`,
    xLabel: `number of ${noun}`,
    families,
    ownFamily: families.findIndex((f) => f.versions.includes(version)),
    marks,
  };
}
