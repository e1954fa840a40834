// Server time of each instructor dashboard on the benchmark course (scripts/seed-dashboard-bench.ts):
// the data-layer call each page makes (access checks, queries, aggregation), timed in one warm
// process. (scripts/bench-dashboards-http.mjs times the whole pages through `next start`.) Run with
// the react-server condition, as Next runs server code:
//
//   DATABASE_URL=file:./.bytewise/bench.db npx tsx --conditions=react-server scripts/bench-dashboards.ts [--runs 20]
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl, providerOf } from "@/lib/database-url";
import type { Viewer } from "@/lib/data/access";
import { getCourseGrid, getExerciseDashboard, getLearnerDashboard } from "@/lib/data/dashboards";
import { getCourseOverview } from "@/lib/data/assignments";
import { gradebookCsv, submissionsCsv } from "@/lib/export/gradebook";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 20) || 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const url = databaseUrl();
  const raw = createPrismaClient(url);
  const course = await raw.course.findFirstOrThrow({ where: { title: "Dashboard benchmark" }, select: { id: true, ownerId: true, owner: true, _count: { select: { enrollments: true, submissions: true } } } });
  const viewer: Viewer = { id: course.owner.id, email: course.owner.email, name: course.owner.name, role: course.owner.role, preferredPython: "3.13" };
  const learner = await raw.enrollment.findFirstOrThrow({ where: { courseId: course.id }, orderBy: { joinedAt: "asc" }, select: { userId: true } });
  const item = await raw.assignmentItem.findFirstOrThrow({ where: { assignment: { courseId: course.id } }, select: { exercise: { select: { slug: true } } } });
  await raw.$disconnect();
  const cases: [string, () => Promise<unknown>][] = [
    ["course page (`/courses/[id]`)", () => getCourseOverview(viewer, course.id)],
    ["course grid (`/courses/[id]/dashboard`, sorted by score)", () => getCourseGrid(viewer, course.id, { sort: "score", dir: "desc" })],
    ["course grid, filtered (one assignment, below 50%)", () => getCourseGrid(viewer, course.id, { status: "behind", assignmentId: undefined })],
    ["exercise dashboard (`/courses/[id]/exercises/[slug]`)", () => getExerciseDashboard(viewer, course.id, item.exercise.slug)],
    ["learner page (`/courses/[id]/learners/[userId]`)", () => getLearnerDashboard(viewer, course.id, learner.userId)],
    ["gradebook CSV", () => gradebookCsv(viewer, course.id)],
    ["submissions CSV (all 40,000 rows)", () => submissionsCsv(viewer, course.id)],
  ];
  console.log(`Database: ${providerOf(url)}; course of ${course._count.enrollments} learners, ${course._count.submissions} submissions; ${runs} timed runs after 2 warm-ups.`);
  // CPU time (user + system of this process; SQLite runs in-process) is what the call costs on an
  // idle machine; wall time also counts waiting for a core on a loaded one.
  console.log("| dashboard | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |");
  console.log("|---|---|---|---|---|");
  for (const [name, call] of cases) {
    for (let i = 0; i < 2; i++) await call();
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await call();
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(cpu, 50).toFixed(1)} | ${percentile(cpu, 95).toFixed(1)} |`);
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
