import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { requireViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getExerciseForLearner, TOPIC_TITLES } from "@/lib/data/learning";
import { warmKeys } from "@/lib/data/grading";
import { getAssignmentContext } from "@/lib/data/assignments";
import { CodeBlock } from "@/app/_components/learn/code-block";
import { AnswerForm } from "@/app/_components/learn/answer-form";
import styles from "@/app/_components/learn/learn.module.css";

export const metadata: Metadata = { title: "Exercise" };

const KIND_WORDS = { exact: "exact number", estimate: "estimate", trace: "trace", ranking: "ranking", threshold: "threshold" } as const;

export default async function ExercisePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ python?: string | string[]; assignment?: string | string[] }>;
}) {
  const { slug } = await params;
  const { python, assignment } = await searchParams;
  const viewer = await requireViewer(`/exercises/${slug}`);
  const exercise = await getExerciseForLearner(viewer, slug, typeof python === "string" ? python : undefined).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  // Answers count for a course assignment only when the learner is enrolled and it is open (issue 3).
  const assignmentContext = typeof assignment === "string" ? await getAssignmentContext(viewer, assignment, exercise.slug) : null;
  // Compute this variant's keys after the response is sent, so the first answer is graded fast.
  after(() => warmKeys(viewer, exercise.slug, exercise.revisionId).catch(() => undefined));
  const status = exercise.progress.solved ? "Solved" : exercise.progress.attempts > 0 ? `${exercise.progress.attempts} attempt${exercise.progress.attempts === 1 ? "" : "s"} so far` : "Not attempted yet";
  return (
    <article>
      <p className={styles.meta}>
        <Link href="/exercises">Exercises</Link>
        <span aria-hidden="true">›</span>
        <span>{TOPIC_TITLES[exercise.topic] ?? exercise.topic}</span>
        <span aria-hidden="true">·</span>
        <span>difficulty {exercise.difficulty}</span>
        <span aria-hidden="true">·</span>
        <span>{[...new Set(exercise.parts.map((p) => KIND_WORDS[p.kind]))].join(", ")}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="exercise-status">{status}</span>
      </p>
      {assignmentContext && (
        <p className={styles.meta} data-testid="assignment-context">
          <Link href={`/courses/${assignmentContext.courseId}`}>{assignmentContext.title}</Link>
          {assignmentContext.dueAt && <span>· due {assignmentContext.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>}
          {assignmentContext.late && <span>· past due: answers are recorded as late</span>}
        </p>
      )}
      <h1>{exercise.title}</h1>
      <p>{exercise.summary}</p>
      <CodeBlock source={exercise.source} label={`The program for ${exercise.title}`} />
      <AnswerForm
        slug={exercise.slug}
        revisionId={exercise.revisionId}
        version={exercise.version}
        versions={exercise.versions}
        parts={exercise.parts}
        hints={exercise.hints}
        attemptedBefore={exercise.progress.partsAttempted.length > 0}
        assignmentId={assignmentContext?.id}
      />
    </article>
  );
}
