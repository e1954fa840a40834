import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getExerciseForEditing } from "@/lib/data/authoring";
import { AccessDenied } from "@/app/_components/access-denied";
import { ExerciseEditorLoader } from "@/app/_components/teach/exercise-editor-loader";

export const metadata: Metadata = { title: "Edit exercise" };

export default async function EditExercisePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ created?: string }> }) {
  const { slug } = await params;
  const { created } = await searchParams;
  const { viewer, allowed } = await requireViewerWithRole(`/teach/exercises/${slug}/edit`, "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const data = await getExerciseForEditing(viewer, slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  return (
    <>
      <p className="muted">
        <Link href="/teach">Teach</Link> › {data.slug}
      </p>
      <h1>Edit: {data.title}</h1>
      {created && <p className="form-message ok" data-testid="created-message">Draft created. Publish it when the preview looks right.</p>}
      {data.status === "PUBLISHED" && (
        <p className="muted">
          Published. Saving a change adds revision {data.revisionNumber + 1}; the {data.submissions} answers given so far keep the revision they
          were graded on, and learners keep their progress.
        </p>
      )}
      <ExerciseEditorLoader mode="edit" slug={data.slug} exercise={data.exercise} status={data.status} revisionNumber={data.revisionNumber} />
    </>
  );
}
