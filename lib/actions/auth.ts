"use server";
// Account creation. Signing in and out go through next-auth's own endpoints.
import { createLearnerAccount } from "@/lib/data/users";
import { failure, parseForm, type ActionState } from "@/lib/actions/action-state";
import { signUpInputSchema } from "@/lib/validation/auth";

/** Creates a learner account; the form then signs in with the same credentials. */
export async function signUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(signUpInputSchema, formData);
  if ("state" in parsed) return parsed.state;
  const created = await createLearnerAccount(parsed.data);
  if ("emailTaken" in created) {
    return failure("Please correct the highlighted fields.", { email: ["An account with this email already exists."] });
  }
  return { ok: true, message: "Account created.", errors: {} };
}
