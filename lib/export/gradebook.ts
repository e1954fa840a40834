// The course's CSV exports: a gradebook (one row per enrolled learner, per assignment the score
// in percent, solved count and a late flag) and every raw submission of the course's learners.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/data/access";
import { requireCourseManager } from "@/lib/data/assignments";
import { loadCourseGrid } from "@/lib/data/dashboards";
import { toCsv, type CsvValue } from "@/lib/export/csv";

const percent = (x: number) => Math.round(x * 1000) / 10;

/** Gradebook CSV for a course. Course owner and admins. */
export async function gradebookCsv(viewer: Viewer | null, courseId: string): Promise<{ title: string; csv: string }> {
  const grid = await loadCourseGrid(viewer, courseId);
  const header = ["name", "email"];
  for (const a of grid.assignments) header.push(`${a.title} score %`, `${a.title} solved`, `${a.title} late`);
  header.push("total score %", "attempts", "last activity");
  const rows = grid.rows.map((r) => {
    const row: CsvValue[] = [r.name, r.email];
    for (const a of grid.assignments) {
      const c = r.cells[a.id]!;
      row.push(percent(c.score), `${c.solved}/${c.total}`, c.late ? "late" : "");
    }
    row.push(percent(r.score), r.attempts, r.lastActivity);
    return row;
  });
  return { title: grid.course.title, csv: toCsv(header, rows) };
}

/** Every submission by the course's enrolled learners, oldest first. Course owner and admins. */
export async function submissionsCsv(viewer: Viewer | null, courseId: string): Promise<{ title: string; csv: string }> {
  await requireCourseManager(viewer, courseId);
  const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { title: true } });
  const rows = await db.submission.findMany({
    where: { user: { enrollments: { some: { courseId, removedAt: null } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      createdAt: true, part: true, answer: true, correct: true, pythonVersion: true, diagnosis: true, isLate: true, variantSeed: true,
      user: { select: { name: true, email: true } },
      exercise: { select: { slug: true } },
      revision: { select: { number: true } },
      assignment: { select: { title: true, courseId: true } },
    },
  });
  const header = ["submitted at", "name", "email", "assignment", "exercise", "revision", "part", "answer", "correct", "python", "diagnosis", "late", "variant seed"];
  const body = rows.map((r) => [
    r.createdAt, r.user.name, r.user.email,
    // Another course's assignment is not this instructor's business.
    r.assignment?.courseId === courseId ? r.assignment.title : "",
    r.exercise.slug, r.revision.number, r.part, r.answer, r.correct ? "yes" : "no", r.pythonVersion, r.diagnosis ?? "", r.isLate ? "late" : "", r.variantSeed,
  ]);
  return { title: course.title, csv: toCsv(header, body) };
}
