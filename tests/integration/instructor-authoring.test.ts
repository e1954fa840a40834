// Authoring against a real database: drafts, publishing rules, revisions that keep learners'
// attempts, content-as-code import/export, and every authoring route and action per role.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AccessError, type Viewer } from "@/lib/data/access";
import { makeCourse, makeUser, uniqueName } from "@/tests/helpers/factories";
import { exerciseFileSchema } from "@/lib/content/schema";
import { untarFiles } from "@/lib/export/content";
import { runProgram } from "@/lib/simulator";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { db } = await import("@/lib/db");
const authoring = await import("@/lib/data/authoring");
const { createAssignment } = await import("@/lib/data/assignments");
const { submitAnswers } = await import("@/lib/data/grading");
const { getExerciseForLearner } = await import("@/lib/data/learning");
const { saveExerciseAction, publishExerciseAction, importExercisesAction } = await import("@/lib/actions/authoring");
const yamlRoute = await import("@/app/teach/exercises/[slug]/yaml/route");
const tarRoute = await import("@/app/courses/[courseId]/exercises.tar/route");

const listExercise = (extra: Record<string, unknown> = {}) => ({
  title: "List after appends", topic: "list", concepts: ["list-growth"], difficulty: 1, summary: "Appends.",
  pythonVersions: ["3.8", "3.12"],
  template: "import sys\nxs = []\nfor i in range({{n}}):\n    xs.append(i)\nprint(sys.getsizeof(xs))\n",
  parameters: { n: { kind: "int", min: 1, max: 20 } },
  parts: [{ id: "size", kind: "exact", prompt: "What is printed?", measure: { output: 1 } }],
  hints: [], explanation: "Over-allocation.",
  ...extra,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    if (error instanceof authoring.AuthoringError) return "INVALID";
    throw error;
  }
}

function form(fields: Record<string, string | Blob | (string | Blob)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}
const initial = { ok: false, message: null, problems: [], round: 0 };

let author: Viewer, otherTeacher: Viewer, admin: Viewer, learner: Viewer;
beforeAll(async () => {
  [author, otherTeacher, admin, learner] = await Promise.all([makeUser("INSTRUCTOR"), makeUser("INSTRUCTOR"), makeUser("ADMIN"), makeUser("LEARNER")]);
  learner = { ...learner, preferredPython: "3.12" };
});

describe("writing an exercise", () => {
  it("is for instructors and admins only, and starts as a draft learners cannot see", async () => {
    const slug = uniqueName("draft");
    expect(await codeOf(authoring.createExercise(null, slug, listExercise()))).toBe("UNAUTHENTICATED");
    expect(await codeOf(authoring.createExercise(learner, slug, listExercise()))).toBe("FORBIDDEN");
    expect(await authoring.createExercise(author, slug, listExercise())).toEqual({ slug, revisionNumber: 1 });
    expect((await db.exercise.findUniqueOrThrow({ where: { slug } })).status).toBe("DRAFT");
    expect(await codeOf(getExerciseForLearner(learner, slug))).toBe("NOT_FOUND");
    expect(await codeOf(authoring.getExerciseForEditing(otherTeacher, slug))).toBe("FORBIDDEN");
    expect(await codeOf(authoring.getExerciseForEditing(learner, slug))).toBe("FORBIDDEN");
    expect(await codeOf(authoring.getExerciseForEditing(admin, slug))).toBe("OK");
    expect((await authoring.listAuthoredExercises(author)).map((e) => e.slug)).toContain(slug);
    expect((await authoring.listAuthoredExercises(otherTeacher)).map((e) => e.slug)).not.toContain(slug);
  });

  it("validates like a content file and refuses a taken slug", async () => {
    const slug = uniqueName("bad");
    expect(await codeOf(authoring.createExercise(author, slug, listExercise({ parameters: {} })))).toBe("INVALID");
    await authoring.createExercise(author, slug, listExercise());
    expect(await codeOf(authoring.createExercise(author, slug, listExercise()))).toBe("INVALID");
  });
});

describe("publishing", () => {
  it("is refused when the code fails in one of its versions", async () => {
    const slug = uniqueName("walrus");
    await authoring.createExercise(author, slug, listExercise({ parameters: {}, pythonVersions: ["3.7", "3.12"], template: "import sys\nif (n := 3):\n    print(sys.getsizeof([1] * n))\n" }));
    await expect(authoring.publishExercise(author, slug)).rejects.toMatchObject({ problems: [expect.stringMatching(/^The code fails on Python 3\.7: SyntaxError/)] });
  });

  it("is refused when the parameters never change the answers", async () => {
    const slug = uniqueName("same");
    await authoring.createExercise(author, slug, listExercise({ parameters: { name: { kind: "name", values: ["a", "b"] } }, template: "import sys\n{{name}} = [1, 2]\nprint(sys.getsizeof({{name}}))\n" }));
    await expect(authoring.publishExercise(author, slug)).rejects.toMatchObject({ problems: [expect.stringMatching(/^It declares parameters/)] });
  });

  it("makes the exercise public; editing it then adds a revision and learners keep their attempts and progress", async () => {
    const slug = uniqueName("pub");
    await authoring.createExercise(author, slug, listExercise());
    expect(await codeOf(authoring.publishExercise(otherTeacher, slug))).toBe("FORBIDDEN");
    await authoring.publishExercise(author, slug);
    const page = await getExerciseForLearner(learner, slug);
    const answer = runProgram(page.source, { python: "3.12" }).stdout.trim();
    await submitAnswers(learner, { slug, revisionId: page.revisionId, python: "3.12", answers: { size: [answer] } });
    const saved = await authoring.updateExercise(author, slug, listExercise({ title: "List after appends, revised" }));
    expect(saved).toEqual({ slug, revisionNumber: 2, changed: true });
    expect(await authoring.updateExercise(author, slug, listExercise({ title: "List after appends, revised" }))).toMatchObject({ changed: false, revisionNumber: 2 });
    const after = await getExerciseForLearner(learner, slug);
    expect(after.revisionId).not.toBe(page.revisionId);
    expect(after.progress).toMatchObject({ solved: true, attempts: 1 });
    const attempt = await db.submission.findFirstOrThrow({ where: { userId: learner.id, exercise: { slug } } });
    expect(attempt.revisionId).toBe(page.revisionId);
    // A published exercise only takes changes that keep it publishable.
    expect(await codeOf(authoring.updateExercise(author, slug, listExercise({ template: "import sys\nasync def f():\n    pass\nprint(sys.getsizeof([{{n}}]))\n" })))).toBe("INVALID");
  });
});

describe("content as code", () => {
  it("exports an exercise as YAML that imports back unchanged, and imports new files as the importer's drafts", async () => {
    const slug = uniqueName("yaml");
    await authoring.createExercise(author, slug, listExercise());
    const file = await authoring.exportExerciseFile(author, slug);
    expect(file.name).toBe(`${slug}.yaml`);
    expect(await authoring.importExerciseFiles(author, [file])).toEqual([{ file: file.name, slug, outcome: "unchanged", problems: [] }]);
    const fresh = uniqueName("fresh");
    const results = await authoring.importExerciseFiles(author, [{ name: `${fresh}.yaml`, text: file.text }, { name: "Bad Name.yaml", text: file.text }]);
    expect(results.map((r) => r.outcome)).toEqual(["created", "rejected"]);
    const imported = await authoring.getExerciseForEditing(author, fresh);
    expect(imported.exercise).toEqual(exerciseFileSchema.parse(listExercise()));
    // Someone else's exercise is not overwritten.
    expect((await authoring.importExerciseFiles(otherTeacher, [file]))[0]).toMatchObject({ outcome: "rejected" });
    expect(await codeOf(authoring.exportExerciseFile(otherTeacher, slug))).toBe("NOT_FOUND");
    expect(await codeOf(authoring.exportExerciseFile(learner, slug))).toBe("FORBIDDEN");
  });

  it("exports a course's exercises as a tar of content files, for its owner", async () => {
    const slug = uniqueName("tarred");
    await authoring.createExercise(author, slug, listExercise());
    await authoring.publishExercise(author, slug);
    const course = await makeCourse(author, [learner]);
    await createAssignment(author, { courseId: course.id, title: "Week 1", opensAt: null, dueAt: null, exercises: [slug] });
    const { tar } = await authoring.exportCourseExercises(author, course.id);
    const files = untarFiles(tar);
    expect(files.map((f) => f.name)).toEqual([`exercises/${slug}.yaml`]);
    expect(await authoring.importExerciseFiles(author, authoring.expandUploads([{ name: "course.tar", bytes: tar }]))).toMatchObject([{ slug, outcome: "unchanged" }]);
    for (const [who, status] of [[null, 401], [learner, 403], [otherTeacher, 403], [author, 200], [admin, 200]] as const) {
      session.viewer = who;
      const response = await tarRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ courseId: course.id }) });
      expect(response.status).toBe(status);
    }
  });

  it("serves the YAML route by role", async () => {
    const slug = uniqueName("route");
    await authoring.createExercise(author, slug, listExercise());
    for (const [who, status] of [[null, 401], [learner, 403], [otherTeacher, 404], [author, 200], [admin, 200]] as const) {
      session.viewer = who;
      const response = await yamlRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(status);
      if (status === 200) expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.yaml"`);
    }
  });
});

describe("authoring actions", () => {
  it.each([
    ["anonymous", () => null, "Please sign in."],
    ["a learner", () => learner, "You are not allowed to do that."],
  ])("refuse %s", async (_who, who, message) => {
    session.viewer = who();
    const slug = uniqueName("act");
    expect(await saveExerciseAction(initial, form({ mode: "create", slug, content: JSON.stringify(listExercise()) }))).toMatchObject({ ok: false, message });
    expect(await publishExerciseAction(initial, form({ slug }))).toMatchObject({ ok: false, message });
    expect(await importExercisesAction({ ok: false, message: null, results: [] }, form({ files: new File(["x"], `${slug}.yaml`) }))).toMatchObject({ ok: false, message });
    expect(await db.exercise.count({ where: { slug } })).toBe(0);
  });

  it("create a draft and open its editor, save revisions, report problems, and publish", async () => {
    session.viewer = author;
    const slug = uniqueName("act");
    await expect(saveExerciseAction(initial, form({ mode: "create", slug, content: JSON.stringify(listExercise()) }))).rejects.toMatchObject({ url: `/teach/exercises/${slug}/edit?created=1` });
    expect(await saveExerciseAction(initial, form({ mode: "edit", slug, content: JSON.stringify(listExercise({ summary: "Changed." })) }))).toMatchObject({ ok: true, message: "Saved as revision 2." });
    const bad = await saveExerciseAction(initial, form({ mode: "edit", slug, content: JSON.stringify(listExercise({ title: "x" })) }));
    expect(bad).toMatchObject({ ok: false, message: "The exercise has problems.", problems: [expect.stringMatching(/^title:/)] });
    session.viewer = otherTeacher;
    expect(await publishExerciseAction(initial, form({ slug }))).toMatchObject({ ok: false, message: "Only its author can edit this exercise." });
    session.viewer = author;
    expect(await publishExerciseAction(initial, form({ slug }))).toMatchObject({ ok: true });
  });

  it("import uploaded files", async () => {
    session.viewer = author;
    const slug = uniqueName("upload");
    await authoring.createExercise(author, slug, listExercise());
    const { text } = await authoring.exportExerciseFile(author, slug);
    const fresh = uniqueName("uploaded");
    const state = await importExercisesAction({ ok: false, message: null, results: [] }, form({ files: [new File([text], `${fresh}.yaml`)] }));
    expect(state).toMatchObject({ ok: true, message: "Imported 1 of 1 file.", results: [{ slug: fresh, outcome: "created" }] });
  });
});
