import { getViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { exportExerciseFile } from "@/lib/data/authoring";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

// GET /teach/exercises/:slug/yaml - the exercise as a content file (instructors and admins)
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const file = await exportExerciseFile(await getViewer(), slug);
    return new Response(file.text, {
      headers: { "Content-Type": "application/yaml; charset=utf-8", "Content-Disposition": `attachment; filename="${file.name}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof AccessError) return new Response(error.message, { status: STATUS[error.code] });
    throw error;
  }
}
