// Courses and enrolments. Instructors own courses; learners join them with a code.
import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireRole, requireSignedIn, type Viewer } from "@/lib/data/access";
import type { CreateCourseInput } from "@/lib/validation/courses";

// No 0/O or 1/I: codes are read aloud and typed from slides.
const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export interface CourseSummary {
  id: string;
  title: string;
  description: string;
  joinCode: string | null;
  ownerName: string;
  learnerCount: number;
  createdAt: Date;
}

export interface RosterEntry {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
}

/** Creates a course owned by the viewer. Instructors and admins. */
export async function createCourse(viewer: Viewer | null, input: CreateCourseInput): Promise<CourseSummary> {
  const owner = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  for (let attempt = 0; ; attempt++) {
    try {
      const course = await db.course.create({
        data: { title: input.title, description: input.description, ownerId: owner.id, joinCode: newJoinCode() },
      });
      return { ...course, ownerName: owner.name, learnerCount: 0 };
    } catch (error) {
      // A join-code collision is possible but rare: try another code.
      if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
    }
  }
}

/**
 * The courses the viewer is part of: owned ones for instructors, joined ones for learners, all
 * for admins. Join codes are shown only to the course's owner and admins.
 */
export async function listCoursesForViewer(viewer: Viewer | null): Promise<CourseSummary[]> {
  const signedIn = requireSignedIn(viewer);
  const where = isAdmin(signedIn)
    ? {}
    : signedIn.role === "INSTRUCTOR"
      ? { ownerId: signedIn.id }
      : { enrollments: { some: { userId: signedIn.id, removedAt: null } } };
  const rows = await db.course.findMany({
    where: { ...where, archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, title: true, description: true, joinCode: true, createdAt: true, ownerId: true,
      owner: { select: { name: true } },
      _count: { select: { enrollments: { where: { removedAt: null } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id, title: row.title, description: row.description, createdAt: row.createdAt,
    joinCode: row.ownerId === signedIn.id || isAdmin(signedIn) ? row.joinCode : null,
    ownerName: row.owner.name,
    learnerCount: row._count.enrollments,
  }));
}

/** Enrols the viewer in the course with this join code (re-joining after removal is allowed). */
export async function joinCourse(viewer: Viewer | null, joinCode: string): Promise<{ courseId: string; title: string }> {
  const learner = requireSignedIn(viewer);
  const course = await db.course.findUnique({ where: { joinCode }, select: { id: true, title: true, archivedAt: true, ownerId: true } });
  if (!course || course.archivedAt) throw new AccessError("NOT_FOUND", "No course has that join code.");
  if (course.ownerId === learner.id) throw new AccessError("FORBIDDEN", "You teach this course.");
  await db.enrollment.upsert({
    where: { courseId_userId: { courseId: course.id, userId: learner.id } },
    create: { courseId: course.id, userId: learner.id },
    update: { removedAt: null },
  });
  return { courseId: course.id, title: course.title };
}

async function requireCourseOwner(viewer: Viewer | null, courseId: string): Promise<Viewer> {
  const staff = requireRole(viewer, "INSTRUCTOR", "ADMIN");
  const course = await db.course.findUnique({ where: { id: courseId }, select: { ownerId: true } });
  if (!course) throw new AccessError("NOT_FOUND", "No such course.");
  if (course.ownerId !== staff.id && !isAdmin(staff)) throw new AccessError("FORBIDDEN");
  return staff;
}

/** The learners enrolled in a course. Its owner and admins only. */
export async function getCourseRoster(viewer: Viewer | null, courseId: string): Promise<RosterEntry[]> {
  await requireCourseOwner(viewer, courseId);
  const rows = await db.enrollment.findMany({
    where: { courseId, removedAt: null },
    orderBy: { joinedAt: "asc" },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, joinedAt: r.joinedAt }));
}

/** Removes a learner from a course; their submissions are kept. Its owner and admins only. */
export async function removeLearner(viewer: Viewer | null, courseId: string, userId: string): Promise<void> {
  await requireCourseOwner(viewer, courseId);
  await db.enrollment.updateMany({ where: { courseId, userId, removedAt: null }, data: { removedAt: new Date() } });
}

/**
 * True when the viewer may see this learner's work: themselves, an admin, or an instructor who
 * owns a course the learner is currently enrolled in.
 */
export async function canSeeLearner(viewer: Viewer, learnerId: string): Promise<boolean> {
  if (viewer.id === learnerId || isAdmin(viewer)) return true;
  if (viewer.role !== "INSTRUCTOR") return false;
  const enrolment = await db.enrollment.findFirst({
    where: { userId: learnerId, removedAt: null, course: { ownerId: viewer.id } },
    select: { id: true },
  });
  return enrolment !== null;
}
