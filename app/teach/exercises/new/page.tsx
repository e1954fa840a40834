import type { Metadata } from "next";
import Link from "next/link";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessDenied } from "@/app/_components/access-denied";
import { ExerciseEditorLoader } from "@/app/_components/teach/exercise-editor-loader";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage() {
  const { allowed } = await requireViewerWithRole("/teach/exercises/new", "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  return (
    <>
      <p className="muted">
        <Link href="/teach">Teach</Link> › New exercise
      </p>
      <h1>New exercise</h1>
      <p>
        Write the Python template and say what each part measures; the simulator computes every answer key. The preview
        shows them for a few variants in every version as you type.
      </p>
      <ExerciseEditorLoader mode="create" />
    </>
  );
}
