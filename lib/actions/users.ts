"use server";
// Profile and role administration.
import { revalidatePath } from "next/cache";
import { setUserRole, updatePreferredPython } from "@/lib/data/users";
import { authedAction, type ActionState } from "@/lib/actions/action-state";
import { changeRoleInputSchema, updatePreferredPythonInputSchema } from "@/lib/validation/users";

const changeRole = authedAction(changeRoleInputSchema, async (input, viewer) => {
  const user = await setUserRole(viewer, input.userId, input.role);
  revalidatePath("/admin/users");
  return `${user.name} is now ${user.role.toLowerCase()}.`;
});

/** Admins change another user's role. */
export async function changeRoleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return changeRole(previous, formData);
}

const updatePython = authedAction(updatePreferredPythonInputSchema, async (input, viewer) => {
  await updatePreferredPython(viewer, input.preferredPython);
  revalidatePath("/profile");
  return `Exercises will be graded for Python ${input.preferredPython}.`;
});

/** The signed-in user picks the Python version their answers are graded against by default. */
export async function updatePreferredPythonAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return updatePython(previous, formData);
}
