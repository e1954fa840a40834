import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { SignUpForm } from "@/app/(auth)/_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getViewer()) redirect("/exercises");
  return (
    <section className="card">
      <h1>Create an account</h1>
      <p className="muted">New accounts are learner accounts. Instructors get their role from an administrator.</p>
      <SignUpForm />
    </section>
  );
}
