import type { Metadata } from "next";
import Link from "next/link";
import { requireViewerWithRole } from "@/lib/auth/session";
import { listCoursesForViewer } from "@/lib/data/courses";
import { listAuthoredExercises } from "@/lib/data/authoring";
import { ImportExercisesForm } from "@/app/_components/teach/import-form";
import { AccessDenied } from "@/app/_components/access-denied";
import { CreateCourseForm } from "@/app/courses/_components/course-forms";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const { viewer, allowed } = await requireViewerWithRole("/teach", "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const [courses, exercises] = await Promise.all([listCoursesForViewer(viewer), listAuthoredExercises(viewer)]);
  return (
    <>
      <h1>Teach</h1>
      <h2>Your courses</h2>
      {courses.length === 0 ? (
        <p className="muted">No courses yet: create one below and share its join code.</p>
      ) : (
        <table data-testid="teach-courses">
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Learners</th>
              <th scope="col">Join code</th>
              <th scope="col">Dashboard</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <tr key={course.id}>
                <td>
                  <Link href={`/courses/${course.id}`}>{course.title}</Link>
                </td>
                <td>{course.learnerCount}</td>
                <td>
                  <code>{course.joinCode}</code>
                </td>
                <td>
                  <Link href={`/courses/${course.id}/dashboard`} aria-label={`Dashboard of ${course.title}`}>Dashboard</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="card">
        <summary>Create a course</summary>
        <CreateCourseForm />
      </details>

      <h2>Your exercises</h2>
      <p>
        <Link href="/teach/exercises/new" className="button">Write a new exercise</Link>
      </p>
      {exercises.length === 0 ? (
        <p className="muted">None yet. The library&apos;s published exercises can be assigned as they are.</p>
      ) : (
        <table data-testid="teach-exercises">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Topic</th>
              <th scope="col">Status</th>
              <th scope="col">Revision</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/teach/exercises/${e.slug}/edit`}>{e.title}</Link>
                </td>
                <td>{e.topic}</td>
                <td>{e.status === "PUBLISHED" ? "published" : "draft"}</td>
                <td>{e.revisionNumber}</td>
                <td>{e.submissions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="card">
        <summary>Import exercise files</summary>
        <ImportExercisesForm />
      </details>
    </>
  );
}
