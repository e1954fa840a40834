// Instructor dashboards over one course: the learners × assignments grid, one exercise's answers
// (first-try accuracy, attempts before success, answer histogram, wrong answers grouped by the
// grader's diagnosis, split by Python version) and one learner's history and concept mastery.
// Every function checks that the viewer manages the course; only currently enrolled learners count.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, type Viewer } from "@/lib/data/access";
import { requireCourseManager } from "@/lib/data/assignments";
import type { ExerciseFile } from "@/lib/content/schema";
import { conceptMastery, type ConceptMastery } from "@/lib/grading/mastery";
import { DIAGNOSIS_CODES, DIAGNOSIS_LABELS, type DiagnosisCode } from "@/lib/grading/codes";

// ## Course grid

export interface GridCell {
  solved: number;
  total: number;
  /** solved / total, 0..1. */
  score: number;
  attempts: number;
  lastActivity: Date | null;
  /** At least one answer in this assignment came after its due date. */
  late: boolean;
}

export interface GridRow {
  userId: string;
  name: string;
  email: string;
  cells: Record<string, GridCell>;
  score: number;
  attempts: number;
  lastActivity: Date | null;
}

export interface GridAssignment {
  id: string;
  title: string;
  dueAt: Date | null;
  exerciseIds: string[];
  exercises: { id: string; slug: string; title: string }[];
}

export type GridStatus = "all" | "behind" | "late" | "inactive";
export type GridSort = "name" | "score" | "attempts" | "activity" | `a:${string}`;

export interface GridOptions {
  /** Only this assignment's column (and score). */
  assignmentId?: string;
  status?: GridStatus;
  /** Case-insensitive match on name or email. */
  query?: string;
  sort?: GridSort;
  dir?: "asc" | "desc";
  now?: Date;
}

export interface CourseGrid {
  course: { id: string; title: string };
  assignments: GridAssignment[];
  /** The assignments shown as columns (all, or the filtered one). */
  columns: GridAssignment[];
  rows: GridRow[];
  /** Learners before filtering. */
  enrolled: number;
}

const INACTIVE_DAYS = 7;

function emptyCell(total: number): GridCell {
  return { solved: 0, total, score: 0, attempts: 0, lastActivity: null, late: false };
}

const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

// The grid is aggregated in SQL (portable between SQLite and PostgreSQL): at 200 learners × 40
// exercises, fetching the 8,000 progress rows through the ORM cost more than the 300 ms budget.
interface CellRow {
  userId: string;
  assignmentId: string;
  solved: number | bigint;
  attempts: number | bigint | null;
  last: string | Date | null;
}

const toDate = (value: string | Date | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(value));

async function lateSet(courseId: string, userId?: string): Promise<Set<string>> {
  const rows = userId
    ? await db.$queryRaw<{ assignmentId: string; userId: string }[]>`
        SELECT DISTINCT "assignmentId", "userId" FROM "Submission"
        WHERE "courseId" = ${courseId} AND "userId" = ${userId} AND "isLate" = true AND "assignmentId" IS NOT NULL`
    : await db.$queryRaw<{ assignmentId: string; userId: string }[]>`
        SELECT DISTINCT "assignmentId", "userId" FROM "Submission"
        WHERE "courseId" = ${courseId} AND "isLate" = true AND "assignmentId" IS NOT NULL`;
  return new Set(rows.map((r) => `${r.assignmentId}\u0000${r.userId}`));
}

async function courseAssignments(courseId: string) {
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true, title: true,
      assignments: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, dueAt: true, items: { orderBy: { position: "asc" }, select: { exercise: { select: { id: true, slug: true, title: true } } } } } },
    },
  });
  const assignments: GridAssignment[] = course.assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt, exerciseIds: a.items.map((i) => i.exercise.id), exercises: a.items.map((i) => i.exercise) }));
  return { course: { id: course.id, title: course.title }, assignments };
}

function buildRow(learner: { id: string; name: string; email: string }, assignments: GridAssignment[], cellRows: Map<string, CellRow>, late: Set<string>): GridRow {
  const cells: Record<string, GridCell> = {};
  let solvedAll = 0;
  let attemptsAll = 0;
  let lastAll: Date | null = null;
  const totalExercises = assignments.reduce((n, a) => n + a.exerciseIds.length, 0);
  for (const a of assignments) {
    const cell = emptyCell(a.exerciseIds.length);
    const row = cellRows.get(`${a.id}\u0000${learner.id}`);
    if (row) {
      cell.solved = Number(row.solved);
      cell.attempts = Number(row.attempts ?? 0);
      cell.lastActivity = toDate(row.last);
    }
    cell.score = cell.total ? cell.solved / cell.total : 0;
    cell.late = late.has(`${a.id}\u0000${learner.id}`);
    cells[a.id] = cell;
    solvedAll += cell.solved;
    attemptsAll += cell.attempts;
    lastAll = later(lastAll, cell.lastActivity);
  }
  return { userId: learner.id, name: learner.name, email: learner.email, cells, score: totalExercises ? solvedAll / totalExercises : 0, attempts: attemptsAll, lastActivity: lastAll };
}

async function cellRows(courseId: string, userId?: string): Promise<Map<string, CellRow>> {
  const rows = userId
    ? await db.$queryRaw<CellRow[]>`
        SELECT p."userId" AS "userId", ai."assignmentId" AS "assignmentId",
               SUM(CASE WHEN p."solved" THEN 1 ELSE 0 END) AS "solved", SUM(p."attempts") AS "attempts", MAX(p."lastAttemptAt") AS "last"
        FROM "Assignment" a
        JOIN "AssignmentItem" ai ON ai."assignmentId" = a."id"
        JOIN "Progress" p ON p."exerciseId" = ai."exerciseId" AND p."userId" = ${userId}
        WHERE a."courseId" = ${courseId}
        GROUP BY p."userId", ai."assignmentId"`
    : await db.$queryRaw<CellRow[]>`
        SELECT p."userId" AS "userId", ai."assignmentId" AS "assignmentId",
               SUM(CASE WHEN p."solved" THEN 1 ELSE 0 END) AS "solved", SUM(p."attempts") AS "attempts", MAX(p."lastAttemptAt") AS "last"
        FROM "Assignment" a
        JOIN "AssignmentItem" ai ON ai."assignmentId" = a."id"
        JOIN "Progress" p ON p."exerciseId" = ai."exerciseId"
        JOIN "Enrollment" e ON e."userId" = p."userId" AND e."courseId" = a."courseId" AND e."removedAt" IS NULL
        WHERE a."courseId" = ${courseId}
        GROUP BY p."userId", ai."assignmentId"`;
  return new Map(rows.map((r) => [`${r.assignmentId}\u0000${r.userId}`, r]));
}

/** Raw grid for every enrolled learner and every assignment (the gradebook export uses it too). */
export async function loadCourseGrid(viewer: Viewer | null, courseId: string): Promise<Omit<CourseGrid, "columns">> {
  await requireCourseManager(viewer, courseId);
  const [{ course, assignments }, learners, cells, late] = await Promise.all([
    courseAssignments(courseId),
    db.user.findMany({ where: { enrollments: { some: { courseId, removedAt: null } } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    cellRows(courseId),
    lateSet(courseId),
  ]);
  const rows = learners.map((learner) => buildRow(learner, assignments, cells, late));
  return { course, assignments, rows, enrolled: learners.length };
}

/** The course dashboard's grid with its filters and sort applied. Course owner and admins. */
export async function getCourseGrid(viewer: Viewer | null, courseId: string, options: GridOptions = {}): Promise<CourseGrid> {
  const grid = await loadCourseGrid(viewer, courseId);
  const now = options.now ?? new Date();
  const column = options.assignmentId ? grid.assignments.find((a) => a.id === options.assignmentId) : undefined;
  const columns = column ? [column] : grid.assignments;
  const scoreOf = (r: GridRow) => (column ? r.cells[column.id]!.score : r.score);
  const attemptsOf = (r: GridRow) => (column ? r.cells[column.id]!.attempts : r.attempts);
  const activityOf = (r: GridRow) => (column ? r.cells[column.id]!.lastActivity : r.lastActivity);
  const query = options.query?.trim().toLowerCase();
  let rows = grid.rows.filter((r) => !query || r.name.toLowerCase().includes(query) || r.email.toLowerCase().includes(query));
  switch (options.status ?? "all") {
    case "behind":
      // Below half of what is due so far.
      rows = rows.filter((r) => scoreOf(r) < 0.5);
      break;
    case "late":
      rows = rows.filter((r) => columns.some((a) => r.cells[a.id]!.late));
      break;
    case "inactive": {
      const cutoff = now.getTime() - INACTIVE_DAYS * 86_400_000;
      rows = rows.filter((r) => !activityOf(r) || activityOf(r)!.getTime() < cutoff);
      break;
    }
  }
  const sort = options.sort ?? "name";
  const key = (r: GridRow): number | string => {
    if (sort === "name") return r.name.toLowerCase();
    if (sort === "score") return scoreOf(r);
    if (sort === "attempts") return attemptsOf(r);
    if (sort === "activity") return activityOf(r)?.getTime() ?? 0;
    return r.cells[sort.slice(2)]?.score ?? 0;
  };
  const sign = options.dir === "desc" ? -1 : 1;
  rows = [...rows].sort((a, b) => {
    const ka = key(a), kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * sign || a.name.localeCompare(b.name);
  });
  return { ...grid, columns, rows };
}

// ## One exercise

export interface MisconceptionGroup {
  /** A diagnosis code, or "undiagnosed". */
  code: DiagnosisCode | "undiagnosed";
  label: string;
  count: number;
  learners: number;
  /** Up to three learners who gave such an answer. */
  examples: { userId: string; name: string; answer: string }[];
  /** The most frequent answers in this group. */
  answers: { answer: string; count: number }[];
  byVersion: Record<string, number>;
}

export interface PartStats {
  partId: string;
  prompt: string;
  learners: number;
  submissions: number;
  firstTryCorrect: number;
  /** firstTryCorrect / learners (0 when nobody answered). */
  firstTryAccuracy: number;
  /** Learners by how many wrong answers preceded their first right one ("0", "1", … "5+", "not yet"). */
  attemptsBeforeSuccess: { label: string; learners: number }[];
  /** The most frequent answers, right and wrong counted apart (the key depends on variant and version). */
  answers: { answer: string; correct: number; wrong: number }[];
  misconceptions: MisconceptionGroup[];
  byVersion: { version: string; learners: number; submissions: number; firstTryAccuracy: number; wrong: number }[];
}

export interface ExerciseDashboard {
  course: { id: string; title: string };
  exercise: { id: string; slug: string; title: string; topic: string };
  learners: number;
  submissions: number;
  parts: PartStats[];
}

const ANSWERS_SHOWN = 12;
const SUCCESS_BUCKETS = ["0", "1", "2", "3", "4", "5+"];

function versionOrder(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am! - bm! || an! - bn!;
}

/** Statistics of one exercise over the course's enrolled learners. Course owner and admins. */
export async function getExerciseDashboard(viewer: Viewer | null, courseId: string, slug: string): Promise<ExerciseDashboard> {
  await requireCourseManager(viewer, courseId);
  const [course, exercise] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: courseId }, select: { id: true, title: true } }),
    db.exercise.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, topic: true, currentRevision: { select: { content: true } } } }),
  ]);
  if (!exercise?.currentRevision) throw new AccessError("NOT_FOUND", "No such exercise.");
  const file = JSON.parse(exercise.currentRevision.content) as ExerciseFile;
  const rows = await db.submission.findMany({
    where: { exerciseId: exercise.id, user: { enrollments: { some: { courseId, removedAt: null } } } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, part: true, answer: true, correct: true, pythonVersion: true, diagnosis: true, user: { select: { name: true } } },
  });
  const partIds = [...file.parts.map((p) => p.id), ...new Set(rows.map((r) => r.part).filter((id) => !file.parts.some((p) => p.id === id)))];
  const parts = partIds.map((partId): PartStats => {
    const prompt = file.parts.find((p) => p.id === partId)?.prompt ?? `${partId} (an earlier revision's part)`;
    const mine = rows.filter((r) => r.part === partId);
    const perLearner = new Map<string, typeof mine>();
    for (const r of mine) perLearner.set(r.userId, [...(perLearner.get(r.userId) ?? []), r]);
    let firstTryCorrect = 0;
    const buckets = new Map<string, number>([...SUCCESS_BUCKETS, "not yet"].map((b) => [b, 0]));
    for (const list of perLearner.values()) {
      if (list[0]!.correct) firstTryCorrect++;
      const firstRight = list.findIndex((r) => r.correct);
      const label = firstRight < 0 ? "not yet" : firstRight >= 5 ? "5+" : String(firstRight);
      buckets.set(label, buckets.get(label)! + 1);
    }
    const answerCounts = new Map<string, { correct: number; wrong: number }>();
    for (const r of mine) {
      const c = answerCounts.get(r.answer) ?? { correct: 0, wrong: 0 };
      c[r.correct ? "correct" : "wrong"]++;
      answerCounts.set(r.answer, c);
    }
    const answers = [...answerCounts]
      .map(([answer, c]) => ({ answer, ...c }))
      .sort((a, b) => b.correct + b.wrong - (a.correct + a.wrong) || a.answer.localeCompare(b.answer))
      .slice(0, ANSWERS_SHOWN);
    const groups = new Map<string, typeof mine>();
    for (const r of mine) {
      if (r.correct) continue;
      const code = r.diagnosis && (DIAGNOSIS_CODES as readonly string[]).includes(r.diagnosis) ? r.diagnosis : "undiagnosed";
      groups.set(code, [...(groups.get(code) ?? []), r]);
    }
    const misconceptions = [...groups]
      .map(([code, list]): MisconceptionGroup => {
        const examples: MisconceptionGroup["examples"] = [];
        for (const r of list) {
          if (examples.length < 3 && !examples.some((e) => e.userId === r.userId)) examples.push({ userId: r.userId, name: r.user.name, answer: r.answer });
        }
        const counts = new Map<string, number>();
        const byVersion: Record<string, number> = {};
        for (const r of list) {
          counts.set(r.answer, (counts.get(r.answer) ?? 0) + 1);
          byVersion[r.pythonVersion] = (byVersion[r.pythonVersion] ?? 0) + 1;
        }
        return {
          code: code as MisconceptionGroup["code"],
          label: code === "undiagnosed" ? "No known misconception" : DIAGNOSIS_LABELS[code as DiagnosisCode],
          count: list.length,
          learners: new Set(list.map((r) => r.userId)).size,
          examples,
          answers: [...counts].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)).slice(0, 3),
          byVersion,
        };
      })
      // Diagnosed groups first (they teach something), biggest first.
      .sort((a, b) => Number(a.code === "undiagnosed") - Number(b.code === "undiagnosed") || b.count - a.count);
    const versions = [...new Set(mine.map((r) => r.pythonVersion))].sort(versionOrder);
    const byVersion = versions.map((version) => {
      const list = mine.filter((r) => r.pythonVersion === version);
      const firsts = new Map<string, boolean>();
      for (const r of list) if (!firsts.has(r.userId)) firsts.set(r.userId, r.correct);
      const right = [...firsts.values()].filter(Boolean).length;
      return { version, learners: firsts.size, submissions: list.length, firstTryAccuracy: firsts.size ? right / firsts.size : 0, wrong: list.filter((r) => !r.correct).length };
    });
    return {
      partId, prompt, learners: perLearner.size, submissions: mine.length, firstTryCorrect,
      firstTryAccuracy: perLearner.size ? firstTryCorrect / perLearner.size : 0,
      attemptsBeforeSuccess: [...buckets].map(([label, learners]) => ({ label, learners })),
      answers, misconceptions, byVersion,
    };
  });
  return {
    course, exercise: { id: exercise.id, slug: exercise.slug, title: exercise.title, topic: exercise.topic },
    learners: new Set(rows.map((r) => r.userId)).size, submissions: rows.length, parts,
  };
}

// ## One learner

export interface LearnerDashboard {
  course: { id: string; title: string };
  learner: { id: string; name: string; email: string };
  attempts: { id: string; slug: string; title: string; part: string; answer: string; correct: boolean; pythonVersion: string; diagnosis: string | null; isLate: boolean; createdAt: Date }[];
  mastery: ConceptMastery[];
  assignments: { id: string; title: string; cell: GridCell }[];
}

/** One enrolled learner's attempts (newest first), concept mastery and assignment scores. Course owner and admins. */
export async function getLearnerDashboard(viewer: Viewer | null, courseId: string, learnerId: string, now = new Date()): Promise<LearnerDashboard> {
  await requireCourseManager(viewer, courseId);
  const enrolment = await db.enrollment.findUnique({
    where: { courseId_userId: { courseId, userId: learnerId } },
    select: { removedAt: true, user: { select: { id: true, name: true, email: true } }, course: { select: { id: true, title: true } } },
  });
  if (!enrolment || enrolment.removedAt) throw new AccessError("NOT_FOUND", "This learner is not in the course.");
  const [attempts, exercises, progress, { assignments }, cells, late] = await Promise.all([
    db.submission.findMany({
      where: { userId: learnerId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, part: true, answer: true, correct: true, pythonVersion: true, diagnosis: true, isLate: true, createdAt: true, exercise: { select: { slug: true, title: true } } },
    }),
    db.exercise.findMany({ where: { status: "PUBLISHED", currentRevisionId: { not: null } }, select: { id: true, slug: true, title: true, topic: true, currentRevision: { select: { content: true } } } }),
    db.progress.findMany({ where: { userId: learnerId }, select: { exerciseId: true, attempts: true, solved: true, firstTryCorrect: true, lastAttemptAt: true } }),
    courseAssignments(courseId),
    cellRows(courseId, learnerId),
    lateSet(courseId, learnerId),
  ]);
  const infos = exercises.map((e) => {
    const file = JSON.parse(e.currentRevision!.content) as ExerciseFile;
    return { exerciseId: e.id, slug: e.slug, title: e.title, topic: e.topic, difficulty: file.difficulty, concepts: file.concepts };
  });
  const row = buildRow(enrolment.user, assignments, cells, late);
  return {
    course: enrolment.course,
    learner: enrolment.user,
    attempts: attempts.map(({ exercise, ...a }) => ({ ...a, slug: exercise.slug, title: exercise.title })),
    mastery: conceptMastery(infos, progress, now),
    assignments: assignments.map((a) => ({ id: a.id, title: a.title, cell: row.cells[a.id]! })),
  };
}
