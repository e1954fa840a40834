// Per-exercise progress, as shown on a learner's progress page and in course dashboards.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, requireSignedIn, type Viewer } from "@/lib/data/access";
import { canSeeLearner } from "@/lib/data/courses";

export interface ProgressEntry {
  exerciseId: string;
  slug: string;
  title: string;
  topic: string;
  attempts: number;
  solved: boolean;
  firstTryCorrect: boolean | null;
  lastAttemptAt: Date | null;
}

/** A learner's progress on every exercise they attempted; same visibility as their submissions. */
export async function getProgressForLearner(viewer: Viewer | null, learnerId: string): Promise<ProgressEntry[]> {
  const signedIn = requireSignedIn(viewer);
  if (!(await canSeeLearner(signedIn, learnerId))) throw new AccessError("FORBIDDEN");
  const rows = await db.progress.findMany({
    where: { userId: learnerId },
    orderBy: { lastAttemptAt: "desc" },
    select: {
      exerciseId: true, attempts: true, solved: true, firstTryCorrect: true, lastAttemptAt: true,
      exercise: { select: { slug: true, title: true, topic: true } },
    },
  });
  return rows.map(({ exercise, ...row }) => ({ ...row, ...exercise }));
}
