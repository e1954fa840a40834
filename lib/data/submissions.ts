// Attempts at exercises. Learners write their own; who may read them is decided here.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireRole, requireSignedIn, type Viewer } from "@/lib/data/access";
import { canSeeLearner } from "@/lib/data/courses";
import { recordSubmissionInputSchema, type RecordSubmissionInput } from "@/lib/validation/submissions";

export interface SubmissionRecord {
  id: string;
  userId: string;
  exerciseId: string;
  revisionId: string;
  variantSeed: number;
  part: string;
  answer: string;
  correct: boolean;
  pythonVersion: string;
  diagnosis: string | null;
  isLate: boolean;
  createdAt: Date;
}

const recordSelect = {
  id: true, userId: true, exerciseId: true, revisionId: true, variantSeed: true, part: true,
  answer: true, correct: true, pythonVersion: true, diagnosis: true, isLate: true, createdAt: true,
} as const;

/**
 * Records the viewer's own graded attempt and updates their progress for the exercise in the same
 * transaction. `correct` must come from the server-side grader, never from the browser. When the
 * attempt belongs to an assignment, the viewer must be enrolled and lateness is decided here.
 */
export async function recordSubmission(viewer: Viewer | null, raw: RecordSubmissionInput): Promise<SubmissionRecord> {
  const learner = requireSignedIn(viewer);
  const input = recordSubmissionInputSchema.parse(raw);
  const revision = await db.exerciseRevision.findUnique({
    where: { id: input.revisionId },
    select: { exerciseId: true, exercise: { select: { status: true, authorId: true } } },
  });
  if (!revision || (revision.exercise.status !== "PUBLISHED" && revision.exercise.authorId !== learner.id && !isAdmin(learner))) {
    throw new AccessError("NOT_FOUND", "No such exercise.");
  }
  let courseId: string | null = null;
  let isLate = false;
  if (input.assignmentId) {
    const assignment = await db.assignment.findUnique({
      where: { id: input.assignmentId },
      select: {
        courseId: true, opensAt: true, dueAt: true,
        items: { where: { exerciseId: revision.exerciseId }, select: { exerciseId: true } },
        course: { select: { enrollments: { where: { userId: learner.id, removedAt: null }, select: { id: true } } } },
      },
    });
    if (!assignment || assignment.course.enrollments.length === 0) throw new AccessError("FORBIDDEN", "You are not enrolled in this course.");
    // The page hides these cases; the DAL refuses them too, since an action can be called directly.
    if (assignment.items.length === 0) throw new AccessError("NOT_FOUND", "That exercise is not part of this assignment.");
    if (assignment.opensAt !== null && assignment.opensAt.getTime() > Date.now()) {
      throw new AccessError("FORBIDDEN", "This assignment is not open yet.");
    }
    courseId = assignment.courseId;
    isLate = assignment.dueAt !== null && assignment.dueAt.getTime() < Date.now();
  }
  return db.$transaction(async (tx) => {
    const earlier = await tx.submission.count({
      where: { userId: learner.id, exerciseId: revision.exerciseId, part: input.part },
    });
    const created = await tx.submission.create({
      data: {
        userId: learner.id, exerciseId: revision.exerciseId, revisionId: input.revisionId,
        variantSeed: input.variantSeed, part: input.part, answer: input.answer, correct: input.correct,
        pythonVersion: input.pythonVersion, diagnosis: input.diagnosis, courseId,
        assignmentId: input.assignmentId, isLate,
      },
      select: recordSelect,
    });
    const now = created.createdAt;
    await tx.progress.upsert({
      where: { userId_exerciseId: { userId: learner.id, exerciseId: revision.exerciseId } },
      create: {
        userId: learner.id, exerciseId: revision.exerciseId, attempts: 1, lastAttemptAt: now,
        firstTryCorrect: input.correct, solved: false,
      },
      update: {
        attempts: { increment: 1 }, lastAttemptAt: now,
        // A later part answered wrong on its first try also spoils first-try correctness.
        ...(earlier === 0 && !input.correct ? { firstTryCorrect: false } : {}),
      },
    });
    return created;
  });
}

/**
 * Marks the viewer's exercise solved (the grader calls this once every part has been answered
 * correctly). Idempotent.
 */
export async function markSolved(viewer: Viewer | null, exerciseId: string): Promise<void> {
  const learner = requireSignedIn(viewer);
  await db.progress.updateMany({
    where: { userId: learner.id, exerciseId, solved: false },
    data: { solved: true, solvedAt: new Date() },
  });
}

/**
 * A learner's attempts, newest first. Allowed for the learner, admins, and instructors of a course
 * the learner is enrolled in; everyone else gets an AccessError.
 */
export async function listSubmissionsForLearner(
  viewer: Viewer | null,
  learnerId: string,
  options: { exerciseId?: string; take?: number } = {},
): Promise<SubmissionRecord[]> {
  const signedIn = requireSignedIn(viewer);
  if (!(await canSeeLearner(signedIn, learnerId))) throw new AccessError("FORBIDDEN");
  return db.submission.findMany({
    where: { userId: learnerId, ...(options.exerciseId ? { exerciseId: options.exerciseId } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    select: recordSelect,
  });
}

/**
 * Attempts at one exercise, newest first, for the exercise dashboards. Instructors see only the
 * learners currently enrolled in their own courses; admins see everyone.
 */
export async function listSubmissionsForExercise(
  viewer: Viewer | null,
  exerciseId: string,
  options: { take?: number } = {},
): Promise<SubmissionRecord[]> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  return db.submission.findMany({
    where: {
      exerciseId,
      ...(isAdmin(staff)
        ? {}
        : { user: { enrollments: { some: { removedAt: null, course: { ownerId: staff.id } } } } }),
    },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 1000,
    select: recordSelect,
  });
}
