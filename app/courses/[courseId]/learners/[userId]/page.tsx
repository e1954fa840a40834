import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getLearnerDashboard } from "@/lib/data/dashboards";
import { DIAGNOSIS_LABELS, type DiagnosisCode } from "@/lib/grading/codes";
import { AccessDenied } from "@/app/_components/access-denied";
import { MasteryChart } from "@/app/_components/learn/progress-charts";
import { formatDate, pct } from "@/app/_components/teach/format";
import styles from "@/app/_components/teach/teach.module.css";

export const metadata: Metadata = { title: "Learner" };

export default async function LearnerDashboardPage({ params }: { params: Promise<{ courseId: string; userId: string }> }) {
  const { courseId, userId } = await params;
  const { viewer, allowed } = await requireViewerWithRole(`/courses/${courseId}/learners/${userId}`, "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const data = await getLearnerDashboard(viewer, courseId, userId).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const started = data.mastery.filter((m) => m.attempted > 0);
  return (
    <>
      <p className="muted">
        <Link href={`/courses/${courseId}`}>{data.course.title}</Link> › <Link href={`/courses/${courseId}/dashboard`}>Dashboard</Link> › Learner
      </p>
      <h1>{data.learner.name}</h1>
      <p className="muted">{data.learner.email}</p>
      <h2>Assignments</h2>
      <div className={styles.tableWrap} role="region" aria-label="Assignments" tabIndex={0}>
        <table data-testid="learner-assignments">
          <thead>
            <tr>
              <th scope="col">Assignment</th>
              <th scope="col" className={styles.num}>Solved</th>
              <th scope="col" className={styles.num}>Score</th>
              <th scope="col" className={styles.num}>Attempts</th>
              <th scope="col">Last activity</th>
            </tr>
          </thead>
          <tbody>
            {data.assignments.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.title}
                  {a.cell.late && <span className={styles.late}>late</span>}
                </th>
                <td className={styles.num}>{a.cell.solved}/{a.cell.total}</td>
                <td className={styles.num}>{pct(a.cell.score)}</td>
                <td className={styles.num}>{a.cell.attempts}</td>
                <td>{formatDate(a.cell.lastActivity, "never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Concept mastery</h2>
      {started.length === 0 ? <p className="muted">No attempts yet.</p> : <MasteryChart mastery={started} />}
      <h2>Attempt history</h2>
      {data.attempts.length === 0 ? (
        <p className="muted">No attempts yet.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="Attempt history" tabIndex={0}>
          <table data-testid="learner-attempts">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Exercise</th>
                <th scope="col">Part</th>
                <th scope="col">Answer</th>
                <th scope="col">Python</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {data.attempts.map((a) => (
                <tr key={a.id}>
                  <td className={styles.cell}>{formatDate(a.createdAt)}</td>
                  <td>
                    <Link href={`/courses/${courseId}/exercises/${a.slug}`}>{a.title}</Link>
                  </td>
                  <td>{a.part}</td>
                  <td className={styles.num}>{a.answer}</td>
                  <td>{a.pythonVersion}</td>
                  <td>
                    {a.correct ? "right" : `wrong${a.diagnosis ? ` — ${DIAGNOSIS_LABELS[a.diagnosis as DiagnosisCode] ?? a.diagnosis}` : ""}`}
                    {a.isLate && <span className={styles.late}>late</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
