"use server";
// Authoring actions: save an exercise (create a draft, or a new revision), publish it, import
// content files. Problems with the exercise come back as a list the editor shows next to the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { AuthoringError, createExercise, expandUploads, importExerciseFiles, publishExercise, updateExercise, type ImportResult } from "@/lib/data/authoring";
import { IMPORT_MAX_BYTES, IMPORT_MAX_FILES, publishExerciseInputSchema, saveExerciseInputSchema } from "@/lib/validation/authoring";
import { exerciseFileSchema } from "@/lib/content/schema";
import { issuesByPath } from "@/lib/authoring/form";

export interface AuthoringState {
  ok: boolean;
  message: string | null;
  /** Everything wrong with the exercise, one sentence each. */
  problems: string[];
  /** Bumped on every completed call, so the form can announce repeated results. */
  round: number;
  /** Messages per field: the exercise's path (`parameters.n.min`, `parts.0.prompt`, `slug`, …). */
  fieldErrors?: Record<string, string[]>;
}

export interface ImportState {
  ok: boolean;
  message: string | null;
  results: ImportResult[];
}

const fail = (round: number, message: string, problems: string[] = [], fieldErrors: Record<string, string[]> = {}): AuthoringState => ({ ok: false, message, problems, round, fieldErrors });

/** `raw`: the exercise that was refused, re-checked with the data layer's schema for messages per field. */
function caught(round: number, error: unknown, raw?: unknown): AuthoringState {
  if (error instanceof AuthoringError) {
    const checked = raw === undefined ? null : exerciseFileSchema.safeParse(raw);
    const fieldErrors = checked && !checked.success ? issuesByPath(checked.error.issues) : {};
    const slugProblems = error.problems.filter((p) => p.startsWith("slug: ")).map((p) => p.slice("slug: ".length));
    if (slugProblems.length) fieldErrors.slug = slugProblems;
    return fail(round, "The exercise has problems.", error.problems, fieldErrors);
  }
  if (error instanceof AccessError) return fail(round, error.message);
  throw error;
}

/** Creates a draft (mode=create, then opens its editor) or saves a new revision (mode=edit). */
export async function saveExerciseAction(previous: AuthoringState, formData: FormData): Promise<AuthoringState> {
  const round = previous.round + 1;
  const viewer = await getViewer();
  if (!viewer) return fail(round, "Please sign in.");
  const parsed = saveExerciseInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(round, "The exercise has problems.", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`), issuesByPath(parsed.error.issues));
  let raw: unknown;
  try {
    raw = JSON.parse(parsed.data.content);
  } catch {
    return fail(round, "The form sent something that is not JSON; reload the page.");
  }
  let created = false;
  try {
    if (parsed.data.mode === "create") {
      await createExercise(viewer, parsed.data.slug, raw);
      created = true;
    } else {
      const saved = await updateExercise(viewer, parsed.data.slug, raw);
      revalidatePath(`/teach/exercises/${parsed.data.slug}/edit`);
      revalidatePath("/teach");
      return { ok: true, message: saved.changed ? `Saved as revision ${saved.revisionNumber}.` : "No changes to save.", problems: [], round };
    }
  } catch (error) {
    return caught(round, error, raw);
  }
  revalidatePath("/teach");
  // Outside the try: redirect works by throwing.
  if (created) redirect(`/teach/exercises/${parsed.data.slug}/edit?created=1`);
  return fail(round, "Unreachable.");
}

/** Publishes the exercise's current revision if it passes the publishing rules. */
export async function publishExerciseAction(previous: AuthoringState, formData: FormData): Promise<AuthoringState> {
  const round = previous.round + 1;
  const viewer = await getViewer();
  if (!viewer) return fail(round, "Please sign in.");
  const parsed = publishExerciseInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(round, "No such exercise.");
  try {
    await publishExercise(viewer, parsed.data.slug);
  } catch (error) {
    return caught(round, error);
  }
  revalidatePath(`/teach/exercises/${parsed.data.slug}/edit`);
  revalidatePath("/teach");
  revalidatePath("/exercises");
  return { ok: true, message: "Published: learners can now find it in the library and you can assign it.", problems: [], round };
}

const uploadSchema = z.array(z.instanceof(File)).min(1, "Choose at least one .yaml or .tar file.").max(IMPORT_MAX_FILES);

/** Imports uploaded content files (.yaml, or a .tar of them) as the viewer's exercises. */
export async function importExercisesAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Please sign in.", results: [] };
  const parsed = uploadSchema.safeParse(formData.getAll("files").filter((f) => f instanceof File && f.size > 0));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message, results: [] };
  if (parsed.data.reduce((n, f) => n + f.size, 0) > IMPORT_MAX_BYTES) return { ok: false, message: "The files are too large (2 MB at most).", results: [] };
  try {
    const files = expandUploads(await Promise.all(parsed.data.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
    const results = await importExerciseFiles(viewer, files);
    revalidatePath("/teach");
    const accepted = results.filter((r) => r.outcome !== "rejected").length;
    return { ok: accepted === results.length, message: `Imported ${accepted} of ${results.length} file${results.length === 1 ? "" : "s"}.`, results };
  } catch (error) {
    if (error instanceof AccessError) return { ok: false, message: error.message, results: [] };
    throw error;
  }
}
