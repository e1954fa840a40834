// Course pages and assignments: what an instructor manages on their course (join code, roster,
// assignments with open and due dates) and what an enrolled learner sees of it.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireRole, requireSignedIn, type Viewer } from "@/lib/data/access";
import type { CreateAssignmentInput } from "@/lib/validation/assignments";

export interface AssignmentExercise {
  exerciseId: string;
  slug: string;
  title: string;
  topic: string;
}

export interface AssignmentSummary {
  id: string;
  title: string;
  opensAt: Date | null;
  dueAt: Date | null;
  exercises: AssignmentExercise[];
}

export interface LearnerAssignment extends AssignmentSummary {
  /** "upcoming" before opensAt (exercises hidden), "open", or "closed" after dueAt (late answers still count, marked late). */
  state: "upcoming" | "open" | "closed";
  solved: number;
}

export interface CourseOverview {
  id: string;
  title: string;
  description: string;
  ownerName: string;
  /** The viewer teaches this course (or is an admin): join code, roster and dashboards are shown. */
  manage: boolean;
  /** Owner and admins only. */
  joinCode: string | null;
  roster: { userId: string; name: string; email: string; joinedAt: Date }[];
  assignments: LearnerAssignment[];
}

/**
 * Who the viewer is to a course: its owner or an admin ("manage"), an enrolled learner ("learn"),
 * or nobody, in which case the course does not exist for them (NOT_FOUND, so ids leak nothing).
 */
export async function courseAccess(viewer: Viewer | null, courseId: string): Promise<{ viewer: Viewer; manage: boolean }> {
  const signedIn = requireSignedIn(viewer);
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: { ownerId: true, archivedAt: true, enrollments: { where: { userId: signedIn.id, removedAt: null }, select: { id: true } } },
  });
  if (!course) throw new AccessError("NOT_FOUND", "No such course.");
  if (course.ownerId === signedIn.id || isAdmin(signedIn)) return { viewer: signedIn, manage: true };
  if (course.enrollments.length > 0 && !course.archivedAt) return { viewer: signedIn, manage: false };
  throw new AccessError("NOT_FOUND", "No such course.");
}

/** Owner and admins only; everyone else gets NOT_FOUND (learners) or FORBIDDEN (other instructors). */
export async function requireCourseManager(viewer: Viewer | null, courseId: string): Promise<Viewer> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const course = await db.course.findUnique({ where: { id: courseId }, select: { ownerId: true } });
  if (!course) throw new AccessError("NOT_FOUND", "No such course.");
  if (course.ownerId !== staff.id && !isAdmin(staff)) throw new AccessError("FORBIDDEN");
  return staff;
}

export function assignmentState(a: { opensAt: Date | null; dueAt: Date | null }, now = new Date()): LearnerAssignment["state"] {
  if (a.opensAt && a.opensAt > now) return "upcoming";
  if (a.dueAt && a.dueAt < now) return "closed";
  return "open";
}

const assignmentSelect = {
  id: true, title: true, opensAt: true, dueAt: true,
  items: {
    orderBy: { position: "asc" },
    select: { exercise: { select: { id: true, slug: true, title: true, topic: true } } },
  },
} as const;

/** The course page: everything for its manager; for an enrolled learner, the assignments and their own progress. */
export async function getCourseOverview(viewer: Viewer | null, courseId: string, now = new Date()): Promise<CourseOverview> {
  const access = await courseAccess(viewer, courseId);
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true, title: true, description: true, joinCode: true, owner: { select: { name: true } },
      assignments: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: assignmentSelect },
    },
  });
  const roster = access.manage
    ? (
        await db.enrollment.findMany({
          where: { courseId, removedAt: null },
          orderBy: { joinedAt: "asc" },
          select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
        })
      ).map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, joinedAt: r.joinedAt }))
    : [];
  const solvedIds = access.manage
    ? new Set<string>()
    : new Set(
        (await db.progress.findMany({ where: { userId: access.viewer.id, solved: true }, select: { exerciseId: true } })).map((p) => p.exerciseId),
      );
  const assignments = course.assignments.map((a) => {
    const state = assignmentState(a, now);
    const exercises = a.items.map((i) => ({ exerciseId: i.exercise.id, slug: i.exercise.slug, title: i.exercise.title, topic: i.exercise.topic }));
    return {
      id: a.id, title: a.title, opensAt: a.opensAt, dueAt: a.dueAt, state,
      // Learners see no exercise list before an assignment opens.
      exercises: access.manage || state !== "upcoming" ? exercises : [],
      solved: exercises.filter((e) => solvedIds.has(e.exerciseId)).length,
    };
  });
  return {
    id: course.id, title: course.title, description: course.description, ownerName: course.owner.name,
    manage: access.manage, joinCode: access.manage ? course.joinCode : null, roster, assignments,
  };
}

/** The course a join link points at, when the code matches; any signed-in user. */
export async function getCourseForJoinLink(viewer: Viewer | null, courseId: string, joinCode: string): Promise<{ id: string; title: string; ownerName: string; enrolled: boolean }> {
  const signedIn = requireSignedIn(viewer);
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: { id: true, title: true, joinCode: true, archivedAt: true, owner: { select: { name: true } }, enrollments: { where: { userId: signedIn.id, removedAt: null }, select: { id: true } } },
  });
  if (!course || course.archivedAt || course.joinCode !== joinCode.trim().toUpperCase()) throw new AccessError("NOT_FOUND", "This join link is not valid.");
  return { id: course.id, title: course.title, ownerName: course.owner.name, enrolled: course.enrollments.length > 0 };
}

/** Published exercises an instructor can put in an assignment, by topic then title. */
export async function listAssignableExercises(viewer: Viewer | null): Promise<AssignmentExercise[]> {
  requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const rows = await db.exercise.findMany({
    where: { currentRevisionId: { not: null }, status: "PUBLISHED" },
    orderBy: [{ topic: "asc" }, { title: "asc" }],
    select: { id: true, slug: true, title: true, topic: true },
  });
  return rows.map((r) => ({ exerciseId: r.id, slug: r.slug, title: r.title, topic: r.topic }));
}

/** Adds an assignment (published exercises, in the order given) to a course. Its owner and admins. */
export async function createAssignment(viewer: Viewer | null, input: CreateAssignmentInput): Promise<AssignmentSummary> {
  await requireCourseManager(viewer, input.courseId);
  const slugs = [...new Set(input.exercises)];
  const exercises = await db.exercise.findMany({
    where: { slug: { in: slugs }, status: "PUBLISHED", currentRevisionId: { not: null } },
    select: { id: true, slug: true, title: true, topic: true },
  });
  if (exercises.length !== slugs.length) throw new AccessError("NOT_FOUND", "Some chosen exercises are not published.");
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  const position = await db.assignment.count({ where: { courseId: input.courseId } });
  const created = await db.assignment.create({
    data: {
      courseId: input.courseId, title: input.title, opensAt: input.opensAt, dueAt: input.dueAt, position,
      items: { create: slugs.map((slug, i) => ({ exerciseId: bySlug.get(slug)!.id, position: i })) },
    },
    select: assignmentSelect,
  });
  return {
    id: created.id, title: created.title, opensAt: created.opensAt, dueAt: created.dueAt,
    exercises: created.items.map((i) => ({ exerciseId: i.exercise.id, slug: i.exercise.slug, title: i.exercise.title, topic: i.exercise.topic })),
  };
}

/** Deletes an assignment; its submissions stay (their assignment link is cleared). Owner and admins. */
export async function deleteAssignment(viewer: Viewer | null, assignmentId: string): Promise<{ courseId: string }> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: { courseId: true } });
  if (!assignment) throw new AccessError("NOT_FOUND", "No such assignment.");
  await requireCourseManager(staff, assignment.courseId);
  await db.assignment.delete({ where: { id: assignmentId } });
  return { courseId: assignment.courseId };
}

/**
 * The assignment a learner is answering an exercise for, checked: the viewer is enrolled, the
 * assignment is open (not upcoming) and contains the exercise. Null when any check fails, so the
 * exercise page falls back to plain practice.
 */
export async function getAssignmentContext(viewer: Viewer | null, assignmentId: string, slug: string, now = new Date()): Promise<{ id: string; title: string; courseId: string; dueAt: Date | null; late: boolean } | null> {
  const signedIn = requireSignedIn(viewer);
  const a = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true, title: true, courseId: true, opensAt: true, dueAt: true,
      items: { where: { exercise: { slug } }, select: { exerciseId: true } },
      course: { select: { enrollments: { where: { userId: signedIn.id, removedAt: null }, select: { id: true } } } },
    },
  });
  if (!a || a.items.length === 0 || a.course.enrollments.length === 0) return null;
  const state = assignmentState(a, now);
  if (state === "upcoming") return null;
  return { id: a.id, title: a.title, courseId: a.courseId, dueAt: a.dueAt, late: state === "closed" };
}
