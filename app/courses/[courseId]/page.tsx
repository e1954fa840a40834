import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getCourseOverview, listAssignableExercises } from "@/lib/data/assignments";
import { CreateAssignmentForm, DeleteAssignmentButton, RemoveLearnerButton } from "@/app/_components/teach/course-forms";
import { formatDate } from "@/app/_components/teach/format";
import styles from "@/app/_components/teach/teach.module.css";

export const metadata: Metadata = { title: "Course" };

const STATE_WORDS = { upcoming: "Opens later", open: "Open", closed: "Past due (late answers are marked late)" } as const;

export default async function CoursePage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const viewer = await requireViewer(`/courses/${courseId}`);
  const course = await getCourseOverview(viewer, courseId).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  if (!course.manage) {
    return (
      <>
        <h1>{course.title}</h1>
        <p className="muted">Taught by {course.ownerName}</p>
        {course.description && <p>{course.description}</p>}
        <h2>Assignments</h2>
        {course.assignments.length === 0 && <p className="muted">No assignments yet.</p>}
        {course.assignments.map((a) => (
          <section key={a.id} className="card" data-testid="learner-assignment">
            <h3>{a.title}</h3>
            <p className="muted">
              {STATE_WORDS[a.state]} · opens {formatDate(a.opensAt, "now")} · due {formatDate(a.dueAt, "never")}
              {a.state !== "upcoming" && ` · ${a.solved} of ${a.exercises.length} solved`}
            </p>
            {a.state !== "upcoming" && (
              <ol>
                {a.exercises.map((e) => (
                  <li key={e.slug}>
                    <Link href={`/exercises/${e.slug}?assignment=${a.id}`}>{e.title}</Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </>
    );
  }
  const [exercises, head] = await Promise.all([listAssignableExercises(viewer), headers()]);
  const host = head.get("x-forwarded-host") ?? head.get("host") ?? "localhost:3000";
  const proto = head.get("x-forwarded-proto") ?? "http";
  const joinPath = `/courses/${course.id}/join?code=${course.joinCode}`;
  return (
    <>
      <h1>{course.title}</h1>
      {course.description && <p>{course.description}</p>}
      <p>
        <Link href={`/courses/${course.id}/dashboard`}>Dashboard</Link> · <a href={`/courses/${course.id}/gradebook.csv`} download>Gradebook CSV</a> ·{" "}
        <a href={`/courses/${course.id}/submissions.csv`} download>Submissions CSV</a> ·{" "}
        <a href={`/courses/${course.id}/exercises.tar`} download>Exercises as files (.tar)</a>
      </p>
      <section className={`card ${styles.joinBox}`} aria-labelledby="join-heading">
        <h2 id="join-heading">Invite learners</h2>
        <p>
          Join code: <code className={styles.joinCode} data-testid="join-code">{course.joinCode}</code>
        </p>
        <p>
          Join link: <code data-testid="join-link">{`${proto}://${host}${joinPath}`}</code>
        </p>
      </section>

      <h2>Assignments</h2>
      {course.assignments.length === 0 ? (
        <p className="muted">No assignments yet.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="Assignments" tabIndex={0}>
          <table data-testid="assignment-list">
            <thead>
              <tr>
                <th scope="col">Assignment</th>
                <th scope="col">Opens</th>
                <th scope="col">Due</th>
                <th scope="col">Exercises</th>
                <th scope="col"><span className={styles.srOnly}>Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {course.assignments.map((a) => (
                <tr key={a.id}>
                  <td>{a.title}</td>
                  <td>{formatDate(a.opensAt, "now")}</td>
                  <td>{formatDate(a.dueAt, "never")}</td>
                  <td>
                    {a.exercises.map((e, i) => (
                      <span key={e.slug}>
                        {i > 0 && ", "}
                        <Link href={`/courses/${course.id}/exercises/${e.slug}`}>{e.title}</Link>
                      </span>
                    ))}
                  </td>
                  <td>
                    <DeleteAssignmentButton assignmentId={a.id} title={a.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="card">
        <summary>Add an assignment</summary>
        <CreateAssignmentForm courseId={course.id} exercises={exercises.map(({ slug, title, topic }) => ({ slug, title, topic }))} />
      </details>

      <h2>Learners ({course.roster.length})</h2>
      {course.roster.length === 0 ? (
        <p className="muted">Nobody has joined yet. Share the join code or link.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="Learners" tabIndex={0}>
          <table data-testid="roster">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Joined</th>
                <th scope="col"><span className={styles.srOnly}>Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {course.roster.map((r) => (
                <tr key={r.userId}>
                  <td>
                    <Link href={`/courses/${course.id}/learners/${r.userId}`}>{r.name}</Link>
                  </td>
                  <td>{r.email}</td>
                  <td>{formatDate(r.joinedAt)}</td>
                  <td>
                    <RemoveLearnerButton courseId={course.id} userId={r.userId} name={r.name} />
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
