// Grading a learner's answers on the server: load the revision they answered, recompute their
// variant from their own id (never trusted from the browser), grade with the simulator's keys,
// record each attempt and build the feedback. Also the "show me the answer" path.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireSignedIn, type Viewer } from "@/lib/data/access";
import { markSolved, recordSubmission } from "@/lib/data/submissions";
import type { ExerciseFile } from "@/lib/content/schema";
import { variantFor, variantSeedFor } from "@/lib/content/variant";
import { gradePart, keysForAllVersions, revealPart, type PartGrade, type PartReveal } from "@/lib/grading";
import type { VersionKeys } from "@/lib/grading/keys";
import { chooseVersion } from "@/lib/data/learning";
import type { PythonVersionId } from "@/lib/validation/python";

export interface PartFeedback extends PartGrade {
  /** Present once the part is answered correctly (or revealed): every version, pictures, chart. */
  reveal: PartReveal | null;
}

export interface GradingResult {
  version: PythonVersionId;
  parts: PartFeedback[];
  /** Every part of the exercise has been answered correctly at least once. */
  solved: boolean;
  /** The exercise's explanation, once everything is answered or revealed. */
  explanation: string | null;
}

export interface SubmitAnswersInput {
  slug: string;
  revisionId: string;
  python?: string;
  /** Per part id, one string per input (one per step for traces, one ranking "2,0,1"). */
  answers: Record<string, string[]>;
  assignmentId?: string | null;
}

interface LoadedRevision {
  exerciseId: string;
  slug: string;
  revisionId: string;
  exercise: ExerciseFile;
  source: string;
  seed: number;
  keys: VersionKeys[];
}

async function loadRevision(viewer: Viewer, slug: string, revisionId: string): Promise<LoadedRevision> {
  const revision = await db.exerciseRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, content: true, exercise: { select: { id: true, slug: true, status: true, authorId: true } } },
  });
  if (!revision || revision.exercise.slug !== slug || (revision.exercise.status !== "PUBLISHED" && revision.exercise.authorId !== viewer.id && !isAdmin(viewer))) {
    throw new AccessError("NOT_FOUND", "No such exercise.");
  }
  const exercise = JSON.parse(revision.content) as ExerciseFile;
  const seed = variantSeedFor(viewer.id, slug);
  const source = variantFor(exercise, seed).source;
  return { exerciseId: revision.exercise.id, slug, revisionId, exercise, source, seed, keys: keysForAllVersions(exercise, source, revision.id) };
}

/** Computes (and caches) the keys of the viewer's variant so their first answer is graded fast. */
export async function warmKeys(viewer: Viewer | null, slug: string, revisionId: string): Promise<void> {
  const learner = requireSignedIn(viewer);
  await loadRevision(learner, slug, revisionId);
}

function learnerNumber(grade: PartGrade): number | null {
  if (grade.kind !== "exact" && grade.kind !== "threshold") return null;
  const n = Number(grade.normalized);
  return Number.isFinite(n) ? n : null;
}

async function solvedParts(userId: string, exerciseId: string): Promise<Set<string>> {
  const rows = await db.submission.findMany({ where: { userId, exerciseId, correct: true }, select: { part: true }, distinct: ["part"] });
  return new Set(rows.map((r) => r.part));
}

/**
 * Grades the viewer's answers (parts left empty are skipped), records one submission per graded
 * part, marks the exercise solved when every part has been right once, and returns feedback.
 */
export async function submitAnswers(viewer: Viewer | null, input: SubmitAnswersInput): Promise<GradingResult> {
  const learner = requireSignedIn(viewer);
  const loaded = await loadRevision(learner, input.slug, input.revisionId);
  const version = chooseVersion(loaded.exercise.pythonVersions, input.python, learner.preferredPython);
  const parts: PartFeedback[] = [];
  for (const part of loaded.exercise.parts) {
    const raw = input.answers[part.id];
    if (!raw || raw.every((a) => a.trim() === "")) continue;
    // A ranking arrives as one select per position; the grader reads "2,0,1".
    const answer = part.kind === "ranking" ? [raw.join(",")] : raw;
    const grade = gradePart(part, loaded.keys, version, answer);
    if (grade.status === "correct" || grade.status === "wrong") {
      await recordSubmission(learner, {
        revisionId: loaded.revisionId, variantSeed: loaded.seed, part: part.id, answer: grade.normalized.slice(0, 200),
        correct: grade.status === "correct", pythonVersion: version, diagnosis: grade.diagnosis?.code ?? null,
        assignmentId: input.assignmentId ?? null,
      });
    }
    parts.push({ ...grade, reveal: grade.status === "correct" ? revealPart(part, loaded.keys, version, learnerNumber(grade)) : null });
  }
  const solvedNow = await solvedParts(learner.id, loaded.exerciseId);
  const solved = loaded.exercise.parts.every((p) => solvedNow.has(p.id));
  if (solved) await markSolved(learner, loaded.exerciseId);
  const allCorrect = parts.length === loaded.exercise.parts.length && parts.every((p) => p.status === "correct");
  return { version, parts, solved, explanation: allCorrect || solved ? loaded.exercise.explanation : null };
}

/**
 * The full feedback for every part the viewer has already attempted (so answers cannot be
 * revealed before trying). Records nothing.
 */
export async function revealAnswers(viewer: Viewer | null, input: { slug: string; revisionId: string; python?: string }): Promise<GradingResult> {
  const learner = requireSignedIn(viewer);
  const loaded = await loadRevision(learner, input.slug, input.revisionId);
  const version = chooseVersion(loaded.exercise.pythonVersions, input.python, learner.preferredPython);
  const attempted = await db.submission.findMany({ where: { userId: learner.id, exerciseId: loaded.exerciseId }, select: { part: true }, distinct: ["part"] });
  const tried = new Set(attempted.map((a) => a.part));
  if (tried.size === 0) throw new AccessError("FORBIDDEN", "Answer at least once before revealing the answer.");
  const parts: PartFeedback[] = loaded.exercise.parts
    .filter((p) => tried.has(p.id))
    .map((part) => ({
      partId: part.id, kind: part.kind, status: "wrong", message: null, normalized: "", diagnosis: null,
      reveal: revealPart(part, loaded.keys, version, null),
    }));
  const solvedNow = await solvedParts(learner.id, loaded.exerciseId);
  return { version, parts, solved: loaded.exercise.parts.every((p) => solvedNow.has(p.id)), explanation: loaded.exercise.explanation };
}
