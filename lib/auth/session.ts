// The signed-in viewer for server components and actions.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { getViewerById } from "@/lib/data/users";
import type { Role, Viewer } from "@/lib/data/access";

/** The current viewer, or null for anonymous visitors (and for sessions of deleted accounts). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? getViewerById(id) : null;
});

/** The current viewer; anonymous visitors are sent to sign in and brought back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** Like requireViewer, and also reports whether the viewer has one of `roles`. */
export async function requireViewerWithRole(returnTo: string, ...roles: Role[]): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await requireViewer(returnTo);
  return { viewer, allowed: roles.includes(viewer.role) };
}
