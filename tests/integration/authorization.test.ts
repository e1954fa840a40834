// Every authorization rule of the data layer, on the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { AccessError, type Viewer } from "@/lib/data/access";
import { createCourse, getCourseRoster, joinCourse, listCoursesForViewer, removeLearner } from "@/lib/data/courses";
import { getExercise, listPublishedExercises } from "@/lib/data/exercises";
import { getProgressForLearner } from "@/lib/data/progress";
import { listSubmissionsForExercise, listSubmissionsForLearner, recordSubmission } from "@/lib/data/submissions";
import { listUsers, setUserRole, updatePreferredPython } from "@/lib/data/users";
import { attempt, makeCourse, makeExercise, makeUser } from "@/tests/helpers/factories";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    throw error;
  }
}

let alice: Viewer, bob: Viewer, carol: Viewer, teacher: Viewer, otherTeacher: Viewer, admin: Viewer;
let exercise: Awaited<ReturnType<typeof makeExercise>>;
let courseId: string;

beforeAll(async () => {
  [alice, bob, carol, teacher, otherTeacher, admin] = await Promise.all([
    makeUser("LEARNER"), makeUser("LEARNER"), makeUser("LEARNER"),
    makeUser("INSTRUCTOR"), makeUser("INSTRUCTOR"), makeUser("ADMIN"),
  ]);
  exercise = await makeExercise();
  courseId = (await makeCourse(teacher, [alice, carol])).id;
  await recordSubmission(alice, attempt(exercise.revisionId, { answer: "232" }));
  await recordSubmission(bob, attempt(exercise.revisionId, { answer: "184", correct: true }));
});

describe("anonymous visitors", () => {
  it.each([
    ["listPublishedExercises", () => listPublishedExercises(null)],
    ["getExercise", () => getExercise(null, exercise.slug)],
    ["recordSubmission", () => recordSubmission(null, attempt(exercise.revisionId))],
    ["listSubmissionsForLearner", () => listSubmissionsForLearner(null, alice.id)],
    ["listSubmissionsForExercise", () => listSubmissionsForExercise(null, exercise.exerciseId)],
    ["getProgressForLearner", () => getProgressForLearner(null, alice.id)],
    ["createCourse", () => createCourse(null, { title: "Nope", description: "" })],
    ["listCoursesForViewer", () => listCoursesForViewer(null)],
    ["joinCourse", () => joinCourse(null, "ABCDEFGH")],
    ["getCourseRoster", () => getCourseRoster(null, courseId)],
    ["listUsers", () => listUsers(null)],
    ["setUserRole", () => setUserRole(null, alice.id, "ADMIN")],
    ["updatePreferredPython", () => updatePreferredPython(null, "3.8")],
  ])("are refused by %s as unauthenticated", async (_name, call) => {
    expect(await codeOf(call())).toBe("UNAUTHENTICATED");
  });
});

describe("a learner's submissions", () => {
  it("are readable by the learner themselves", async () => {
    const rows = await listSubmissionsForLearner(alice, alice.id);
    expect(rows.map((r) => r.answer)).toEqual(["232"]);
  });

  it("are not readable by another learner", async () => {
    expect(await codeOf(listSubmissionsForLearner(bob, alice.id))).toBe("FORBIDDEN");
    expect(await codeOf(listSubmissionsForLearner(alice, bob.id))).toBe("FORBIDDEN");
  });

  it("are readable by the instructor of a course the learner is enrolled in", async () => {
    expect(await listSubmissionsForLearner(teacher, alice.id)).toHaveLength(1);
  });

  it("are not readable by an instructor whose courses the learner is not in", async () => {
    expect(await codeOf(listSubmissionsForLearner(teacher, bob.id))).toBe("FORBIDDEN");
    expect(await codeOf(listSubmissionsForLearner(otherTeacher, alice.id))).toBe("FORBIDDEN");
  });

  it("are readable by an admin", async () => {
    expect(await listSubmissionsForLearner(admin, bob.id)).toHaveLength(1);
  });

  it("follow the same rules for progress", async () => {
    expect(await getProgressForLearner(alice, alice.id)).toHaveLength(1);
    expect(await codeOf(getProgressForLearner(bob, alice.id))).toBe("FORBIDDEN");
    expect(await getProgressForLearner(teacher, alice.id)).toHaveLength(1);
    expect(await codeOf(getProgressForLearner(otherTeacher, alice.id))).toBe("FORBIDDEN");
  });

  it("stop being visible to the instructor once the learner is removed from the course", async () => {
    const dave = await makeUser("LEARNER");
    const course = await makeCourse(teacher, [dave]);
    await recordSubmission(dave, attempt(exercise.revisionId));
    expect(await listSubmissionsForLearner(teacher, dave.id)).toHaveLength(1);
    await removeLearner(teacher, course.id, dave.id);
    expect(await codeOf(listSubmissionsForLearner(teacher, dave.id))).toBe("FORBIDDEN");
  });
});

describe("exercise-wide submission lists", () => {
  it("are refused to learners", async () => {
    expect(await codeOf(listSubmissionsForExercise(alice, exercise.exerciseId))).toBe("FORBIDDEN");
  });

  it("show an instructor only the learners of their own courses", async () => {
    const rows = await listSubmissionsForExercise(teacher, exercise.exerciseId);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([alice.id]));
    expect(await listSubmissionsForExercise(otherTeacher, exercise.exerciseId)).toEqual([]);
  });

  it("show an admin everyone", async () => {
    const rows = await listSubmissionsForExercise(admin, exercise.exerciseId);
    expect(rows.map((r) => r.userId)).toEqual(expect.arrayContaining([alice.id, bob.id]));
  });
});

describe("instructor-only operations", () => {
  it("refuse learners", async () => {
    expect(await codeOf(createCourse(alice, { title: "Learner course", description: "" }))).toBe("FORBIDDEN");
    expect(await codeOf(getCourseRoster(alice, courseId))).toBe("FORBIDDEN");
    expect(await codeOf(removeLearner(alice, courseId, carol.id))).toBe("FORBIDDEN");
  });

  it("refuse an instructor on another instructor's course", async () => {
    expect(await codeOf(getCourseRoster(otherTeacher, courseId))).toBe("FORBIDDEN");
    expect(await codeOf(removeLearner(otherTeacher, courseId, carol.id))).toBe("FORBIDDEN");
  });

  it("let the owner see the roster and admins too", async () => {
    const roster = await getCourseRoster(teacher, courseId);
    expect(roster.map((r) => r.userId).sort()).toEqual([alice.id, carol.id].sort());
    expect(await getCourseRoster(admin, courseId)).toHaveLength(2);
  });

  it("show join codes only to the owner", async () => {
    const learnerView = await listCoursesForViewer(alice);
    expect(learnerView.find((c) => c.id === courseId)?.joinCode).toBeNull();
    const ownerView = await listCoursesForViewer(teacher);
    expect(ownerView.find((c) => c.id === courseId)?.joinCode).toMatch(/^[A-Z0-9]+$/);
    expect((await listCoursesForViewer(otherTeacher)).some((c) => c.id === courseId)).toBe(false);
  });
});

describe("role administration", () => {
  it("is refused to learners and instructors", async () => {
    for (const viewer of [alice, teacher]) {
      expect(await codeOf(listUsers(viewer))).toBe("FORBIDDEN");
      expect(await codeOf(setUserRole(viewer, bob.id, "ADMIN"))).toBe("FORBIDDEN");
    }
  });

  it("lets an admin change someone else's role but not their own", async () => {
    const erin = await makeUser("LEARNER");
    expect((await setUserRole(admin, erin.id, "INSTRUCTOR")).role).toBe("INSTRUCTOR");
    expect(await codeOf(setUserRole(admin, admin.id, "LEARNER"))).toBe("FORBIDDEN");
    expect((await listUsers(admin)).some((u) => u.id === erin.id && u.role === "INSTRUCTOR")).toBe(true);
  });

  it("never returns password hashes", async () => {
    const users = await listUsers(admin);
    expect(users.every((u) => !("passwordHash" in u))).toBe(true);
  });
});

describe("draft exercises", () => {
  it("are hidden from learners but visible to their author and admins", async () => {
    const draft = await makeExercise({ status: "DRAFT", authorId: teacher.id });
    expect(await codeOf(getExercise(alice, draft.slug))).toBe("NOT_FOUND");
    expect(await codeOf(recordSubmission(alice, attempt(draft.revisionId)))).toBe("NOT_FOUND");
    expect((await getExercise(teacher, draft.slug)).slug).toBe(draft.slug);
    expect((await getExercise(admin, draft.slug)).slug).toBe(draft.slug);
    expect((await listPublishedExercises(alice)).some((e) => e.slug === draft.slug)).toBe(false);
  });
});
