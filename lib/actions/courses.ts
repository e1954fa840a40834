"use server";
// Course creation (instructors) and joining (learners).
import { revalidatePath } from "next/cache";
import { createCourse, joinCourse } from "@/lib/data/courses";
import { authedAction, type ActionState } from "@/lib/actions/action-state";
import { createCourseInputSchema, joinCourseInputSchema } from "@/lib/validation/courses";

const create = authedAction(createCourseInputSchema, async (input, viewer) => {
  const course = await createCourse(viewer, input);
  revalidatePath("/courses");
  return `Created "${course.title}". Join code: ${course.joinCode}`;
});

/** Instructors and admins create a course and get its join code. */
export async function createCourseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return create(previous, formData);
}

const join = authedAction(joinCourseInputSchema, async (input, viewer) => {
  const course = await joinCourse(viewer, input.joinCode);
  revalidatePath("/courses");
  return `You joined "${course.title}".`;
});

/** A signed-in user joins a course with its join code. */
export async function joinCourseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return join(previous, formData);
}
