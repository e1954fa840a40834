// Turns a CSV export (or the data layer's refusal) into an HTTP response for the route handlers.
import "server-only";
import { AccessError, type Viewer } from "@/lib/data/access";
import { csvFileName } from "@/lib/export/csv";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

export async function csvResponse(
  viewer: Viewer | null,
  build: (viewer: Viewer | null) => Promise<{ title: string; csv: string }>,
  kind: string,
): Promise<Response> {
  try {
    const { title, csv } = await build(viewer);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName(title, kind)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AccessError) return new Response(error.message, { status: STATUS[error.code], headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
