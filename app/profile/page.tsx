import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/session";
import { PythonVersionForm } from "@/app/profile/_components/python-version-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const viewer = await requireViewer("/profile");
  return (
    <>
      <h1>Profile</h1>
      <section className="card">
        <p>
          <strong>{viewer.name}</strong> · {viewer.email}
        </p>
        <p className="muted">
          Sizes differ between Python versions. Answers are graded for the version you choose here; you can
          still compare every version after answering.
        </p>
        <PythonVersionForm current={viewer.preferredPython} />
      </section>
    </>
  );
}
