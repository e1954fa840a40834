// The author's preview and the publishing rules, computed by the same simulator and answer-key
// code the grader uses. Pure: runs in the browser (live preview in a worker) and on the server
// (the publish check, which the browser cannot be trusted with).
import type { ExerciseFile } from "@/lib/content/schema";
import { variantFor, type ParameterValue } from "@/lib/content/variant";
import { computeVersionKeys, keyNumbers } from "@/lib/grading/keys";

/** Seeds shown in the live preview. */
export const PREVIEW_SEEDS = [1, 2, 3] as const;
/** Seeds the publish check tries: enough that two-valued parameters almost surely vary. */
export const PUBLISH_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export interface PreviewCell {
  version: string;
  /** The simulator's message when the variant fails in this version. */
  error: string | null;
  /** 1-based template line of the error, when known (for editor markers). */
  errorLine: number | null;
  /** Per part id, its key numbers (one per trace step; ranking order; threshold steps). */
  parts: Record<string, number[]>;
}

export interface PreviewVariant {
  seed: number;
  values: Record<string, ParameterValue>;
  source: string;
  versions: PreviewCell[];
}

const TEMPLATE_LINE = /\(template line (\d+)\)$/;

/** Answer keys of `exercise` for each seed in each of its versions. */
export function previewExercise(exercise: ExerciseFile, seeds: readonly number[] = PREVIEW_SEEDS): PreviewVariant[] {
  return seeds.map((seed) => {
    const variant = variantFor(exercise, seed);
    const versions = exercise.pythonVersions.map((version): PreviewCell => {
      const keys = computeVersionKeys(exercise, variant.source, version);
      if (keys.error) {
        const line = TEMPLATE_LINE.exec(keys.error);
        return { version, error: keys.error, errorLine: line ? Number(line[1]) : null, parts: {} };
      }
      const parts: Record<string, number[]> = {};
      for (const part of exercise.parts) {
        const key = keys.parts[part.id];
        parts[part.id] = key ? keyNumbers(key) : [];
      }
      return { version, error: null, errorLine: null, parts };
    });
    return { seed, values: variant.values, source: variant.source, versions };
  });
}

/**
 * Why `exercise` cannot be published (empty when it can): its code fails in one of its versions
 * for some variant, or it declares parameters yet every variant gets the same answers.
 */
export function publishProblems(exercise: ExerciseFile, seeds: readonly number[] = PUBLISH_SEEDS): string[] {
  const problems: string[] = [];
  const variants = previewExercise(exercise, seeds);
  const failures = new Map<string, string[]>();
  for (const v of variants) {
    for (const cell of v.versions) {
      if (!cell.error) continue;
      const list = failures.get(cell.error) ?? [];
      if (!list.includes(cell.version)) list.push(cell.version);
      failures.set(cell.error, list);
    }
  }
  for (const [error, versions] of failures) problems.push(`The code fails on Python ${versions.join(", ")}: ${error}`);
  if (Object.keys(exercise.parameters).length > 0 && failures.size === 0) {
    const signatures = new Set(variants.map((v) => JSON.stringify(v.versions.map((c) => c.parts))));
    if (signatures.size < 2) {
      problems.push(`It declares parameters, but all ${seeds.length} variants tried give the same answers in every version: make a parameter change what is measured, or remove the parameters.`);
    }
  }
  return problems;
}
