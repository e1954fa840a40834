import { getViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { exportCourseExercises } from "@/lib/data/authoring";
import { csvFileName } from "@/lib/export/csv";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

// GET /courses/:courseId/exercises.tar - the course's exercises as content files (course owner and admins)
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  try {
    const { title, tar } = await exportCourseExercises(await getViewer(), courseId);
    const name = csvFileName(title, "exercises").replace(/\.csv$/, ".tar");
    return new Response(Buffer.from(tar), {
      headers: { "Content-Type": "application/x-tar", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof AccessError) return new Response(error.message, { status: STATUS[error.code] });
    throw error;
  }
}
