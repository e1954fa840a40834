import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/data/access";
import { listCoursesForViewer } from "@/lib/data/courses";
import { CreateCourseForm, JoinCourseForm } from "@/app/courses/_components/course-forms";

export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage() {
  const viewer = await requireViewer("/courses");
  const courses = await listCoursesForViewer(viewer);
  const staff = isStaff(viewer);
  return (
    <>
      <h1>Courses</h1>
      <section className="card">
        <h2>{staff ? "Create a course" : "Join a course"}</h2>
        {staff ? <CreateCourseForm /> : <JoinCourseForm />}
      </section>
      <h2>{staff ? "Courses you teach" : "Your courses"}</h2>
      {courses.length === 0 ? (
        <p className="muted">No courses yet.</p>
      ) : (
        <table data-testid="course-list">
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Instructor</th>
              <th scope="col">Learners</th>
              {staff && <th scope="col">Join code</th>}
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <tr key={course.id}>
                <td>
                  <Link href={`/courses/${course.id}`}>{course.title}</Link>
                </td>
                <td>{course.ownerName}</td>
                <td>{course.learnerCount}</td>
                {staff && (
                  <td>
                    <code>{course.joinCode}</code>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
