// Reads and validates the exercise library (content/exercises/*.yaml). Used by the seed, the tests
// and, later, by import/export, so the built-in library and uploaded files take the same path.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { exerciseFileSchema, SLUG_PATTERN, type ExerciseFile } from "@/lib/content/schema";

export const EXERCISE_DIR = path.join("content", "exercises");

export interface LoadedExercise {
  /** The file name without `.yaml`; the exercise's stable identifier. */
  slug: string;
  exercise: ExerciseFile;
  /** Canonical JSON of `exercise`, stored as ExerciseRevision.content. */
  content: string;
  /** sha256 of `content`: a revision is only added when it changes. */
  contentHash: string;
}

export class ExerciseFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}:\n  ${problems.join("\n  ")}`);
    this.name = "ExerciseFileError";
  }
}

/** Parses and validates one exercise file's text; throws ExerciseFileError listing every problem. */
export function parseExerciseFile(slug: string, text: string, file = `${slug}.yaml`): LoadedExercise {
  if (!SLUG_PATTERN.test(slug)) {
    throw new ExerciseFileError(file, ["file name must be kebab-case (a-z, 0-9, dashes)"]);
  }
  let raw: unknown;
  try {
    raw = parse(text, { strict: true, uniqueKeys: true });
  } catch (error) {
    throw new ExerciseFileError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const parsed = exerciseFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ExerciseFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`),
    );
  }
  const content = JSON.stringify(parsed.data);
  return {
    slug,
    exercise: parsed.data,
    content,
    contentHash: createHash("sha256").update(content).digest("hex"),
  };
}

/** Loads every `*.yaml` in `dir`, sorted by slug; throws one error naming every bad file. */
export function loadExerciseLibrary(dir: string = EXERCISE_DIR): LoadedExercise[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
  const loaded: LoadedExercise[] = [];
  const errors: string[] = [];
  for (const file of files) {
    try {
      loaded.push(parseExerciseFile(file.slice(0, -".yaml".length), readFileSync(path.join(dir, file), "utf8"), file));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  if (errors.length > 0) throw new Error(`Invalid exercise files in ${dir}:\n${errors.join("\n")}`);
  return loaded;
}
