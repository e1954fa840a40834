"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

/** next-auth's error code for a wrong email or password (a null from authorize). */
const WRONG_CREDENTIALS = "CredentialsSignin";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      // Re-render the server components (the header) with the new session.
      router.refresh();
      return;
    }
    setPending(false);
    setError(!result?.error || result.error === WRONG_CREDENTIALS ? "Wrong email or password." : result.error);
  }

  return (
    <form className="form" onSubmit={onSubmit} aria-describedby="sign-in-error">
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <p id="sign-in-error" className="form-message error" aria-live="assertive" data-testid="sign-in-error">
        {error ?? ""}
      </p>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
      <p className="muted">
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </form>
  );
}
