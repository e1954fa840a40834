import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { listLibraryForLearner } from "@/lib/data/learning";
import styles from "@/app/_components/learn/learn.module.css";

export const metadata: Metadata = { title: "Exercises" };

const MARK = {
  solved: { text: "✓ Solved", className: styles.markSolved },
  attempted: { text: "• Started", className: styles.markAttempted },
  new: { text: "New", className: styles.markNew },
} as const;

export default async function ExercisesPage() {
  const viewer = await requireViewer("/exercises");
  const topics = await listLibraryForLearner(viewer);
  const all = topics.flatMap((t) => t.exercises);
  const solved = all.filter((e) => e.status === "solved").length;
  return (
    <>
      <h1>Exercises</h1>
      <p className="muted">
        {solved} of {all.length} solved. Graded for Python {viewer.preferredPython} by default (change it in your{" "}
        <Link href="/profile">profile</Link>, or per exercise). See your <Link href="/progress">progress</Link>, or try
        code in the <Link href="/sandbox">sandbox</Link>.
      </p>
      {topics.length === 0 && <p>No exercises are published yet.</p>}
      {topics.map((topic) => (
        <section key={topic.topic} aria-labelledby={`topic-${topic.topic}`} data-testid={`topic-${topic.topic}`}>
          <h2 id={`topic-${topic.topic}`} className={styles.topic}>
            {topic.title}{" "}
            <span className="muted" style={{ fontSize: "0.9rem", fontWeight: 400 }}>
              {topic.exercises.filter((e) => e.status === "solved").length}/{topic.exercises.length}
            </span>
          </h2>
          <ul className={styles.list} data-testid="exercise-list">
            {topic.exercises.map((e) => (
              <li key={e.slug} className={styles.listItem} data-status={e.status}>
                <span className={`${styles.mark} ${MARK[e.status].className}`}>{MARK[e.status].text}</span>
                <span>
                  <Link href={`/exercises/${e.slug}`}>{e.title}</Link>
                  <br />
                  <span className="muted">
                    {e.summary} <span className="tag">· difficulty {e.difficulty}</span>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
