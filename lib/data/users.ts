// Accounts: sign-up, profile, and role administration.
import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { AccessError, requireRole, requireSignedIn, type Role, type Viewer } from "@/lib/data/access";
import type { SignUpInput } from "@/lib/validation/auth";
import { DEFAULT_PYTHON_VERSION, PYTHON_VERSIONS, type PythonVersionId } from "@/lib/validation/python";

/** bcrypt work factor: ~70 ms per hash in bcryptjs on this class of machine. */
export const BCRYPT_COST = 10;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

const summarySelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

function asPythonVersion(value: string): PythonVersionId {
  return (PYTHON_VERSIONS as readonly string[]).includes(value) ? (value as PythonVersionId) : DEFAULT_PYTHON_VERSION;
}

/**
 * Creates a learner account (anyone may sign up; new accounts are always learners).
 * @returns the new user's summary, or `{ emailTaken: true }` when the address is registered.
 */
export async function createLearnerAccount(input: SignUpInput): Promise<UserSummary | { emailTaken: true }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { emailTaken: true };
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: "LEARNER" },
      select: summarySelect,
    });
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return { emailTaken: true };
    throw error;
  }
}

/** Loads the viewer for a session's user id; null when the account no longer exists. */
export async function getViewerById(userId: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, preferredPython: true },
  });
  return user ? { ...user, preferredPython: asPythonVersion(user.preferredPython) } : null;
}

/** Every account, newest first. Admins only. */
export async function listUsers(viewer: Viewer | null): Promise<UserSummary[]> {
  requireRole(viewer, "ADMIN");
  return db.user.findMany({ select: summarySelect, orderBy: { createdAt: "desc" } });
}

/**
 * Changes a user's role. Admins only, and not their own role (so the last admin cannot lock
 * everyone out by accident).
 */
export async function setUserRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserSummary> {
  const admin = requireRole(viewer, "ADMIN");
  if (admin.id === userId) throw new AccessError("FORBIDDEN", "You cannot change your own role.");
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!target) throw new AccessError("NOT_FOUND", "No such user.");
  return db.user.update({ where: { id: userId }, data: { role }, select: summarySelect });
}

/** Sets the signed-in user's own default Python version. */
export async function updatePreferredPython(viewer: Viewer | null, version: PythonVersionId): Promise<void> {
  const self = requireSignedIn(viewer);
  await db.user.update({ where: { id: self.id }, data: { preferredPython: version } });
}
