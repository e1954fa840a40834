import { getViewer } from "@/lib/auth/session";
import { gradebookCsv } from "@/lib/export/gradebook";
import { csvResponse } from "@/lib/export/csv-response";

// GET /courses/:courseId/gradebook.csv - learner × assignment scores (course owner and admins)
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return csvResponse(await getViewer(), (viewer) => gradebookCsv(viewer, courseId), "gradebook");
}
