// Mastery per concept, from a learner's per-exercise progress. Pure, so the progress page, the
// suggestion and the tests share one definition.
//
// For each concept: first-try accuracy over the exercises attempted, coverage (attempted / all
// exercises practising it) and recency (a 30-day half-life since the last attempt). The score is
// their product; levels follow Khan Academy's familiar → proficient → mastered ladder.

export interface ExerciseInfo {
  exerciseId: string;
  slug: string;
  title: string;
  topic: string;
  difficulty: number;
  concepts: string[];
}

export interface ProgressInfo {
  exerciseId: string;
  attempts: number;
  solved: boolean;
  firstTryCorrect: boolean | null;
  lastAttemptAt: Date | null;
}

export type MasteryLevel = "not-started" | "attempted" | "familiar" | "proficient" | "mastered";

export interface ConceptMastery {
  concept: string;
  exercises: number;
  attempted: number;
  solved: number;
  firstTryCorrect: number;
  /** firstTryCorrect / attempted (0 when nothing attempted). */
  accuracy: number;
  lastAttemptAt: Date | null;
  /** 0..1: accuracy × coverage × recency. */
  score: number;
  level: MasteryLevel;
}

const HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

export function levelFor(score: number, attempted: number): MasteryLevel {
  if (attempted === 0) return "not-started";
  if (score >= 0.8) return "mastered";
  if (score >= 0.5) return "proficient";
  if (score >= 0.2) return "familiar";
  return "attempted";
}

export function conceptMastery(exercises: ExerciseInfo[], progress: ProgressInfo[], now = new Date()): ConceptMastery[] {
  const byExercise = new Map(progress.map((p) => [p.exerciseId, p]));
  const concepts = new Map<string, ExerciseInfo[]>();
  for (const e of exercises) for (const c of e.concepts) concepts.set(c, [...(concepts.get(c) ?? []), e]);
  const result: ConceptMastery[] = [];
  for (const [concept, list] of concepts) {
    const rows = list.map((e) => byExercise.get(e.exerciseId)).filter((p): p is ProgressInfo => !!p && p.attempts > 0);
    const firstTry = rows.filter((r) => r.firstTryCorrect === true).length;
    const last = rows.reduce<Date | null>((latest, r) => (r.lastAttemptAt && (!latest || r.lastAttemptAt > latest) ? r.lastAttemptAt : latest), null);
    const accuracy = rows.length ? firstTry / rows.length : 0;
    const coverage = rows.length / list.length;
    const recency = last ? 0.5 ** ((now.getTime() - last.getTime()) / DAY_MS / HALF_LIFE_DAYS) : 0;
    // Solving after a wrong first try still counts for something: half credit.
    const solvedLate = rows.filter((r) => r.solved && r.firstTryCorrect !== true).length;
    const quality = rows.length ? (firstTry + 0.5 * solvedLate) / rows.length : 0;
    const score = quality * Math.sqrt(coverage) * recency;
    result.push({
      concept, exercises: list.length, attempted: rows.length, solved: rows.filter((r) => r.solved).length,
      firstTryCorrect: firstTry, accuracy, lastAttemptAt: last, score, level: levelFor(score, rows.length),
    });
  }
  return result.sort((a, b) => a.concept.localeCompare(b.concept));
}

/**
 * The exercise to do next: an unsolved one practising the weakest concept the learner has
 * started (or, before any attempt, the library's first), easiest first.
 */
export function suggestNext(exercises: ExerciseInfo[], progress: ProgressInfo[], mastery: ConceptMastery[]): ExerciseInfo | null {
  const solved = new Set(progress.filter((p) => p.solved).map((p) => p.exerciseId));
  const open = exercises.filter((e) => !solved.has(e.exerciseId));
  if (open.length === 0) return null;
  const score = new Map(mastery.map((m) => [m.concept, m]));
  const weakness = (e: ExerciseInfo) => {
    // Started-but-weak concepts first, then unstarted ones, then strong ones.
    const values = e.concepts.map((c) => score.get(c)).map((m) => (!m || m.attempted === 0 ? 0.6 : m.score));
    return Math.min(...values);
  };
  const attemptedAny = progress.some((p) => p.attempts > 0);
  const ranked = [...open].sort((a, b) =>
    attemptedAny ? weakness(a) - weakness(b) || a.difficulty - b.difficulty : 0,
  );
  return ranked[0] ?? null;
}
