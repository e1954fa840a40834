import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getExerciseDashboard } from "@/lib/data/dashboards";
import { AccessDenied } from "@/app/_components/access-denied";
import { BarChart } from "@/app/_components/teach/charts";
import { pct } from "@/app/_components/teach/format";
import styles from "@/app/_components/teach/teach.module.css";

export const metadata: Metadata = { title: "Exercise dashboard" };

export default async function ExerciseDashboardPage({ params }: { params: Promise<{ courseId: string; slug: string }> }) {
  const { courseId, slug } = await params;
  const { viewer, allowed } = await requireViewerWithRole(`/courses/${courseId}/exercises/${slug}`, "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const data = await getExerciseDashboard(viewer, courseId, slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  return (
    <>
      <p className="muted">
        <Link href={`/courses/${courseId}`}>{data.course.title}</Link> › <Link href={`/courses/${courseId}/dashboard`}>Dashboard</Link> › Exercise
      </p>
      <h1>{data.exercise.title}</h1>
      <p>
        {data.learners} learners of this course answered, {data.submissions} answers in all. <Link href={`/exercises/${data.exercise.slug}`}>Open the exercise</Link>
      </p>
      {data.parts.map((part) => (
        <section key={part.partId} className="card" aria-labelledby={`part-${part.partId}`} data-testid={`part-stats-${part.partId}`}>
          <h2 id={`part-${part.partId}`}>{part.prompt}</h2>
          <div className={styles.stats}>
            <p className={styles.stat}>
              <span className={styles.statValue} data-testid="first-try-accuracy">{pct(part.firstTryAccuracy)}</span> right on the first try ({part.firstTryCorrect}/{part.learners})
            </p>
            <p className={styles.stat}>
              <span className={styles.statValue} data-testid="part-submissions">{part.submissions}</span> answers
            </p>
          </div>

          <h3>Wrong answers by misconception</h3>
          {part.misconceptions.length === 0 ? (
            <p className="muted">No wrong answers yet.</p>
          ) : (
            <>
              <BarChart title="Wrong answers per diagnosed misconception" bars={part.misconceptions.map((m) => ({ label: m.label, value: m.count, tone: "wrong" as const, note: `${m.count} (${m.learners} learners)` }))} />
              {part.misconceptions.map((m) => (
                <div key={m.code} className={styles.misconception} data-testid={`misconception-${m.code}`}>
                  <h4>
                    {m.label}: <span data-testid="misconception-count">{m.count}</span> answers from {m.learners} learner{m.learners === 1 ? "" : "s"}
                  </h4>
                  <p>
                    Common answers: {m.answers.map((a) => `${a.answer} (×${a.count})`).join(", ")}. By version:{" "}
                    {Object.entries(m.byVersion).map(([v, n]) => `${v}: ${n}`).join(", ")}.
                  </p>
                  <p className="muted">
                    For example:{" "}
                    {m.examples.map((e, i) => (
                      <span key={e.userId}>
                        {i > 0 && ", "}
                        <Link href={`/courses/${courseId}/learners/${e.userId}`}>{e.name}</Link> answered {e.answer}
                      </span>
                    ))}
                  </p>
                </div>
              ))}
            </>
          )}

          <h3>Attempts before the first right answer</h3>
          <BarChart title="Learners by wrong answers before their first right one" bars={part.attemptsBeforeSuccess.map((b) => ({ label: b.label === "not yet" ? "not solved yet" : `${b.label} wrong first`, value: b.learners, tone: b.label === "not yet" ? "wrong" : "ok" }))} testId="attempts-chart" />

          <h3>Answers given</h3>
          <BarChart title="Most frequent answers (green right, red wrong for that learner's variant and version)" bars={part.answers.map((a) => ({ label: a.answer, value: a.correct + a.wrong, tone: a.wrong >= a.correct ? "wrong" : "ok", note: `${a.correct} right, ${a.wrong} wrong` }))} testId="answers-histogram" />

          <h3>By Python version</h3>
          <div className={styles.tableWrap} role="region" aria-label={`${part.partId}: answers by Python version`} tabIndex={0}>
            <table data-testid="version-split">
              <thead>
                <tr>
                  <th scope="col">Python</th>
                  <th scope="col" className={styles.num}>Learners</th>
                  <th scope="col" className={styles.num}>Answers</th>
                  <th scope="col" className={styles.num}>Wrong</th>
                  <th scope="col" className={styles.num}>First-try accuracy</th>
                </tr>
              </thead>
              <tbody>
                {part.byVersion.map((v) => (
                  <tr key={v.version}>
                    <th scope="row">{v.version}</th>
                    <td className={styles.num}>{v.learners}</td>
                    <td className={styles.num}>{v.submissions}</td>
                    <td className={styles.num}>{v.wrong}</td>
                    <td className={styles.num}>{pct(v.firstTryAccuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
