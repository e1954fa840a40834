// Seeded variants: each learner gets stable parameter values for an exercise (same on every
// reload, usually different between learners). Pure: usable on the server and in the browser.
import { PLACEHOLDER, type ExerciseFile, type Parameter } from "@/lib/content/schema";
import { mulberry32 as prng } from "@/lib/prng";

export type ParameterValue = number | string;

export interface Variant {
  seed: number;
  values: Record<string, ParameterValue>;
  /** The template with every `{{name}}` replaced. */
  source: string;
}

/** 32-bit FNV-1a: a stable, well-spread seed from a learner id and an exercise slug. */
export function variantSeedFor(userId: string, slug: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${userId}\u0000${slug}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}

function pick(parameter: Parameter, random: () => number): ParameterValue {
  switch (parameter.kind) {
    case "int":
      return parameter.min + Math.floor(random() * (parameter.max - parameter.min + 1));
    case "choice":
    case "name":
      return parameter.values[Math.floor(random() * parameter.values.length)]!;
    default: {
      const unreachable: never = parameter;
      throw new Error(`unknown parameter ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A Python string literal in repr() style (single quotes unless the text contains one). */
export function pythonStringLiteral(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\t/g, "\\t")
    .replace(new RegExp(quote, "g"), `\\${quote}`);
  return `${quote}${body}${quote}`;
}

function toPython(parameter: Parameter, value: ParameterValue): string {
  if (parameter.kind === "name" || typeof value === "number") return String(value);
  return pythonStringLiteral(value);
}

/** Replaces `{{name}}` placeholders in `text` with the variant's Python literals. */
export function substitute(text: string, exercise: Pick<ExerciseFile, "parameters">, values: Record<string, ParameterValue>): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const parameter = exercise.parameters[name];
    const value = values[name];
    if (!parameter || value === undefined) throw new Error(`no value for parameter ${name}`);
    return toPython(parameter, value);
  });
}

/** The variant of `exercise` for `seed`: parameters are drawn in name order, so adding none changes none. */
export function variantFor(exercise: Pick<ExerciseFile, "parameters" | "template">, seed: number): Variant {
  const random = prng(seed);
  const values: Record<string, ParameterValue> = {};
  for (const name of Object.keys(exercise.parameters).sort()) {
    values[name] = pick(exercise.parameters[name]!, random);
  }
  return { seed, values, source: substitute(exercise.template, exercise, values) };
}
