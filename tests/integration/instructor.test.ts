// Instructor features against a real database: assignments (with late answers), the course page,
// dashboards (grid, exercise misconceptions, learner), CSV exports, and every route and action
// tried by each role and the anonymous visitor. Keys come from the simulator, never typed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AccessError, type Viewer } from "@/lib/data/access";
import { makeCourse, makeUser, uniqueName } from "@/tests/helpers/factories";
import { loadExerciseLibrary } from "@/lib/content/load";
import { runProgram } from "@/lib/simulator";
import { initialActionState } from "@/lib/actions/action-state-initial";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { db } = await import("@/lib/db");
const { createAssignment, deleteAssignment, getCourseOverview, getCourseForJoinLink, getAssignmentContext } = await import("@/lib/data/assignments");
const { getCourseGrid, getExerciseDashboard, getLearnerDashboard } = await import("@/lib/data/dashboards");
const { submitAnswers } = await import("@/lib/data/grading");
const { createAssignmentAction, deleteAssignmentAction, removeLearnerAction, joinViaLinkAction } = await import("@/lib/actions/assignments");
const { answerExerciseAction } = await import("@/lib/actions/learning");
const gradebookRoute = await import("@/app/courses/[courseId]/gradebook.csv/route");
const submissionsRoute = await import("@/app/courses/[courseId]/submissions.csv/route");

const rowSize = loadExerciseLibrary().find((l) => l.slug === "dict-row-size")!;
const printed = (version: string) => runProgram(rowSize.exercise.template, { python: version }).stdout.trim().split("\n")[0]!;

async function publishRowSize(): Promise<{ slug: string; revisionId: string; exerciseId: string }> {
  const slug = uniqueName("row-size");
  const exercise = await db.exercise.create({ data: { slug, title: `Row size ${slug}`, topic: "tutorial", status: "PUBLISHED", origin: "library" } });
  const revision = await db.exerciseRevision.create({ data: { exerciseId: exercise.id, number: 1, content: rowSize.content, contentHash: uniqueName("hash") } });
  await db.exercise.update({ where: { id: exercise.id }, data: { currentRevisionId: revision.id } });
  return { slug, revisionId: revision.id, exerciseId: exercise.id };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    throw error;
  }
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const partId = rowSize.exercise.parts[0]!.id;
let teacher: Viewer, otherTeacher: Viewer, admin: Viewer, alice: Viewer, bob: Viewer, outsider: Viewer;
let exercise: Awaited<ReturnType<typeof publishRowSize>>;
let courseId: string, joinCode: string, openId: string, pastId: string;

beforeAll(async () => {
  [teacher, otherTeacher, admin, alice, outsider] = await Promise.all([
    makeUser("INSTRUCTOR"), makeUser("INSTRUCTOR"), makeUser("ADMIN"), makeUser("LEARNER", uniqueName("alice")), makeUser("LEARNER"),
  ]);
  // A name that a spreadsheet would run as a formula.
  bob = await makeUser("LEARNER", `=HYPERLINK-${uniqueName("bob")}`);
  bob = { ...bob, preferredPython: "3.12" };
  alice = { ...alice, preferredPython: "3.12" };
  exercise = await publishRowSize();
  const course = await makeCourse(teacher, [alice, bob]);
  courseId = course.id;
  joinCode = course.joinCode;
  openId = (await createAssignment(teacher, { courseId, title: "Week 1", opensAt: null, dueAt: new Date(Date.now() + 86_400_000), exercises: [exercise.slug] })).id;
  pastId = (await createAssignment(teacher, { courseId, title: "Week 0", opensAt: null, dueAt: new Date(Date.now() - 86_400_000), exercises: [exercise.slug] })).id;
});

describe("assignments", () => {
  it("are created by the course owner and admins only", async () => {
    const input = { courseId, title: "Other", opensAt: null, dueAt: null, exercises: [exercise.slug] };
    expect(await codeOf(createAssignment(null, input))).toBe("UNAUTHENTICATED");
    expect(await codeOf(createAssignment(alice, input))).toBe("FORBIDDEN");
    expect(await codeOf(createAssignment(otherTeacher, input))).toBe("FORBIDDEN");
    const made = await createAssignment(admin, input);
    expect(made.exercises.map((e) => e.slug)).toEqual([exercise.slug]);
    expect(await codeOf(deleteAssignment(otherTeacher, made.id))).toBe("FORBIDDEN");
    expect(await codeOf(deleteAssignment(alice, made.id))).toBe("FORBIDDEN");
    expect(await codeOf(deleteAssignment(teacher, made.id))).toBe("OK");
  });

  it("refuse exercises that are not published", async () => {
    const draft = await db.exercise.create({ data: { slug: uniqueName("draft"), title: "Draft", topic: "dict", status: "DRAFT", authorId: teacher.id } });
    expect(await codeOf(createAssignment(teacher, { courseId, title: "Drafts", opensAt: null, dueAt: null, exercises: [draft.slug] }))).toBe("NOT_FOUND");
  });

  it("record answers after the due date as late and answers before it as on time", async () => {
    const wrong = printed("3.8");
    const right = printed("3.12");
    expect(wrong).not.toBe(right);
    await submitAnswers(alice, { slug: exercise.slug, revisionId: exercise.revisionId, python: "3.12", answers: { [partId]: [wrong] }, assignmentId: openId });
    await submitAnswers(alice, { slug: exercise.slug, revisionId: exercise.revisionId, python: "3.12", answers: { [partId]: [right] }, assignmentId: openId });
    await submitAnswers(bob, { slug: exercise.slug, revisionId: exercise.revisionId, python: "3.12", answers: { [partId]: [wrong] }, assignmentId: pastId });
    const rows = await db.submission.findMany({ where: { exerciseId: exercise.exerciseId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.userId === alice.id ? "alice" : "bob", r.correct, r.isLate, r.assignmentId === openId ? "open" : "past", r.courseId === courseId])).toEqual([
      ["alice", false, false, "open", true],
      ["alice", true, false, "open", true],
      ["bob", false, true, "past", true],
    ]);
    expect(rows[0]!.diagnosis).toBe("other-version");
  });

  it("give an assignment context only to enrolled learners of an open assignment containing the exercise", async () => {
    expect(await getAssignmentContext(alice, openId, exercise.slug)).toMatchObject({ id: openId, courseId, late: false });
    expect(await getAssignmentContext(bob, pastId, exercise.slug)).toMatchObject({ late: true });
    expect(await getAssignmentContext(outsider, openId, exercise.slug)).toBeNull();
    expect(await getAssignmentContext(alice, openId, "some-other-exercise")).toBeNull();
    const later = await createAssignment(teacher, { courseId, title: "Later", opensAt: new Date(Date.now() + 86_400_000), dueAt: null, exercises: [exercise.slug] });
    expect(await getAssignmentContext(alice, later.id, exercise.slug)).toBeNull();
    const seen = await getCourseOverview(alice, courseId);
    expect(seen.assignments.find((a) => a.id === later.id)).toMatchObject({ state: "upcoming", exercises: [] });
    await deleteAssignment(teacher, later.id);
  });
});

describe("the course page", () => {
  it("shows the join code and roster to the owner and admins, neither to learners, and nothing to outsiders", async () => {
    const own = await getCourseOverview(teacher, courseId);
    expect(own).toMatchObject({ manage: true, joinCode });
    expect(own.roster.map((r) => r.userId).sort()).toEqual([alice.id, bob.id].sort());
    expect((await getCourseOverview(admin, courseId)).joinCode).toBe(joinCode);
    const learnerView = await getCourseOverview(alice, courseId);
    expect(learnerView).toMatchObject({ manage: false, joinCode: null, roster: [] });
    expect(learnerView.assignments.find((a) => a.id === openId)).toMatchObject({ state: "open", solved: 1 });
    expect(await codeOf(getCourseOverview(outsider, courseId))).toBe("NOT_FOUND");
    expect(await codeOf(getCourseOverview(otherTeacher, courseId))).toBe("NOT_FOUND");
    expect(await codeOf(getCourseOverview(null, courseId))).toBe("UNAUTHENTICATED");
  });

  it("resolves a join link only with the right code", async () => {
    expect(await getCourseForJoinLink(outsider, courseId, joinCode.toLowerCase())).toMatchObject({ id: courseId, enrolled: false });
    expect(await codeOf(getCourseForJoinLink(outsider, courseId, "WRONGCODE"))).toBe("NOT_FOUND");
    expect(await codeOf(getCourseForJoinLink(null, courseId, joinCode))).toBe("UNAUTHENTICATED");
  });
});

describe("dashboards", () => {
  it("grid: one row per enrolled learner with score, attempts, activity and the late flag; filters and sorts", async () => {
    const grid = await getCourseGrid(teacher, courseId, { sort: "score", dir: "desc" });
    expect(grid.rows.map((r) => r.userId)).toEqual([alice.id, bob.id]);
    const a = grid.rows[0]!;
    expect(a.cells[openId]).toMatchObject({ solved: 1, total: 1, score: 1, late: false });
    expect(a.cells[openId]!.attempts).toBe(2);
    expect(a.lastActivity).not.toBeNull();
    expect(grid.rows[1]!.cells[pastId]).toMatchObject({ solved: 0, late: true });
    expect((await getCourseGrid(teacher, courseId, { status: "late" })).rows.map((r) => r.userId)).toEqual([bob.id]);
    expect((await getCourseGrid(teacher, courseId, { status: "behind" })).rows.map((r) => r.userId)).toEqual([bob.id]);
    expect((await getCourseGrid(teacher, courseId, { query: alice.name.toUpperCase() })).rows.map((r) => r.userId)).toEqual([alice.id]);
    expect((await getCourseGrid(teacher, courseId, { assignmentId: pastId })).columns.map((c) => c.id)).toEqual([pastId]);
  });

  it("exercise: first-try accuracy, attempts before success, and the wrong answers under their misconception with examples and versions", async () => {
    const data = await getExerciseDashboard(teacher, courseId, exercise.slug);
    const part = data.parts.find((p) => p.partId === partId)!;
    expect(part).toMatchObject({ learners: 2, submissions: 3, firstTryCorrect: 0, firstTryAccuracy: 0 });
    expect(part.attemptsBeforeSuccess.find((b) => b.label === "1")!.learners).toBe(1);
    expect(part.attemptsBeforeSuccess.find((b) => b.label === "not yet")!.learners).toBe(1);
    const group = part.misconceptions.find((m) => m.code === "other-version")!;
    expect(group).toMatchObject({ count: 2, learners: 2, byVersion: { "3.12": 2 } });
    expect(group.answers).toEqual([{ answer: printed("3.8"), count: 2 }]);
    expect(group.examples.map((e) => e.userId).sort()).toEqual([alice.id, bob.id].sort());
    expect(part.byVersion).toEqual([{ version: "3.12", learners: 2, submissions: 3, firstTryAccuracy: 0, wrong: 2 }]);
    expect(part.answers[0]).toEqual({ answer: printed("3.8"), correct: 0, wrong: 2 });
  });

  it("learner: attempt history newest first and concept mastery", async () => {
    const data = await getLearnerDashboard(teacher, courseId, alice.id);
    expect(data.attempts.map((a) => a.correct)).toEqual([true, false]);
    expect(data.mastery.some((m) => m.attempted > 0)).toBe(true);
    expect(data.assignments.find((a) => a.id === openId)!.cell.solved).toBe(1);
  });

  it.each([
    ["anonymous", () => null, "UNAUTHENTICATED"],
    ["a learner of the course", () => alice, "FORBIDDEN"],
    ["another instructor", () => otherTeacher, "FORBIDDEN"],
  ])("are refused to %s", async (_who, who, code) => {
    expect(await codeOf(getCourseGrid(who(), courseId))).toBe(code);
    expect(await codeOf(getExerciseDashboard(who(), courseId, exercise.slug))).toBe(code);
    expect(await codeOf(getLearnerDashboard(who(), courseId, alice.id))).toBe(code);
  });

  it("are open to admins, and show only learners enrolled in the course", async () => {
    expect((await getCourseGrid(admin, courseId)).rows).toHaveLength(2);
    expect(await codeOf(getLearnerDashboard(teacher, courseId, outsider.id))).toBe("NOT_FOUND");
  });
});

describe("CSV exports", () => {
  const get = (route: typeof gradebookRoute) => route.GET(new Request("http://localhost/x"), { params: Promise.resolve({ courseId }) });

  it.each([
    ["anonymous", () => null, 401],
    ["a learner of the course", () => alice, 403],
    ["another instructor", () => otherTeacher, 403],
    ["the owner", () => teacher, 200],
    ["an admin", () => admin, 200],
  ])("answer %s with HTTP %i", async (_who, who, status) => {
    session.viewer = who();
    expect((await get(gradebookRoute)).status).toBe(status);
    expect((await get(submissionsRoute)).status).toBe(status);
  });

  it("gradebook: one row per learner, per assignment score, solved and late, formula-looking names neutralised", async () => {
    session.viewer = teacher;
    const response = await get(gradebookRoute);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-gradebook\.csv"$/);
    const lines = (await response.text()).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe("name,email,Week 1 score %,Week 1 solved,Week 1 late,Week 0 score %,Week 0 solved,Week 0 late,total score %,attempts,last activity");
    expect(lines).toHaveLength(4);
    const aliceLine = lines.find((l) => l.startsWith(alice.name))!;
    expect(aliceLine).toMatch(new RegExp(`^${alice.name},${alice.email},100,1/1,,100,1/1,,100,4,\\d{4}-`));
    const bobLine = lines.find((l) => l.includes(bob.email))!;
    expect(bobLine.startsWith(`'=HYPERLINK`)).toBe(true);
    expect(bobLine).toContain(",0,0/1,late,");
  });

  it("submissions: one row per answer, oldest first, with late and diagnosis", async () => {
    session.viewer = teacher;
    const lines = (await (await get(submissionsRoute)).text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("submitted at,name,email,assignment,exercise,revision,part,answer,correct,python,diagnosis,late,variant seed");
    const mine = lines.slice(1).filter((l) => l.includes(exercise.slug));
    expect(mine).toHaveLength(3);
    expect(mine[0]).toContain(`,Week 1,${exercise.slug},1,${partId},${printed("3.8")},no,3.12,other-version,,`);
    expect(mine[1]).toContain(`,${printed("3.12")},yes,3.12,,,`);
    expect(mine[2]).toContain(`,Week 0,${exercise.slug},1,${partId},${printed("3.8")},no,3.12,other-version,late,`);
  });
});

describe("actions", () => {
  it.each([
    ["anonymous", () => null, "Please sign in."],
    ["a learner", () => alice, "You are not allowed to do that."],
    ["another instructor", () => otherTeacher, "You are not allowed to do that."],
  ])("createAssignmentAction refuses %s", async (_who, who, message) => {
    session.viewer = who();
    const title = uniqueName("sneaky");
    expect(await createAssignmentAction(initialActionState, form({ courseId, title, exercise: exercise.slug }))).toMatchObject({ ok: false, message });
    expect(await db.assignment.count({ where: { title } })).toBe(0);
  });

  it("createAssignmentAction adds several exercises in order, and reports field errors", async () => {
    session.viewer = teacher;
    const second = await publishRowSize();
    const title = uniqueName("pair");
    const state = await createAssignmentAction(initialActionState, form({ courseId, title, dueAt: "2030-01-01T09:00", exercise: [second.slug, exercise.slug] }));
    expect(state).toMatchObject({ ok: true, message: `Added "${title}" with 2 exercises.` });
    const made = await db.assignment.findFirstOrThrow({ where: { title }, include: { items: { orderBy: { position: "asc" } } } });
    expect(made.items.map((i) => i.exerciseId)).toEqual([second.exerciseId, exercise.exerciseId]);
    const bad = await createAssignmentAction(initialActionState, form({ courseId, title: "x", opensAt: "2030-01-02T00:00", dueAt: "2030-01-01T00:00" }));
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.errors).sort()).toEqual(["dueAt", "exercises", "title"]);
    session.viewer = alice;
    expect(await deleteAssignmentAction(initialActionState, form({ assignmentId: made.id }))).toMatchObject({ ok: false });
    session.viewer = teacher;
    expect(await deleteAssignmentAction(initialActionState, form({ assignmentId: made.id }))).toMatchObject({ ok: true });
  });

  it("removeLearnerAction: only the owner (or an admin) removes, and the learner's answers stay", async () => {
    const carol = await makeUser("LEARNER");
    await db.enrollment.create({ data: { courseId, userId: carol.id } });
    for (const who of [null, alice, otherTeacher]) {
      session.viewer = who;
      expect((await removeLearnerAction(initialActionState, form({ courseId, userId: carol.id }))).ok).toBe(false);
    }
    session.viewer = teacher;
    expect(await removeLearnerAction(initialActionState, form({ courseId, userId: carol.id }))).toMatchObject({ ok: true });
    expect(await codeOf(getCourseOverview(carol, courseId))).toBe("NOT_FOUND");
    expect((await getCourseGrid(teacher, courseId)).rows.map((r) => r.userId)).not.toContain(carol.id);
  });

  it("joinViaLinkAction enrols the visitor and opens the course; anonymous visitors are asked to sign in", async () => {
    session.viewer = null;
    expect(await joinViaLinkAction(initialActionState, form({ joinCode }))).toMatchObject({ ok: false, message: "Please sign in." });
    const dan = await makeUser("LEARNER");
    session.viewer = dan;
    await expect(joinViaLinkAction(initialActionState, form({ joinCode }))).rejects.toMatchObject({ url: `/courses/${courseId}` });
    expect((await getCourseOverview(dan, courseId)).manage).toBe(false);
  });

  it("answerExerciseAction passes the assignment through, so the answer is counted for it", async () => {
    const erin = await makeUser("LEARNER");
    await db.enrollment.create({ data: { courseId, userId: erin.id } });
    session.viewer = erin;
    const fields = { slug: exercise.slug, revisionId: exercise.revisionId, python: "3.12", assignmentId: pastId, [`answer:${partId}`]: printed("3.12") };
    const state = await answerExerciseAction({ round: 0, message: null, result: null }, form(fields));
    expect(state.result?.parts[0]?.status).toBe("correct");
    const row = await db.submission.findFirstOrThrow({ where: { userId: erin.id } });
    expect(row).toMatchObject({ assignmentId: pastId, courseId, isLate: true, correct: true });
    // Someone outside the course cannot attach answers to its assignment.
    session.viewer = outsider;
    const refused = await answerExerciseAction({ round: 0, message: null, result: null }, form(fields));
    expect(refused.message).toBe("You are not enrolled in this course.");
  });
});
