import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { SignInForm } from "@/app/(auth)/_components/sign-in-form";
import { safeCallbackUrl } from "@/app/(auth)/_components/safe-callback";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <section className="card">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
