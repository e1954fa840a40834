// Learning against a real database: grading records submissions with their diagnosis, progress and
// first-try correctness follow, answers are revealed only after trying, and the action checks the
// session. Keys come from the simulator, never typed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/data/access";
import { makeUser, uniqueName } from "@/tests/helpers/factories";
import { loadExerciseLibrary } from "@/lib/content/load";
import { runProgram } from "@/lib/simulator";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { submitAnswers, revealAnswers } = await import("@/lib/data/grading");
const { getExerciseForLearner, getLearnerOverview, listLibraryForLearner } = await import("@/lib/data/learning");
const { answerExerciseAction } = await import("@/lib/actions/learning");

const rowSize = loadExerciseLibrary().find((l) => l.slug === "dict-row-size")!;
const printed = (version: string) => runProgram(rowSize.exercise.template, { python: version }).stdout.trim();

async function publishRowSize(): Promise<{ slug: string; revisionId: string; exerciseId: string }> {
  const slug = uniqueName("row-size");
  const exercise = await db.exercise.create({ data: { slug, title: rowSize.exercise.title, topic: "tutorial", status: "PUBLISHED", origin: "library" } });
  const revision = await db.exerciseRevision.create({ data: { exerciseId: exercise.id, number: 1, content: rowSize.content, contentHash: uniqueName("hash") } });
  await db.exercise.update({ where: { id: exercise.id }, data: { currentRevisionId: revision.id } });
  return { slug, revisionId: revision.id, exerciseId: exercise.id };
}

let learner: Viewer;
let other: Viewer;
beforeAll(async () => {
  [learner, other] = await Promise.all([makeUser("LEARNER"), makeUser("LEARNER")]);
});

describe("submitAnswers", () => {
  it("records a diagnosed wrong answer, then a right one, and marks the exercise solved", async () => {
    const ex = await publishRowSize();
    const wrong = await submitAnswers(learner, { slug: ex.slug, revisionId: ex.revisionId, python: "3.12", answers: { size: [printed("3.8")] } });
    expect(wrong.parts[0]).toMatchObject({ status: "wrong", diagnosis: { code: "other-version" }, reveal: null });
    expect(wrong.solved).toBe(false);

    const right = await submitAnswers(learner, { slug: ex.slug, revisionId: ex.revisionId, python: "3.12", answers: { size: [`0x${Number(printed("3.12")).toString(16)}`] } });
    expect(right.parts[0]!.status).toBe("correct");
    expect(right.parts[0]!.reveal!.perVersion.find((v) => v.version === "3.8")!.display).toBe(printed("3.8"));
    expect(right.solved).toBe(true);
    expect(right.explanation).toContain("GC header");

    const rows = await db.submission.findMany({ where: { userId: learner.id, exerciseId: ex.exerciseId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.answer, r.correct, r.diagnosis, r.pythonVersion])).toEqual([
      [printed("3.8"), false, "other-version", "3.12"],
      [printed("3.12"), true, null, "3.12"],
    ]);
    const progress = await db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: learner.id, exerciseId: ex.exerciseId } } });
    expect(progress).toMatchObject({ attempts: 2, solved: true, firstTryCorrect: false });
  });

  it("records first-try correctness and does not record unreadable answers", async () => {
    const ex = await publishRowSize();
    const invalid = await submitAnswers(other, { slug: ex.slug, revisionId: ex.revisionId, answers: { size: ["lots"] } });
    expect(invalid.parts[0]!.status).toBe("invalid");
    expect(await db.submission.count({ where: { userId: other.id, exerciseId: ex.exerciseId } })).toBe(0);
    // No version given: graded for the profile's (3.13).
    const right = await submitAnswers(other, { slug: ex.slug, revisionId: ex.revisionId, answers: { size: [printed("3.13")] } });
    expect(right.version).toBe("3.13");
    const progress = await db.progress.findUniqueOrThrow({ where: { userId_exerciseId: { userId: other.id, exerciseId: ex.exerciseId } } });
    expect(progress.firstTryCorrect).toBe(true);
  });

  it("refuses drafts of other authors and revisions of another exercise", async () => {
    const ex = await publishRowSize();
    await db.exercise.update({ where: { id: ex.exerciseId }, data: { status: "DRAFT" } });
    await expect(submitAnswers(learner, { slug: ex.slug, revisionId: ex.revisionId, answers: { size: ["1"] } })).rejects.toThrow("No such exercise.");
    const second = await publishRowSize();
    await expect(submitAnswers(learner, { slug: second.slug, revisionId: ex.revisionId, answers: { size: ["1"] } })).rejects.toThrow("No such exercise.");
  });
});

describe("revealAnswers", () => {
  it("refuses before any attempt and reveals every version after one", async () => {
    const ex = await publishRowSize();
    const viewer = await makeUser("LEARNER");
    await expect(revealAnswers(viewer, { slug: ex.slug, revisionId: ex.revisionId })).rejects.toThrow(/Answer at least once/);
    await submitAnswers(viewer, { slug: ex.slug, revisionId: ex.revisionId, answers: { size: ["1"] } });
    const revealed = await revealAnswers(viewer, { slug: ex.slug, revisionId: ex.revisionId, python: "3.8" });
    expect(revealed.parts[0]!.reveal!.answer).toBe(printed("3.8"));
    expect(revealed.parts[0]!.reveal!.views[0]!.layout.regions.length).toBeGreaterThan(2);
  });
});

describe("learner views", () => {
  it("never put the answer key in the exercise sent to the page", async () => {
    const ex = await publishRowSize();
    const page = await getExerciseForLearner(learner, ex.slug, "3.8");
    expect(page.version).toBe("3.8");
    const json = JSON.stringify(page);
    expect(json).not.toContain("measure");
    expect(json).not.toContain("explanation");
  });

  it("show progress per concept and the library by topic", async () => {
    const overview = await getLearnerOverview(learner);
    expect(overview.totals.solved).toBeGreaterThanOrEqual(1);
    expect(overview.attempts.some((a) => a.diagnosis === "other-version")).toBe(true);
    const topics = await listLibraryForLearner(learner);
    expect(topics.flatMap((t) => t.exercises).some((e) => e.status === "solved")).toBe(true);
  });
});

describe("answerExerciseAction", () => {
  function form(fields: Record<string, string>): FormData {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  }
  const initial = { round: 0, message: null, result: null };

  it("asks anonymous visitors to sign in", async () => {
    session.viewer = null;
    const ex = await publishRowSize();
    expect(await answerExerciseAction(initial, form({ slug: ex.slug, revisionId: ex.revisionId, "answer:size": "1" }))).toMatchObject({ message: "Please sign in.", result: null });
  });

  it("grades the form's answer fields for the chosen version", async () => {
    session.viewer = learner;
    const ex = await publishRowSize();
    const state = await answerExerciseAction(initial, form({ slug: ex.slug, revisionId: ex.revisionId, python: "3.8", "answer:size": printed("3.8") }));
    expect(state.result?.parts[0]?.status).toBe("correct");
    expect(state.result?.version).toBe("3.8");
  });
});
