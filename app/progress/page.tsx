import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { getLearnerOverview } from "@/lib/data/learning";
import { DIAGNOSIS_LABELS, type DiagnosisCode } from "@/lib/grading/codes";
import { ActivityChart, MasteryChart } from "@/app/_components/learn/progress-charts";
import styles from "@/app/_components/learn/learn.module.css";

export const metadata: Metadata = { title: "Progress" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ProgressPage() {
  const viewer = await requireViewer("/progress");
  const overview = await getLearnerOverview(viewer);
  const { totals } = overview;
  const started = overview.mastery.filter((m) => m.attempted > 0);
  return (
    <>
      <h1>Your progress</h1>
      <div className={styles.stats} data-testid="progress-totals">
        <p className={styles.stat}>
          <span className={styles.statValue} data-testid="solved-count">{totals.solved}</span> of {totals.exercises} solved
        </p>
        <p className={styles.stat}>
          <span className={styles.statValue}>{totals.attempted}</span> attempted
        </p>
        <p className={styles.stat}>
          <span className={styles.statValue}>{totals.attempted ? Math.round((totals.firstTryCorrect / totals.attempted) * 100) : 0}%</span> right on the first try
        </p>
        <p className={styles.stat}>
          <span className={styles.statValue} data-testid="submission-count">{totals.submissions}</span> answers
        </p>
      </div>

      {overview.suggestion && (
        <section className="card" data-testid="suggestion">
          <h2>Next up</h2>
          <p>
            <Link href={`/exercises/${overview.suggestion.slug}`}>{overview.suggestion.title}</Link> — {overview.suggestion.reason}
          </p>
        </section>
      )}

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery per concept</h2>
        <p className="muted">
          Score = first-try accuracy × coverage of the concept&apos;s exercises × recency (halves every 30 days without
          practice). {started.length === 0 && "Answer an exercise to get started."}
        </p>
        {started.length > 0 && <MasteryChart mastery={started} />}
        <div className={styles.tableWrap} role="region" aria-label="Mastery per concept" tabIndex={0}>
          <table data-testid="mastery-table">
            <caption className={styles.visuallyHidden}>Mastery per concept</caption>
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Attempted</th>
                <th scope="col">First try right</th>
                <th scope="col">Solved</th>
                <th scope="col">Last practised</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {overview.mastery.map((m) => (
                <tr key={m.concept} data-concept={m.concept}>
                  <th scope="row">{m.concept}</th>
                  <td>
                    {m.attempted}/{m.exercises}
                  </td>
                  <td>{m.attempted ? `${Math.round(m.accuracy * 100)}%` : "—"}</td>
                  <td>{m.solved}</td>
                  <td>{m.lastAttemptAt ? dateTime.format(m.lastAttemptAt) : "—"}</td>
                  <td>{m.level.replace("-", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <ActivityChart activity={overview.activity} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Recent answers</h2>
        {overview.attempts.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <div className={styles.tableWrap} role="region" aria-label="Recent answers" tabIndex={0}>
            <table data-testid="attempt-history">
              <caption className={styles.visuallyHidden}>Your most recent answers</caption>
              <thead>
                <tr>
                  <th scope="col">When (UTC)</th>
                  <th scope="col">Exercise</th>
                  <th scope="col">Answer</th>
                  <th scope="col">Python</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {overview.attempts.map((a) => (
                  <tr key={a.id}>
                    <td>{dateTime.format(a.createdAt)}</td>
                    <td>
                      <Link href={`/exercises/${a.slug}`}>{a.title}</Link> <span className="muted">({a.part})</span>
                    </td>
                    <td>
                      <code>{a.answer}</code>
                    </td>
                    <td>{a.pythonVersion}</td>
                    <td>{a.correct ? "right" : `wrong${a.diagnosis ? ` — ${DIAGNOSIS_LABELS[a.diagnosis as DiagnosisCode] ?? a.diagnosis}` : ""}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
