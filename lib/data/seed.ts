// Idempotent seeding for trusted scripts (prisma/seed.ts, tests): demo accounts and the exercise
// library. Takes its client explicitly because it runs outside Next, where lib/db.ts cannot load.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/db-client";
import type { Role } from "@/lib/data/access";
import type { LoadedExercise } from "@/lib/content/load";

export interface DemoAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** Printed by `npm start`; fine for a local demo, change them on a shared server. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "learner@bytewise.local", name: "Dana Learner", password: "learner-demo-pass", role: "LEARNER" },
  { email: "instructor@bytewise.local", name: "Ines Instructor", password: "instructor-demo-pass", role: "INSTRUCTOR" },
  { email: "admin@bytewise.local", name: "Ada Admin", password: "admin-demo-pass", role: "ADMIN" },
];

export interface SeedReport {
  accountsCreated: number;
  exercisesCreated: number;
  revisionsCreated: number;
}

/** Creates missing demo accounts; existing ones (and any password changes) are left alone. */
export async function ensureDemoAccounts(client: PrismaClient, accounts = DEMO_ACCOUNTS): Promise<number> {
  let created = 0;
  for (const account of accounts) {
    const existing = await client.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await client.user.create({
      data: {
        email: account.email, name: account.name, role: account.role,
        passwordHash: await bcrypt.hash(account.password, 10),
      },
    });
    created++;
  }
  return created;
}

/**
 * Brings the library exercises in line with the content files: a new exercise per new file, a new
 * revision only when a file's content changed (older revisions keep their submissions).
 */
export async function syncExerciseLibrary(
  client: PrismaClient,
  library: LoadedExercise[],
): Promise<{ exercisesCreated: number; revisionsCreated: number }> {
  let exercisesCreated = 0;
  let revisionsCreated = 0;
  for (const item of library) {
    await client.$transaction(async (tx) => {
      let exercise = await tx.exercise.findUnique({
        where: { slug: item.slug },
        select: { id: true, currentRevision: { select: { contentHash: true } } },
      });
      if (!exercise) {
        exercise = await tx.exercise.create({
          data: { slug: item.slug, origin: "library", status: "PUBLISHED", title: item.exercise.title, topic: item.exercise.topic },
          select: { id: true, currentRevision: { select: { contentHash: true } } },
        });
        exercisesCreated++;
      }
      if (exercise.currentRevision?.contentHash === item.contentHash) return;
      const last = await tx.exerciseRevision.findFirst({
        where: { exerciseId: exercise.id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      const revision = await tx.exerciseRevision.create({
        data: { exerciseId: exercise.id, number: (last?.number ?? 0) + 1, content: item.content, contentHash: item.contentHash },
      });
      await tx.exercise.update({
        where: { id: exercise.id },
        data: { currentRevisionId: revision.id, title: item.exercise.title, topic: item.exercise.topic, status: "PUBLISHED" },
      });
      revisionsCreated++;
    });
  }
  return { exercisesCreated, revisionsCreated };
}

/** Seeds everything; running it twice on the same database changes nothing the second time. */
export async function seedDatabase(client: PrismaClient, library: LoadedExercise[]): Promise<SeedReport> {
  const accountsCreated = await ensureDemoAccounts(client);
  return { accountsCreated, ...(await syncExerciseLibrary(client, library)) };
}
