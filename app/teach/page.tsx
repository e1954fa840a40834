import type { Metadata } from "next";
import Link from "next/link";
import { requireViewerWithRole } from "@/lib/auth/session";
import { listCoursesForViewer } from "@/lib/data/courses";
import { AccessDenied } from "@/app/_components/access-denied";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const { viewer, allowed } = await requireViewerWithRole("/teach", "INSTRUCTOR", "ADMIN");
  if (!allowed) return <AccessDenied need="instructors" />;
  const courses = await listCoursesForViewer(viewer);
  return (
    <>
      <h1>Teach</h1>
      <p>
        You have {courses.length} {courses.length === 1 ? "course" : "courses"}. Create courses and share their join
        codes on the <Link href="/courses">courses page</Link>.
      </p>
      <ul>
        {courses.map((course) => (
          <li key={course.id}>
            {course.title}: {course.learnerCount} learners, join code <code>{course.joinCode}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
