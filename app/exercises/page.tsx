import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { listPublishedExercises } from "@/lib/data/exercises";

export const metadata: Metadata = { title: "Exercises" };

export default async function ExercisesPage() {
  const viewer = await requireViewer("/exercises");
  const exercises = await listPublishedExercises(viewer);
  return (
    <>
      <h1>Exercises</h1>
      <p className="muted">
        Graded for Python {viewer.preferredPython} (change it in your <Link href="/profile">profile</Link>).
      </p>
      {exercises.length === 0 ? (
        <p>No exercises are published yet.</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }} data-testid="exercise-list">
          {exercises.map((exercise) => (
            <li key={exercise.id} className="card">
              <span className="tag">
                {exercise.topic} · difficulty {exercise.difficulty}
              </span>
              <h2 style={{ fontSize: "1.1rem", margin: "0.3rem 0" }}>
                <Link href={`/exercises/${exercise.slug}`}>{exercise.title}</Link>
              </h2>
              <p style={{ margin: 0 }}>{exercise.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
