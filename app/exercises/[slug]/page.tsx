import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getExercise } from "@/lib/data/exercises";
import { variantFor, variantSeedFor } from "@/lib/content/variant";

export const metadata: Metadata = { title: "Exercise" };

export default async function ExercisePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/exercises/${slug}`);
  const detail = await getExercise(viewer, slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const variant = variantFor(detail.exercise, variantSeedFor(viewer.id, detail.slug));
  return (
    <article>
      <span className="tag">
        {detail.topic} · difficulty {detail.difficulty} · revision {detail.revisionNumber}
      </span>
      <h1>{detail.title}</h1>
      <p>{detail.exercise.summary}</p>
      <pre data-testid="exercise-code">
        <code>{variant.source}</code>
      </pre>
      <h2>Questions</h2>
      <ol>
        {detail.exercise.parts.map((part) => (
          <li key={part.id}>
            {part.prompt}
            {part.kind === "trace" && (
              <ul>
                {part.steps.map((step) => (
                  <li key={step.label}>{step.label}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p className="muted">
        Answering and grading for Python {viewer.preferredPython} arrive with the grader; for now, make your
        prediction before you run the code yourself.
      </p>
    </article>
  );
}
