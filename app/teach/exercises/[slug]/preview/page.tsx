import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getExerciseForEditing } from "@/lib/data/authoring";
import { learnerParts } from "@/lib/data/learning";
import { previewExercise } from "@/lib/authoring/preview";
import { AccessDenied } from "@/app/_components/access-denied";
import { CodeBlock } from "@/app/_components/learn/code-block";
import learn from "@/app/_components/learn/learn.module.css";
import styles from "@/app/_components/teach/teach.module.css";

export const metadata: Metadata = { title: "Preview as a learner" };

export default async function PreviewAsLearnerPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ seed?: string }> }) {
  const { slug } = await params;
  const { seed: seedText } = await searchParams;
  const seed = Math.max(0, Math.min(2 ** 31 - 1, Math.floor(Number(seedText ?? "1")) || 0));
  const { viewer, allowed } = await requireViewerWithRole(`/teach/exercises/${slug}/preview`, "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const data = await getExerciseForEditing(viewer, slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const [variant] = previewExercise(data.exercise, [seed]);
  const parts = learnerParts(data.exercise);
  return (
    <>
      <p className="muted">
        <Link href={`/teach/exercises/${slug}/edit`}>Back to the editor</Link> · What a learner whose variant seed is {seed} sees (revision {data.revisionNumber})
      </p>
      <article className="card" data-testid="learner-preview">
        <h1>{data.exercise.title}</h1>
        <p>{data.exercise.summary}</p>
        <CodeBlock source={variant!.source} label={`The program for ${data.exercise.title}`} />
        {parts.map((part, n) => (
          <section key={part.id} className={learn.part}>
            <p className={learn.prompt}>
              {parts.length > 1 ? `${n + 1}. ` : ""}
              {part.prompt}
              {part.kind === "estimate" && part.tolerance ? ` (within ${Math.round(part.tolerance * 100)}%)` : ""}
            </p>
            {part.steps && <ol>{part.steps.map((s) => <li key={s}>{s}</li>)}</ol>}
            {part.items && <ol type="A">{part.items.map((s) => <li key={s}>{s}</li>)}</ol>}
          </section>
        ))}
        {data.exercise.hints.length > 0 && (
          <details>
            <summary>Hints ({data.exercise.hints.length})</summary>
            <ol>{data.exercise.hints.map((h) => <li key={h}>{h}</li>)}</ol>
          </details>
        )}
      </article>
      <h2>Answer keys for this variant</h2>
      <div className={styles.tableWrap} role="region" aria-label="Answer keys" tabIndex={0}>
        <table data-testid="preview-keys">
          <thead>
            <tr>
              <th scope="col">Part</th>
              {variant!.versions.map((c) => <th key={c.version} scope="col" className={styles.num}>{c.version}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.exercise.parts.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.id}</th>
                {variant!.versions.map((c) => (
                  <td key={c.version} className={styles.num}>{c.error ? <span title={c.error}>error</span> : (c.parts[p.id] ?? []).join(", ")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Explanation</h2>
      <p style={{ whiteSpace: "pre-line" }}>{data.exercise.explanation}</p>
    </>
  );
}
