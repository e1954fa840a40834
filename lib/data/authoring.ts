// Exercises written in the browser: drafts, revisions and publishing, plus content-as-code import
// and export. Authors are instructors (and admins); a learner never gets here.
//
// Revisions: every saved change of content adds a revision and makes it current. Submissions point
// at the revision they were graded on, and progress is per exercise, so editing a published
// exercise never takes work away from a learner. A published exercise only accepts edits that
// still pass the publishing rules (lib/authoring/preview.ts).
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireRole, type Viewer } from "@/lib/data/access";
import { requireCourseManager } from "@/lib/data/assignments";
import { exerciseFileSchema, SLUG_PATTERN, type ExerciseFile } from "@/lib/content/schema";
import { ExerciseFileError, parseExerciseFile } from "@/lib/content/load";
import { publishProblems } from "@/lib/authoring/preview";
import { exerciseToYaml, tarFiles, untarFiles } from "@/lib/export/content";

/** The exercise (or file) is not acceptable; `problems` says why, one sentence each. */
export class AuthoringError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
    this.name = "AuthoringError";
  }
}

export interface AuthoredExercise {
  id: string;
  slug: string;
  title: string;
  topic: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  revisionNumber: number;
  submissions: number;
  updatedAt: Date;
}

export interface EditableExercise extends AuthoredExercise {
  exercise: ExerciseFile;
}

function canonical(file: ExerciseFile): { content: string; contentHash: string } {
  const content = JSON.stringify(file);
  return { content, contentHash: createHash("sha256").update(content).digest("hex") };
}

/** Validates an exercise the way content files are validated; throws AuthoringError listing every problem. */
export function validateExercise(raw: unknown): ExerciseFile {
  const parsed = exerciseFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AuthoringError(parsed.error.issues.map((i) => `${i.path.join(".") || "exercise"}: ${i.message}`));
}

/** The viewer's own authored exercises (admins: every authored one), newest change first. */
export async function listAuthoredExercises(viewer: Viewer | null): Promise<AuthoredExercise[]> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const rows = await db.exercise.findMany({
    where: isAdmin(staff) ? { origin: "authored" } : { authorId: staff.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, topic: true, status: true, updatedAt: true, currentRevision: { select: { number: true } }, _count: { select: { submissions: true } } },
  });
  return rows.map(({ currentRevision, _count, ...r }) => ({ ...r, revisionNumber: currentRevision?.number ?? 0, submissions: _count.submissions }));
}

async function requireEditable(viewer: Viewer | null, slug: string) {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const row = await db.exercise.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, topic: true, status: true, authorId: true, updatedAt: true,
      currentRevision: { select: { number: true, content: true, contentHash: true } }, _count: { select: { submissions: true } },
    },
  });
  if (!row) throw new AccessError("NOT_FOUND", "No such exercise.");
  // Library exercises (no author) change through content/ and git, or an admin.
  if (row.authorId !== staff.id && !isAdmin(staff)) throw new AccessError("FORBIDDEN", "Only its author can edit this exercise.");
  return { staff, row };
}

/** One exercise as its author edits it. Author and admins. */
export async function getExerciseForEditing(viewer: Viewer | null, slug: string): Promise<EditableExercise> {
  const { row } = await requireEditable(viewer, slug);
  if (!row.currentRevision) throw new AccessError("NOT_FOUND", "No such exercise.");
  return {
    id: row.id, slug: row.slug, title: row.title, topic: row.topic, status: row.status, updatedAt: row.updatedAt,
    revisionNumber: row.currentRevision.number, submissions: row._count.submissions,
    exercise: JSON.parse(row.currentRevision.content) as ExerciseFile,
  };
}

/** Creates a draft exercise authored by the viewer. Instructors and admins. */
export async function createExercise(viewer: Viewer | null, slug: string, raw: unknown): Promise<{ slug: string; revisionNumber: number }> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  if (!SLUG_PATTERN.test(slug)) throw new AuthoringError(["slug: use lowercase letters, digits and single dashes."]);
  const file = validateExercise(raw);
  const { content, contentHash } = canonical(file);
  if (await db.exercise.findUnique({ where: { slug }, select: { id: true } })) throw new AuthoringError([`slug: "${slug}" is already taken.`]);
  await db.$transaction(async (tx) => {
    const exercise = await tx.exercise.create({ data: { slug, title: file.title, topic: file.topic, status: "DRAFT", origin: "authored", authorId: staff.id } });
    const revision = await tx.exerciseRevision.create({ data: { exerciseId: exercise.id, number: 1, content, contentHash, authorId: staff.id } });
    await tx.exercise.update({ where: { id: exercise.id }, data: { currentRevisionId: revision.id } });
  });
  return { slug, revisionNumber: 1 };
}

/**
 * Saves a change: a new revision when the content differs (none otherwise). A published exercise
 * accepts only content that still passes the publishing rules. Author and admins.
 */
export async function updateExercise(viewer: Viewer | null, slug: string, raw: unknown): Promise<{ slug: string; revisionNumber: number; changed: boolean }> {
  const { staff, row } = await requireEditable(viewer, slug);
  const file = validateExercise(raw);
  const { content, contentHash } = canonical(file);
  const current = row.currentRevision?.number ?? 0;
  if (row.currentRevision?.contentHash === contentHash) return { slug, revisionNumber: current, changed: false };
  if (row.status === "PUBLISHED") {
    const problems = publishProblems(file);
    if (problems.length) throw new AuthoringError(["This exercise is published, so the change must keep it publishable.", ...problems]);
  }
  const number = await db.$transaction(async (tx) => {
    const last = await tx.exerciseRevision.findFirst({ where: { exerciseId: row.id }, orderBy: { number: "desc" }, select: { number: true } });
    const revision = await tx.exerciseRevision.create({ data: { exerciseId: row.id, number: (last?.number ?? 0) + 1, content, contentHash, authorId: staff.id } });
    await tx.exercise.update({ where: { id: row.id }, data: { currentRevisionId: revision.id, title: file.title, topic: file.topic } });
    return revision.number;
  });
  return { slug, revisionNumber: number, changed: true };
}

/** Publishes the current revision when it passes the publishing rules; throws AuthoringError otherwise. Author and admins. */
export async function publishExercise(viewer: Viewer | null, slug: string): Promise<void> {
  const { row } = await requireEditable(viewer, slug);
  if (!row.currentRevision) throw new AccessError("NOT_FOUND", "No such exercise.");
  const problems = publishProblems(JSON.parse(row.currentRevision.content) as ExerciseFile);
  if (problems.length) throw new AuthoringError(problems);
  await db.exercise.update({ where: { id: row.id }, data: { status: "PUBLISHED" } });
}

// ## Content as code

/** One exercise as its content file. Anyone who may read it: published ones for staff, drafts for their author and admins. */
export async function exportExerciseFile(viewer: Viewer | null, slug: string): Promise<{ name: string; text: string }> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const row = await db.exercise.findUnique({ where: { slug }, select: { slug: true, status: true, authorId: true, currentRevision: { select: { content: true } } } });
  if (!row?.currentRevision || (row.status !== "PUBLISHED" && row.authorId !== staff.id && !isAdmin(staff))) throw new AccessError("NOT_FOUND", "No such exercise.");
  const file = JSON.parse(row.currentRevision.content) as ExerciseFile;
  return { name: `${row.slug}.yaml`, text: exerciseToYaml(file, file.title) };
}

/** Every exercise of a course's assignments as a tar of content files (exercises/<slug>.yaml). Course owner and admins. */
export async function exportCourseExercises(viewer: Viewer | null, courseId: string): Promise<{ title: string; tar: Uint8Array }> {
  await requireCourseManager(viewer, courseId);
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: { title: true, assignments: { select: { items: { select: { exercise: { select: { slug: true, currentRevision: { select: { content: true } } } } } } } } },
  });
  const bySlug = new Map<string, string>();
  for (const a of course.assignments) for (const i of a.items) if (i.exercise.currentRevision) bySlug.set(i.exercise.slug, i.exercise.currentRevision.content);
  const files = [...bySlug].sort(([a], [b]) => a.localeCompare(b)).map(([slug, content]) => {
    const file = JSON.parse(content) as ExerciseFile;
    return { name: `exercises/${slug}.yaml`, text: exerciseToYaml(file, file.title) };
  });
  return { title: course.title, tar: tarFiles(files) };
}

export interface ImportResult {
  file: string;
  slug: string | null;
  outcome: "created" | "updated" | "unchanged" | "rejected";
  problems: string[];
}

/** Unpacks uploads: `.yaml`/`.yml` files as they are, `.tar` archives into their YAML files. */
export function expandUploads(uploads: { name: string; bytes: Uint8Array }[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const u of uploads) {
    if (u.name.endsWith(".tar")) out.push(...untarFiles(u.bytes).filter((f) => /\.ya?ml$/.test(f.name)));
    else out.push({ name: u.name, text: new TextDecoder().decode(u.bytes) });
  }
  return out;
}

/**
 * Imports content files through the same parser as the built-in library: new slugs become the
 * viewer's drafts, the viewer's own exercises get a new revision when the file changed, and any
 * other slug is refused. Instructors and admins.
 */
export async function importExerciseFiles(viewer: Viewer | null, files: { name: string; text: string }[]): Promise<ImportResult[]> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const results: ImportResult[] = [];
  for (const f of files) {
    const base = path.posix.basename(f.name);
    const slug = base.replace(/\.ya?ml$/, "");
    try {
      const loaded = parseExerciseFile(slug, f.text, base);
      const existing = await db.exercise.findUnique({ where: { slug }, select: { authorId: true } });
      if (!existing) {
        await createExercise(staff, slug, loaded.exercise);
        results.push({ file: base, slug, outcome: "created", problems: [] });
      } else {
        const saved = await updateExercise(staff, slug, loaded.exercise);
        results.push({ file: base, slug, outcome: saved.changed ? "updated" : "unchanged", problems: [] });
      }
    } catch (error) {
      if (error instanceof ExerciseFileError) results.push({ file: base, slug: null, outcome: "rejected", problems: error.problems });
      else if (error instanceof AuthoringError) results.push({ file: base, slug, outcome: "rejected", problems: error.problems });
      else if (error instanceof AccessError) results.push({ file: base, slug, outcome: "rejected", problems: [`"${slug}" belongs to someone else: ${error.message}`] });
      else throw error;
    }
  }
  return results;
}
