// Who is asking, and the checks every data-layer function applies before touching the database.
import type { Role } from "@/lib/generated/prisma/enums";
import type { PythonVersionId } from "@/lib/validation/python";

export type { Role };

/** The signed-in user as the data layer sees them: loaded fresh from the database per request. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  preferredPython: PythonVersionId;
}

export type AccessErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** Thrown by the data layer when the viewer may not do something; actions turn it into a message. */
export class AccessError extends Error {
  constructor(readonly code: AccessErrorCode, message?: string) {
    super(
      message ??
        (code === "UNAUTHENTICATED"
          ? "Please sign in."
          : code === "FORBIDDEN"
            ? "You are not allowed to do that."
            : "Not found."),
    );
    this.name = "AccessError";
  }
}

/** Anonymous visitors are refused. */
export function requireSignedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AccessError("UNAUTHENTICATED");
  return viewer;
}

/** Only the listed roles pass. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireSignedIn(viewer);
  if (!roles.includes(signedIn.role)) throw new AccessError("FORBIDDEN");
  return signedIn;
}

export const isAdmin = (viewer: Viewer) => viewer.role === "ADMIN";
export const isStaff = (viewer: Viewer) => viewer.role === "INSTRUCTOR" || viewer.role === "ADMIN";
