"use server";
// Instructor actions on a course page: add and delete assignments, remove a learner.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { authedAction, failure, type ActionState } from "@/lib/actions/action-state";
import { createAssignment, deleteAssignment } from "@/lib/data/assignments";
import { joinCourse, removeLearner } from "@/lib/data/courses";
import { assignmentIdInputSchema, createAssignmentInputSchema, removeLearnerInputSchema } from "@/lib/validation/assignments";

/** Adds an assignment to a course: title, optional open/due dates, one `exercise` field per chosen exercise. */
export async function createAssignmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure("Please sign in.");
  // Several checkboxes share the name "exercise", which Object.fromEntries would collapse.
  const parsed = createAssignmentInputSchema.safeParse({
    courseId: formData.get("courseId"), title: formData.get("title"),
    opensAt: formData.get("opensAt") ?? undefined, dueAt: formData.get("dueAt") ?? undefined,
    exercises: formData.getAll("exercise"),
  });
  if (!parsed.success) {
    return failure("Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as ActionState["errors"]);
  }
  try {
    const assignment = await createAssignment(viewer, parsed.data);
    revalidatePath(`/courses/${parsed.data.courseId}`);
    return { ok: true, message: `Added "${assignment.title}" with ${assignment.exercises.length} exercise${assignment.exercises.length === 1 ? "" : "s"}.`, errors: {} };
  } catch (error) {
    if (error instanceof AccessError) return failure(error.message);
    throw error;
  }
}

const remove = authedAction(assignmentIdInputSchema, async (input, viewer) => {
  const { courseId } = await deleteAssignment(viewer, input.assignmentId);
  revalidatePath(`/courses/${courseId}`);
  return "Assignment deleted; its submissions are kept.";
});

/** Deletes an assignment (course owner and admins). */
export async function deleteAssignmentAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return remove(previous, formData);
}

const removeFromCourse = authedAction(removeLearnerInputSchema, async (input, viewer) => {
  await removeLearner(viewer, input.courseId, input.userId);
  revalidatePath(`/courses/${input.courseId}`);
  return "Learner removed; their submissions are kept.";
});

/** Removes a learner from a course (course owner and admins). */
export async function removeLearnerAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return removeFromCourse(previous, formData);
}

const joinViaLink = authedAction(z.object({ joinCode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6,12}$/) }), async (input, viewer) => {
  const course = await joinCourse(viewer, input.joinCode);
  revalidatePath("/courses");
  return course.courseId;
});

/** Joins the course a join link points at, then opens its page. */
export async function joinViaLinkAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await joinViaLink(previous, formData);
  if (state.ok && state.message) redirect(`/courses/${state.message}`);
  return state;
}
