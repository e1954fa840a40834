// The exercise library as learners and instructors read it.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireSignedIn, type Viewer } from "@/lib/data/access";
import type { ExerciseFile } from "@/lib/content/schema";

export interface ExerciseListItem {
  id: string;
  slug: string;
  title: string;
  topic: string;
  difficulty: number;
  summary: string;
}

export interface ExerciseDetail extends ExerciseListItem {
  revisionId: string;
  revisionNumber: number;
  exercise: ExerciseFile;
}

/** Published exercises, by topic then title. Any signed-in user. */
export async function listPublishedExercises(viewer: Viewer | null): Promise<ExerciseListItem[]> {
  requireSignedIn(viewer);
  const rows = await db.exercise.findMany({
    where: { status: "PUBLISHED", currentRevisionId: { not: null } },
    orderBy: [{ topic: "asc" }, { title: "asc" }],
    select: { id: true, slug: true, title: true, topic: true, currentRevision: { select: { content: true } } },
  });
  return rows.map(({ currentRevision, ...row }) => {
    const file = JSON.parse(currentRevision!.content) as ExerciseFile;
    return { ...row, difficulty: file.difficulty, summary: file.summary };
  });
}

/**
 * One exercise at its current revision. Published ones are open to every signed-in user;
 * drafts only to their author and admins.
 */
export async function getExercise(viewer: Viewer | null, slug: string): Promise<ExerciseDetail> {
  const signedIn = requireSignedIn(viewer);
  const row = await db.exercise.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, topic: true, status: true, authorId: true,
      currentRevision: { select: { id: true, number: true, content: true } },
    },
  });
  const visible =
    row?.currentRevision &&
    (row.status === "PUBLISHED" || row.authorId === signedIn.id || isAdmin(signedIn));
  if (!row || !visible || !row.currentRevision) throw new AccessError("NOT_FOUND", "No such exercise.");
  const exercise = JSON.parse(row.currentRevision.content) as ExerciseFile;
  return {
    id: row.id, slug: row.slug, title: row.title, topic: row.topic,
    difficulty: exercise.difficulty, summary: exercise.summary,
    revisionId: row.currentRevision.id, revisionNumber: row.currentRevision.number, exercise,
  };
}
