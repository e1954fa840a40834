// Authoring inputs: the editor posts the whole exercise as JSON (validated again with the content
// file schema on the server) plus the slug and whether it is new.
import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/schema";

export const exerciseSlugSchema = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(80, "Use at most 80 characters.")
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single dashes (it becomes the file name).");

export const saveExerciseInputSchema = z.object({
  mode: z.enum(["create", "edit"]),
  slug: exerciseSlugSchema,
  /** The exercise file as JSON (what content/exercises/<slug>.yaml would hold). */
  content: z.string().min(2).max(200_000),
});
export type SaveExerciseInput = z.infer<typeof saveExerciseInputSchema>;

export const publishExerciseInputSchema = z.object({ slug: exerciseSlugSchema });

/** Upload limits for importing content files. */
export const IMPORT_MAX_FILES = 200;
export const IMPORT_MAX_BYTES = 2_000_000;
