// Server actions: session check, zod field errors, and the data layer's role checks surfacing as
// messages. The session is replaced by a test double; everything below it is real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/data/access";
import { initialActionState } from "@/lib/actions/action-state-initial";
import { makeCourse, makeUser, uniqueName } from "@/tests/helpers/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { signUpAction } = await import("@/lib/actions/auth");
const { createCourseAction, joinCourseAction } = await import("@/lib/actions/courses");
const { changeRoleAction, updatePreferredPythonAction } = await import("@/lib/actions/users");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let learner: Viewer, instructor: Viewer, admin: Viewer;
beforeAll(async () => {
  [learner, instructor, admin] = await Promise.all([makeUser("LEARNER"), makeUser("INSTRUCTOR"), makeUser("ADMIN")]);
});

describe("an anonymous visitor", () => {
  it.each([
    ["createCourseAction", () => createCourseAction(initialActionState, form({ title: "Anonymous course" }))],
    ["joinCourseAction", () => joinCourseAction(initialActionState, form({ joinCode: "ABCDEFGH" }))],
    ["changeRoleAction", () => changeRoleAction(initialActionState, form({ userId: "x", role: "ADMIN" }))],
    ["updatePreferredPythonAction", () => updatePreferredPythonAction(initialActionState, form({ preferredPython: "3.8" }))],
  ])("is told to sign in by %s", async (_name, call) => {
    session.viewer = null;
    expect(await call()).toEqual({ ok: false, message: "Please sign in.", errors: {} });
  });
});

describe("a learner", () => {
  it("cannot call the instructor action createCourseAction", async () => {
    session.viewer = learner;
    const title = uniqueName("sneaky");
    const state = await createCourseAction(initialActionState, form({ title }));
    expect(state).toMatchObject({ ok: false, message: "You are not allowed to do that." });
    expect(await db.course.count({ where: { title } })).toBe(0);
  });

  it("cannot change roles, not even their own", async () => {
    session.viewer = learner;
    const state = await changeRoleAction(initialActionState, form({ userId: learner.id, role: "ADMIN" }));
    expect(state.ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("LEARNER");
  });

  it("can join a course with its code, typed in lower case", async () => {
    const course = await makeCourse(instructor);
    session.viewer = learner;
    const state = await joinCourseAction(initialActionState, form({ joinCode: course.joinCode.toLowerCase() }));
    expect(state).toMatchObject({ ok: true, message: `You joined "${course.title}".` });
  });

  it("gets field errors for an invalid Python version", async () => {
    session.viewer = learner;
    const state = await updatePreferredPythonAction(initialActionState, form({ preferredPython: "2.7" }));
    expect(state.ok).toBe(false);
    expect(state.errors.preferredPython?.[0]).toMatch(/supported Python versions/);
  });
});

describe("an instructor", () => {
  it("creates a course and is shown its join code", async () => {
    session.viewer = instructor;
    const state = await createCourseAction(initialActionState, form({ title: "CPython memory", description: "" }));
    expect(state.ok).toBe(true);
    expect(state.message).toMatch(/^Created "CPython memory"\. Join code: [A-Z0-9]{8}$/);
  });

  it("gets a field error for a too-short title", async () => {
    session.viewer = instructor;
    const state = await createCourseAction(initialActionState, form({ title: "x" }));
    expect(state).toMatchObject({ ok: false, errors: { title: ["Use at least 3 characters."] } });
  });

  it("cannot change roles", async () => {
    session.viewer = instructor;
    expect((await changeRoleAction(initialActionState, form({ userId: learner.id, role: "INSTRUCTOR" }))).ok).toBe(false);
  });
});

describe("an admin", () => {
  it("changes another user's role", async () => {
    const target = await makeUser();
    session.viewer = admin;
    const state = await changeRoleAction(initialActionState, form({ userId: target.id, role: "INSTRUCTOR" }));
    expect(state).toEqual({ ok: true, message: `${target.name} is now instructor.`, errors: {} });
  });

  it("gets a field error for an unknown role", async () => {
    session.viewer = admin;
    const state = await changeRoleAction(initialActionState, form({ userId: learner.id, role: "OWNER" }));
    expect(state.errors.role).toBeDefined();
  });
});

describe("signUpAction", () => {
  it("creates a learner account", async () => {
    session.viewer = null;
    const email = `${uniqueName("signup")}@example.com`;
    const state = await signUpAction(initialActionState, form({ name: "Sam", email: email.toUpperCase(), password: "long enough" }));
    expect(state.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("LEARNER");
  });

  it("returns an error per invalid field", async () => {
    const state = await signUpAction(initialActionState, form({ name: "", email: "not-an-email", password: "short" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.errors).sort()).toEqual(["email", "name", "password"]);
  });

  it("refuses a registered email", async () => {
    const state = await signUpAction(initialActionState, form({ name: "Twin", email: learner.email, password: "long enough" }));
    expect(state.errors.email).toEqual(["An account with this email already exists."]);
  });
});
