// Data-layer behaviour beyond authorization: recording attempts, progress, courses, profile.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCourse, joinCourse, listCoursesForViewer } from "@/lib/data/courses";
import { getProgressForLearner } from "@/lib/data/progress";
import { listSubmissionsForLearner, markSolved, recordSubmission } from "@/lib/data/submissions";
import { getViewerById, updatePreferredPython } from "@/lib/data/users";
import { AccessError } from "@/lib/data/access";
import { attempt, makeExercise, makeUser } from "@/tests/helpers/factories";

describe("recordSubmission", () => {
  it("stores the attempt with its revision, seed, part, version and lateness", async () => {
    const learner = await makeUser();
    const { revisionId, exerciseId } = await makeExercise();
    const row = await recordSubmission(learner, attempt(revisionId, { answer: "184", correct: true }));
    expect(row).toMatchObject({ userId: learner.id, exerciseId, revisionId, variantSeed: 7, part: "size", answer: "184", correct: true, pythonVersion: "3.12", isLate: false });
  });

  it("counts attempts and first-try correctness in progress", async () => {
    const learner = await makeUser();
    const { revisionId, exerciseId } = await makeExercise();
    await recordSubmission(learner, attempt(revisionId, { correct: false }));
    await recordSubmission(learner, attempt(revisionId, { correct: true }));
    await markSolved(learner, exerciseId);
    const [progress] = await getProgressForLearner(learner, learner.id);
    expect(progress).toMatchObject({ exerciseId, attempts: 2, solved: true, firstTryCorrect: false });
    expect(await listSubmissionsForLearner(learner, learner.id)).toHaveLength(2);
  });

  it("marks attempts after an assignment's due date as late, and only for enrolled learners", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const learner = await makeUser();
    const outsider = await makeUser();
    const { revisionId, exerciseId } = await makeExercise();
    const course = await createCourse(teacher, { title: "Memory 101", description: "" });
    await joinCourse(learner, course.joinCode!);
    const assignment = await db.assignment.create({
      data: { courseId: course.id, title: "Dicts", dueAt: new Date(Date.now() - 60_000), items: { create: { exerciseId } } },
    });
    const late = await recordSubmission(learner, { ...attempt(revisionId), assignmentId: assignment.id });
    expect(late.isLate).toBe(true);
    await expect(recordSubmission(outsider, { ...attempt(revisionId), assignmentId: assignment.id })).rejects.toBeInstanceOf(AccessError);
  });

  it("refuses attempts on an assignment that has not opened yet, or that does not contain the exercise", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const learner = await makeUser();
    const { revisionId, exerciseId } = await makeExercise();
    const other = await makeExercise();
    const course = await createCourse(teacher, { title: "Memory 102", description: "" });
    await joinCourse(learner, course.joinCode!);
    const upcoming = await db.assignment.create({
      data: { courseId: course.id, title: "Next week", opensAt: new Date(Date.now() + 86_400_000), items: { create: { exerciseId } } },
    });
    const open = await db.assignment.create({
      data: { courseId: course.id, title: "This week", items: { create: { exerciseId } } },
    });
    await expect(recordSubmission(learner, { ...attempt(revisionId), assignmentId: upcoming.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordSubmission(learner, { ...attempt(other.revisionId), assignmentId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const accepted = await recordSubmission(learner, { ...attempt(revisionId), assignmentId: open.id });
    expect(accepted).toMatchObject({ isLate: false });
  });

  it("rejects malformed input", async () => {
    const learner = await makeUser();
    const { revisionId } = await makeExercise();
    await expect(recordSubmission(learner, { ...attempt(revisionId), pythonVersion: "2.7" as "3.12" })).rejects.toThrow();
  });
});

describe("courses", () => {
  it("gives a new course a join code that learners can use", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const learner = await makeUser();
    const course = await createCourse(teacher, { title: "Python internals", description: "Spring" });
    expect(course.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await joinCourse(learner, course.joinCode!)).toEqual({ courseId: course.id, title: "Python internals" });
    // Joining twice is harmless.
    await joinCourse(learner, course.joinCode!);
    expect((await listCoursesForViewer(learner)).map((c) => c.id)).toContain(course.id);
    expect((await listCoursesForViewer(teacher)).find((c) => c.id === course.id)?.learnerCount).toBe(1);
  });

  it("rejects an unknown join code", async () => {
    const learner = await makeUser();
    await expect(joinCourse(learner, "ZZZZZZZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("updatePreferredPython", () => {
  it("changes only the viewer's own setting", async () => {
    const learner = await makeUser();
    await updatePreferredPython(learner, "3.8");
    expect((await getViewerById(learner.id))?.preferredPython).toBe("3.8");
  });
});
