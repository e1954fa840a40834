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

interface SubmissionRow {
  createdAt: string | Date;
  name: string;
  email: string;
  assignmentTitle: string | null;
  assignmentCourseId: string | null;
  slug: string;
  number: number | bigint;
  part: string;
  answer: string;
  correct: boolean | number | bigint;
  pythonVersion: string;
  diagnosis: string | null;
  isLate: boolean | number | bigint;
  variantSeed: number | bigint;
}

const truthy = (v: boolean | number | bigint) => v === true || Number(v) === 1;

/** Every submission by the course's enrolled learners, oldest first. Course owner and admins. */
export async function submissionsCsv(viewer: Viewer | null, courseId: string): Promise<{ title: string; csv: string }> {
  await requireCourseManager(viewer, courseId);
  const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { title: true } });
  // One joined query (portable SQL): the ORM's nested selects cost seconds at 40,000 rows.
  const rows = await db.$queryRaw<SubmissionRow[]>`
    SELECT s."createdAt" AS "createdAt", u."name" AS "name", u."email" AS "email",
           a."title" AS "assignmentTitle", a."courseId" AS "assignmentCourseId", x."slug" AS "slug", r."number" AS "number",
           s."part" AS "part", s."answer" AS "answer", s."correct" AS "correct", s."pythonVersion" AS "pythonVersion",
           s."diagnosis" AS "diagnosis", s."isLate" AS "isLate", s."variantSeed" AS "variantSeed"
    FROM "Submission" s
    JOIN "Enrollment" e ON e."userId" = s."userId" AND e."courseId" = ${courseId} AND e."removedAt" IS NULL
    JOIN "User" u ON u."id" = s."userId"
    JOIN "Exercise" x ON x."id" = s."exerciseId"
    JOIN "ExerciseRevision" r ON r."id" = s."revisionId"
    LEFT JOIN "Assignment" a ON a."id" = s."assignmentId"
    ORDER BY s."createdAt", s."id"`;
  const header = ["submitted at", "name", "email", "assignment", "exercise", "revision", "part", "answer", "correct", "python", "diagnosis", "late", "variant seed"];
  const body = rows.map((r) => [
    r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt), r.name, r.email,
    // Another course's assignment is not this instructor's business.
    r.assignmentCourseId === courseId ? r.assignmentTitle : "",
    r.slug, Number(r.number), r.part, r.answer, truthy(r.correct) ? "yes" : "no", r.pythonVersion, r.diagnosis ?? "", truthy(r.isLate) ? "late" : "", Number(r.variantSeed),
  ]);
  return { title: course.title, csv: toCsv(header, body) };
}
