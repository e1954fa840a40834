import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { getCourseForJoinLink } from "@/lib/data/assignments";
import { JoinViaLinkForm } from "@/app/_components/teach/course-forms";

export const metadata: Metadata = { title: "Join a course" };

export default async function JoinCoursePage({ params, searchParams }: { params: Promise<{ courseId: string }>; searchParams: Promise<{ code?: string | string[] }> }) {
  const { courseId } = await params;
  const { code } = await searchParams;
  const joinCode = typeof code === "string" ? code : "";
  const viewer = await requireViewer(`/courses/${courseId}/join?code=${encodeURIComponent(joinCode)}`);
  const course = await getCourseForJoinLink(viewer, courseId, joinCode).catch((error: unknown) => {
    if (error instanceof AccessError) return null;
    throw error;
  });
  if (!course) {
    return (
      <>
        <h1>Join a course</h1>
        <p>This join link is not valid. Ask your instructor for the code and enter it on the <Link href="/courses">courses page</Link>.</p>
      </>
    );
  }
  return (
    <>
      <h1>Join {course.title}</h1>
      <p className="muted">Taught by {course.ownerName}</p>
      {course.enrolled ? (
        <p>
          You are already in this course. <Link href={`/courses/${course.id}`}>Open it</Link>.
        </p>
      ) : (
        <JoinViaLinkForm joinCode={joinCode.toUpperCase()} title={course.title} />
      )}
    </>
  );
}
