import { getViewer } from "@/lib/auth/session";
import { submissionsCsv } from "@/lib/export/gradebook";
import { csvResponse } from "@/lib/export/csv-response";

// GET /courses/:courseId/submissions.csv - every raw submission of the course's learners (course owner and admins)
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return csvResponse(await getViewer(), (viewer) => submissionsCsv(viewer, courseId), "submissions");
}
