// Seeds the dashboard benchmark: one instructor's course of 200 learners × 40 library exercises
// (8 assignments of 5) × 5 attempts each, i.e. 40,000 submissions plus their progress rows, into
// the database DATABASE_URL names (migrate it first). Idempotent per course title: a second run
// reuses what exists.
//
//   DATABASE_URL=file:./.bytewise/bench.db npx prisma migrate deploy
//   DATABASE_URL=file:./.bytewise/bench.db npx tsx scripts/seed-dashboard-bench.ts
import bcrypt from "bcryptjs";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl, providerOf } from "@/lib/database-url";
import { loadExerciseLibrary } from "@/lib/content/load";
import { syncExerciseLibrary } from "@/lib/data/seed";
import { DIAGNOSIS_CODES } from "@/lib/grading/codes";
import { mulberry32 as prng } from "@/lib/prng";

export const BENCH = { course: "Dashboard benchmark", instructor: "bench-instructor@bytewise.local", learners: 200, exercises: 40, perAssignment: 5, attempts: 5 } as const;

async function main() {
  const url = databaseUrl();
  const db = createPrismaClient(url);
  const started = performance.now();
  try {
    if (providerOf(url) === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await syncExerciseLibrary(db, loadExerciseLibrary());
    if (await db.course.findFirst({ where: { title: BENCH.course } })) {
      console.log("The benchmark course exists already; nothing to do.");
      return;
    }
    const hash = await bcrypt.hash("bench-password", 4);
    const instructor = await db.user.upsert({
      where: { email: BENCH.instructor },
      create: { email: BENCH.instructor, name: "Bench Instructor", role: "INSTRUCTOR", passwordHash: hash },
      update: {},
    });
    const course = await db.course.create({ data: { title: BENCH.course, ownerId: instructor.id, joinCode: "BENCH2000" } });
    const exercises = await db.exercise.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { slug: "asc" },
      take: BENCH.exercises,
      select: { id: true, currentRevisionId: true },
    });
    if (exercises.length < BENCH.exercises) throw new Error(`Only ${exercises.length} published exercises; the library should have at least ${BENCH.exercises}.`);
    const now = Date.now();
    const assignments: { id: string; dueAt: Date; exerciseIds: string[] }[] = [];
    for (let a = 0; a < BENCH.exercises / BENCH.perAssignment; a++) {
      const slice = exercises.slice(a * BENCH.perAssignment, (a + 1) * BENCH.perAssignment);
      const dueAt = new Date(now - (7 - a) * 86_400_000);
      const created = await db.assignment.create({
        data: { courseId: course.id, title: `Week ${a + 1}`, position: a, dueAt, items: { create: slice.map((e, i) => ({ exerciseId: e.id, position: i })) } },
      });
      assignments.push({ id: created.id, dueAt, exerciseIds: slice.map((e) => e.id) });
    }
    const random = prng(2026);
    const versions = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"];
    for (let l = 0; l < BENCH.learners; l++) {
      const learner = await db.user.create({
        data: { email: `bench-learner-${l}@bytewise.local`, name: `Learner ${String(l).padStart(3, "0")}`, passwordHash: hash, preferredPython: versions[l % versions.length]! },
      });
      await db.enrollment.create({ data: { courseId: course.id, userId: learner.id } });
      const submissions = [];
      const progress = [];
      for (const a of assignments) {
        for (const exerciseId of a.exerciseIds) {
          const exercise = exercises.find((e) => e.id === exerciseId)!;
          const solvedAt = Math.floor(random() * (BENCH.attempts + 2)); // ≥ attempts: never solved
          let last = new Date(0);
          for (let t = 0; t < BENCH.attempts; t++) {
            const createdAt = new Date(a.dueAt.getTime() - 3 * 86_400_000 + (t * 3_600_000) + Math.floor(random() * 5 * 86_400_000));
            const correct = t === solvedAt;
            submissions.push({
              userId: learner.id, exerciseId, revisionId: exercise.currentRevisionId!, courseId: course.id, assignmentId: a.id,
              variantSeed: Math.floor(random() * 2 ** 31), part: "size", answer: String(64 + 8 * Math.floor(random() * 40)), correct,
              pythonVersion: versions[Math.floor(random() * versions.length)]!,
              diagnosis: correct || random() < 0.3 ? null : DIAGNOSIS_CODES[Math.floor(random() * DIAGNOSIS_CODES.length)]!,
              isLate: createdAt > a.dueAt, createdAt,
            });
            if (createdAt > last) last = createdAt;
          }
          progress.push({
            userId: learner.id, exerciseId, attempts: BENCH.attempts, solved: solvedAt < BENCH.attempts,
            firstTryCorrect: solvedAt === 0, solvedAt: solvedAt < BENCH.attempts ? last : null, lastAttemptAt: last,
          });
        }
      }
      await db.submission.createMany({ data: submissions });
      await db.progress.createMany({ data: progress });
    }
    // A bulk import leaves PostgreSQL's planner statistics stale until autovacuum runs, and the grid's
    // aggregate then gets nested loops (181 ms instead of 6.5 ms): analyse now, as autovacuum soon would.
    if (providerOf(url) === "postgresql") await db.$executeRawUnsafe("ANALYZE");
    const counts = { learners: await db.enrollment.count({ where: { courseId: course.id } }), submissions: await db.submission.count({ where: { courseId: course.id } }) };
    console.log(`Seeded "${BENCH.course}": ${counts.learners} learners, ${assignments.length} assignments, ${exercises.length} exercises, ${counts.submissions} submissions in ${Math.round((performance.now() - started) / 1000)} s.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
