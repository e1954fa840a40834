import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewerWithRole } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getCourseGrid, type GridSort, type GridStatus } from "@/lib/data/dashboards";
import { AccessDenied } from "@/app/_components/access-denied";
import { BarChart } from "@/app/_components/teach/charts";
import { SortHeader } from "@/app/_components/teach/sort-header";
import { formatDate, pct } from "@/app/_components/teach/format";
import styles from "@/app/_components/teach/teach.module.css";

export const metadata: Metadata = { title: "Course dashboard" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
// Rows per page: a 200-learner course renders in a fraction of the time, and filters find the rest.
const PAGE_SIZE = 50;
const STATUSES: { value: GridStatus; label: string }[] = [
  { value: "all", label: "Everyone" },
  { value: "behind", label: "Below 50%" },
  { value: "late", label: "Answered late" },
  { value: "inactive", label: "Inactive for 7 days" },
];

export default async function CourseDashboardPage({ params, searchParams }: { params: Promise<{ courseId: string }>; searchParams: Promise<Search> }) {
  const { courseId } = await params;
  const search = await searchParams;
  const { viewer, allowed } = await requireViewerWithRole(`/courses/${courseId}/dashboard`, "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const status = (STATUSES.find((s) => s.value === one(search.status))?.value ?? "all") as GridStatus;
  const sort = (one(search.sort) ?? "name") as GridSort;
  const dir = one(search.dir) === "desc" ? "desc" : "asc";
  const assignmentId = one(search.assignment) || undefined;
  const query = one(search.q) ?? "";
  const pageNumber = Math.max(1, Math.floor(Number(one(search.page) ?? "1")) || 1);
  const grid = await getCourseGrid(viewer, courseId, { assignmentId, status, query, sort, dir }).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const hrefFor = (s: string, d: "asc" | "desc", p = 1) => {
    const q = new URLSearchParams({ ...(assignmentId ? { assignment: assignmentId } : {}), ...(status !== "all" ? { status } : {}), ...(query ? { q: query } : {}), sort: s, dir: d, ...(p > 1 ? { page: String(p) } : {}) });
    return `/courses/${courseId}/dashboard?${q}`;
  };
  const pages = Math.max(1, Math.ceil(grid.rows.length / PAGE_SIZE));
  const current = Math.min(pageNumber, pages);
  const shown = grid.rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const buckets = ["0–24%", "25–49%", "50–74%", "75–99%", "100%"].map((label) => ({ label, value: 0 }));
  for (const r of grid.rows) {
    const s = assignmentId ? r.cells[assignmentId]!.score : r.score;
    buckets[s >= 1 ? 4 : Math.min(3, Math.floor(s * 4))]!.value++;
  }
  const completion = grid.columns.map((a) => {
    const avg = grid.rows.length ? grid.rows.reduce((n, r) => n + r.cells[a.id]!.score, 0) / grid.rows.length : 0;
    return { label: a.title, value: avg, note: pct(avg) };
  });
  return (
    <>
      <p className="muted">
        <Link href={`/courses/${courseId}`}>{grid.course.title}</Link> › Dashboard
      </p>
      <h1>Dashboard: {grid.course.title}</h1>
      <p>
        {grid.enrolled} learners · {grid.assignments.length} assignments · <a href={`/courses/${courseId}/gradebook.csv`} download>Gradebook CSV</a> ·{" "}
        <a href={`/courses/${courseId}/submissions.csv`} download>Submissions CSV</a>
      </p>
      <form className={styles.toolbar} method="get" aria-label="Filter learners">
        <div className="field">
          <label htmlFor="f-assignment">Assignment</label>
          <select id="f-assignment" name="assignment" defaultValue={assignmentId ?? ""}>
            <option value="">All assignments</option>
            {grid.assignments.map((a) => (
              <option key={a.id} value={a.id}>{a.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">Show</label>
          <select id="f-status" name="status" defaultValue={status}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-q">Name or email</label>
          <input id="f-q" name="q" type="search" defaultValue={query} />
        </div>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={dir} />
        <button type="submit">Apply</button>
      </form>
      <div className={styles.tableWrap} role="region" aria-label="Learners by assignment" tabIndex={0}>
        <table data-testid="course-grid">
          <caption className={styles.srOnly}>Learners by assignment: solved exercises, attempts and last activity</caption>
          <thead>
            <tr>
              <SortHeader label="Learner" column="name" current={sort} dir={dir} hrefFor={hrefFor} />
              {grid.columns.map((a) => (
                <SortHeader key={a.id} label={a.title} column={`a:${a.id}`} current={sort} dir={dir} hrefFor={hrefFor} numeric />
              ))}
              <SortHeader label="Score" column="score" current={sort} dir={dir} hrefFor={hrefFor} numeric />
              <SortHeader label="Attempts" column="attempts" current={sort} dir={dir} hrefFor={hrefFor} numeric />
              <SortHeader label="Last activity" column="activity" current={sort} dir={dir} hrefFor={hrefFor} numeric />
            </tr>
          </thead>
          <tbody>
            {grid.rows.length === 0 && (
              <tr>
                <td colSpan={grid.columns.length + 4} className="muted">No learner matches.</td>
              </tr>
            )}
            {shown.map((r) => {
              const score = assignmentId ? r.cells[assignmentId]!.score : r.score;
              const attempts = assignmentId ? r.cells[assignmentId]!.attempts : r.attempts;
              const last = assignmentId ? r.cells[assignmentId]!.lastActivity : r.lastActivity;
              return (
                <tr key={r.userId} data-testid="grid-row">
                  <th scope="row">
                    <Link href={`/courses/${courseId}/learners/${r.userId}`}>{r.name}</Link>
                  </th>
                  {grid.columns.map((a) => {
                    const c = r.cells[a.id]!;
                    return (
                      <td key={a.id} className={styles.cell}>
                        {c.solved}/{c.total} <span className="muted">· {c.attempts} tries</span>
                        {c.late && <span className={styles.late}>late</span>}
                      </td>
                    );
                  })}
                  <td className={styles.num}>{pct(score)}</td>
                  <td className={styles.num}>{attempts}</td>
                  <td className={styles.cell}>{formatDate(last, "never")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages of learners" className="inline-form" data-testid="grid-pages">
          <span>
            Learners {(current - 1) * PAGE_SIZE + 1}–{Math.min(current * PAGE_SIZE, grid.rows.length)} of {grid.rows.length}:
          </span>
          {Array.from({ length: pages }, (_, i) => i + 1).map((p) =>
            p === current ? (
              <span key={p} aria-current="page"><strong>{p}</strong></span>
            ) : (
              <Link key={p} href={hrefFor(sort, dir, p)}>{p}</Link>
            ),
          )}
        </nav>
      )}
      <h2>Charts</h2>
      <BarChart title="Learners by score (shown learners)" bars={buckets} testId="score-histogram" />
      <BarChart title="Average completion per assignment" bars={completion} max={1} testId="completion-chart" />
      {grid.columns.length > 0 && (
        <section aria-labelledby="exercise-heading">
          <h2 id="exercise-heading">Exercise dashboards</h2>
          {grid.columns.map((a) => (
            <p key={a.id}>
              <strong>{a.title}</strong>
              {a.dueAt && <span className="muted"> (due {formatDate(a.dueAt)})</span>}:{" "}
              {a.exercises.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && " · "}
                  <Link href={`/courses/${courseId}/exercises/${e.slug}`}>{e.title}</Link>
                </span>
              ))}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
