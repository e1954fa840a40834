"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth";
import { initialActionState, type ActionState } from "@/lib/actions/action-state-initial";
import { FieldError, FormMessage } from "@/app/_components/form-message";

export function SignUpForm() {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (previous: ActionState, form: FormData) => {
    const result = await signUpAction(previous, form);
    if (!result.ok) return result;
    const signedIn = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (signedIn?.ok && !signedIn.error) {
      router.push("/exercises");
      router.refresh();
      return { ...result, message: "Account created. Signing you in…" };
    }
    return { ok: false, message: "Your account was created, but signing in failed. Please sign in.", errors: {} };
  }, initialActionState);

  return (
    <form className="form" action={formAction} noValidate>
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" autoComplete="name" required aria-describedby="name-error" />
        <FieldError id="name-error" messages={state.errors.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-describedby="email-error" />
        <FieldError id="email-error" messages={state.errors.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          aria-describedby="password-error"
        />
        <FieldError id="password-error" messages={state.errors.password} />
      </div>
      <FormMessage state={state} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
      <p className="muted">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </form>
  );
}
