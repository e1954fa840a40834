// What a learner sees: the library with their progress, one exercise as they answer it (their
// seeded variant, never its keys), and their progress overview.
import "server-only";
import { db } from "@/lib/db";
import { AccessError, isAdmin, requireSignedIn, type Viewer } from "@/lib/data/access";
import type { ExerciseFile, Part } from "@/lib/content/schema";
import { variantFor, variantSeedFor } from "@/lib/content/variant";
import { PYTHON_VERSIONS, type PythonVersionId } from "@/lib/validation/python";
import { conceptMastery, suggestNext, type ConceptMastery, type ExerciseInfo } from "@/lib/grading/mastery";

/** Library topics in teaching order; unknown topics follow alphabetically. */
export const TOPIC_ORDER = ["tutorial", "dict", "records", "list", "tuple", "set", "str", "int", "instance", "shallow-deep"];

export const TOPIC_TITLES: Record<string, string> = {
  tutorial: "The tutorial: one ride record",
  dict: "Dictionaries",
  records: "Records at scale",
  list: "Lists and over-allocation",
  tuple: "Tuples",
  set: "Sets",
  str: "Strings",
  int: "Integers",
  instance: "Instances and key sharing",
  "shallow-deep": "What getsizeof does not count",
};

/** The tutorial's walk-through order (its steps build on each other); other topics go easiest first. */
export const TUTORIAL_SEQUENCE = [
  "dict-row-size", "dict-add-keys", "dict-growth-threshold", "tutorial-growth-trace-long", "tutorial-delete-no-shrink",
  "tutorial-delete-then-add", "tutorial-record-as-tuple", "tutorial-rank-record-forms", "tutorial-million-dicts", "tutorial-million-tuples",
];
const sequenceRank = (slug: string) => {
  const i = TUTORIAL_SEQUENCE.indexOf(slug);
  return i < 0 ? TUTORIAL_SEQUENCE.length : i;
};

const topicRank = (topic: string) => {
  const i = TOPIC_ORDER.indexOf(topic);
  return i < 0 ? TOPIC_ORDER.length : i;
};

export interface LibraryEntry extends ExerciseInfo {
  summary: string;
  kinds: Part["kind"][];
  status: "solved" | "attempted" | "new";
  firstTryCorrect: boolean | null;
}

export interface LibraryTopic {
  topic: string;
  title: string;
  exercises: LibraryEntry[];
}

async function publishedExercises(): Promise<(ExerciseInfo & { summary: string; kinds: Part["kind"][] })[]> {
  const rows = await db.exercise.findMany({
    where: { status: "PUBLISHED", currentRevisionId: { not: null } },
    select: { id: true, slug: true, title: true, topic: true, currentRevision: { select: { content: true } } },
  });
  return rows
    .map((row) => {
      const file = JSON.parse(row.currentRevision!.content) as ExerciseFile;
      return {
        exerciseId: row.id, slug: row.slug, title: row.title, topic: row.topic, difficulty: file.difficulty,
        concepts: file.concepts, summary: file.summary, kinds: [...new Set(file.parts.map((p) => p.kind))],
      };
    })
    .sort((a, b) =>
      topicRank(a.topic) - topicRank(b.topic) || a.topic.localeCompare(b.topic) || sequenceRank(a.slug) - sequenceRank(b.slug) ||
      a.difficulty - b.difficulty || a.title.localeCompare(b.title),
    );
}

async function progressRows(userId: string) {
  return db.progress.findMany({
    where: { userId },
    select: { exerciseId: true, attempts: true, solved: true, firstTryCorrect: true, lastAttemptAt: true },
  });
}

/** Published exercises grouped by topic in teaching order, each marked with the viewer's progress. */
export async function listLibraryForLearner(viewer: Viewer | null): Promise<LibraryTopic[]> {
  const learner = requireSignedIn(viewer);
  const [exercises, progress] = await Promise.all([publishedExercises(), progressRows(learner.id)]);
  const byExercise = new Map(progress.map((p) => [p.exerciseId, p]));
  const topics: LibraryTopic[] = [];
  for (const e of exercises) {
    let group = topics.find((t) => t.topic === e.topic);
    if (!group) topics.push((group = { topic: e.topic, title: TOPIC_TITLES[e.topic] ?? e.topic, exercises: [] }));
    const p = byExercise.get(e.exerciseId);
    group.exercises.push({ ...e, status: p?.solved ? "solved" : p && p.attempts > 0 ? "attempted" : "new", firstTryCorrect: p?.firstTryCorrect ?? null });
  }
  return topics;
}

// ## One exercise, as the learner answers it

/** A part without anything that reveals its key. */
export interface LearnerPart {
  id: string;
  kind: Part["kind"];
  prompt: string;
  /** Trace step labels. */
  steps?: string[];
  /** Ranking item labels. */
  items?: string[];
  /** Estimate tolerance (0.05 = 5%). */
  tolerance?: number;
}

export interface LearnerExercise {
  exerciseId: string;
  slug: string;
  title: string;
  topic: string;
  difficulty: number;
  summary: string;
  concepts: string[];
  revisionId: string;
  /** The learner's variant of the template. */
  source: string;
  seed: number;
  /** The version answers are graded for on this page. */
  version: PythonVersionId;
  versions: PythonVersionId[];
  parts: LearnerPart[];
  hints: string[];
  progress: { attempts: number; solved: boolean; partsSolved: string[]; partsAttempted: string[] };
}

/** Picks the grading version: the one asked for, else the profile's, else the exercise's newest. */
export function chooseVersion(versions: readonly string[], requested: string | undefined, preferred: string): PythonVersionId {
  const ok = (v: string | undefined): v is PythonVersionId => !!v && versions.includes(v) && (PYTHON_VERSIONS as readonly string[]).includes(v);
  if (ok(requested)) return requested;
  if (ok(preferred)) return preferred;
  return versions[versions.length - 1] as PythonVersionId;
}

export function learnerParts(exercise: ExerciseFile): LearnerPart[] {
  return exercise.parts.map((part) => {
    const base = { id: part.id, kind: part.kind, prompt: part.prompt };
    if (part.kind === "trace") return { ...base, steps: part.steps.map((s) => s.label) };
    if (part.kind === "ranking") return { ...base, items: part.items.map((s) => s.label) };
    if (part.kind === "estimate") return { ...base, tolerance: part.tolerance };
    return base;
  });
}

/**
 * The viewer's variant of a published exercise (drafts: author and admins only), with their
 * progress. Holds no answer key.
 */
export async function getExerciseForLearner(viewer: Viewer | null, slug: string, requestedVersion?: string): Promise<LearnerExercise> {
  const learner = requireSignedIn(viewer);
  const row = await db.exercise.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, topic: true, status: true, authorId: true,
      currentRevision: { select: { id: true, content: true } },
    },
  });
  if (!row?.currentRevision || (row.status !== "PUBLISHED" && row.authorId !== learner.id && !isAdmin(learner))) {
    throw new AccessError("NOT_FOUND", "No such exercise.");
  }
  const exercise = JSON.parse(row.currentRevision.content) as ExerciseFile;
  const seed = variantSeedFor(learner.id, row.slug);
  const variant = variantFor(exercise, seed);
  const [progress, submissions] = await Promise.all([
    db.progress.findUnique({ where: { userId_exerciseId: { userId: learner.id, exerciseId: row.id } }, select: { attempts: true, solved: true } }),
    db.submission.findMany({ where: { userId: learner.id, exerciseId: row.id }, select: { part: true, correct: true }, distinct: ["part", "correct"] }),
  ]);
  return {
    exerciseId: row.id, slug: row.slug, title: row.title, topic: row.topic, difficulty: exercise.difficulty,
    summary: exercise.summary, concepts: exercise.concepts, revisionId: row.currentRevision.id,
    source: variant.source, seed,
    version: chooseVersion(exercise.pythonVersions, requestedVersion, learner.preferredPython),
    versions: exercise.pythonVersions as PythonVersionId[],
    parts: learnerParts(exercise), hints: exercise.hints,
    progress: {
      attempts: progress?.attempts ?? 0, solved: progress?.solved ?? false,
      partsSolved: [...new Set(submissions.filter((s) => s.correct).map((s) => s.part))],
      partsAttempted: [...new Set(submissions.map((s) => s.part))],
    },
  };
}

// ## Progress overview

export interface AttemptRow {
  id: string;
  slug: string;
  title: string;
  part: string;
  answer: string;
  correct: boolean;
  pythonVersion: string;
  diagnosis: string | null;
  createdAt: Date;
}

export interface LearnerOverview {
  mastery: ConceptMastery[];
  suggestion: { slug: string; title: string; reason: string } | null;
  attempts: AttemptRow[];
  totals: { exercises: number; attempted: number; solved: number; firstTryCorrect: number; submissions: number };
  /** Submissions per day for the last 14 days, oldest first (for the activity chart). */
  activity: { day: string; correct: number; wrong: number }[];
}

/** The viewer's own progress page data. */
export async function getLearnerOverview(viewer: Viewer | null, now = new Date()): Promise<LearnerOverview> {
  const learner = requireSignedIn(viewer);
  const [exercises, progress, attempts, submissionCount] = await Promise.all([
    publishedExercises(),
    progressRows(learner.id),
    db.submission.findMany({
      where: { userId: learner.id },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, part: true, answer: true, correct: true, pythonVersion: true, diagnosis: true, createdAt: true, exercise: { select: { slug: true, title: true } } },
    }),
    db.submission.count({ where: { userId: learner.id } }),
  ]);
  const mastery = conceptMastery(exercises, progress, now);
  const next = suggestNext(exercises, progress, mastery);
  const weakest = next ? mastery.filter((m) => next.concepts.includes(m.concept)).sort((a, b) => a.score - b.score)[0] : undefined;
  const since = new Date(now.getTime() - 13 * 86_400_000);
  const days = Array.from({ length: 14 }, (_, i) => new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10));
  const activity = days.map((day) => ({ day, correct: 0, wrong: 0 }));
  for (const a of attempts) {
    const slot = activity.find((d) => d.day === a.createdAt.toISOString().slice(0, 10));
    if (slot) slot[a.correct ? "correct" : "wrong"]++;
  }
  return {
    mastery,
    suggestion: next
      ? {
          slug: next.slug, title: next.title,
          reason: progress.length === 0 ? "Start with the tutorial's first step." : weakest && weakest.attempted > 0 ? `Practises ${weakest.concept}, your weakest concept so far.` : `Practises ${next.concepts[0]}, which you have not tried yet.`,
        }
      : null,
    attempts: attempts.map(({ exercise, ...a }) => ({ ...a, slug: exercise.slug, title: exercise.title })),
    totals: {
      exercises: exercises.length,
      attempted: progress.filter((p) => p.attempts > 0).length,
      solved: progress.filter((p) => p.solved).length,
      firstTryCorrect: progress.filter((p) => p.firstTryCorrect === true).length,
      submissions: submissionCount,
    },
    activity,
  };
}
