// Test data for integration tests: users with a role, exercises with a revision, enrolments.
// Names are unique per call so test files can share one database in any order.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { Role, Viewer } from "@/lib/data/access";

/** Every factory user has this password (hashed with a low cost to keep tests fast). */
export const TEST_PASSWORD = "correct horse battery staple";
const testHash = bcrypt.hashSync(TEST_PASSWORD, 4);

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function makeUser(role: Role = "LEARNER", name = uniqueName(role.toLowerCase())): Promise<Viewer> {
  const user = await db.user.create({
    data: { email: `${name}@test.bytewise.local`, name, role, passwordHash: testHash },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, preferredPython: "3.13" };
}

export async function makeExercise(options: { status?: "DRAFT" | "PUBLISHED"; authorId?: string } = {}) {
  const slug = uniqueName("exercise");
  const exercise = await db.exercise.create({
    data: { slug, title: `Exercise ${slug}`, topic: "dict", status: options.status ?? "PUBLISHED", authorId: options.authorId },
  });
  const content = JSON.stringify({
    title: `Exercise ${slug}`, topic: "dict", concepts: ["dict-layout"], difficulty: 1, summary: "Test exercise.",
    pythonVersions: ["3.12", "3.13"], parameters: {}, template: "import sys\nprint(sys.getsizeof({}))\n",
    parts: [{ id: "size", kind: "exact", prompt: "What is printed?", measure: { output: 1 } }],
    hints: [], explanation: "Test.",
  });
  const revision = await db.exerciseRevision.create({
    data: { exerciseId: exercise.id, number: 1, content, contentHash: uniqueName("hash") },
  });
  await db.exercise.update({ where: { id: exercise.id }, data: { currentRevisionId: revision.id } });
  return { exerciseId: exercise.id, revisionId: revision.id, slug };
}

export async function makeCourse(owner: Viewer, learners: Viewer[] = []) {
  const course = await db.course.create({
    data: { title: uniqueName("course"), ownerId: owner.id, joinCode: randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase() },
  });
  for (const learner of learners) await db.enrollment.create({ data: { courseId: course.id, userId: learner.id } });
  return course;
}

/** A submission input for `recordSubmission`. */
export function attempt(revisionId: string, overrides: Partial<{ part: string; answer: string; correct: boolean }> = {}) {
  return {
    revisionId, variantSeed: 7, part: overrides.part ?? "size", answer: overrides.answer ?? "64",
    correct: overrides.correct ?? false, pythonVersion: "3.12" as const,
  };
}
