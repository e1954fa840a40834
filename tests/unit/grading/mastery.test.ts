import { describe, expect, it } from "vitest";
import { conceptMastery, levelFor, suggestNext, type ExerciseInfo, type ProgressInfo } from "@/lib/grading/mastery";

const exercise = (id: string, concepts: string[], difficulty = 1): ExerciseInfo => ({ exerciseId: id, slug: id, title: id, topic: "t", difficulty, concepts });
const now = new Date("2026-11-26T00:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("conceptMastery", () => {
  const library = [exercise("a", ["dict"]), exercise("b", ["dict", "gc"]), exercise("c", ["list"])];

  it("scores first-try accuracy times coverage times recency", () => {
    const progress: ProgressInfo[] = [
      { exerciseId: "a", attempts: 1, solved: true, firstTryCorrect: true, lastAttemptAt: now },
      { exerciseId: "b", attempts: 3, solved: true, firstTryCorrect: false, lastAttemptAt: now },
    ];
    const dict = conceptMastery(library, progress, now).find((m) => m.concept === "dict")!;
    expect(dict).toMatchObject({ exercises: 2, attempted: 2, solved: 2, firstTryCorrect: 1, accuracy: 0.5 });
    expect(dict.score).toBeCloseTo(0.75);
    expect(conceptMastery(library, progress, now).find((m) => m.concept === "list")!.level).toBe("not-started");
  });

  it("halves the score every 30 days without practice", () => {
    const progress: ProgressInfo[] = [{ exerciseId: "c", attempts: 1, solved: true, firstTryCorrect: true, lastAttemptAt: daysAgo(30) }];
    expect(conceptMastery(library, progress, now).find((m) => m.concept === "list")!.score).toBeCloseTo(0.5);
  });

  it("names levels from the score", () => {
    expect([levelFor(0.9, 1), levelFor(0.6, 1), levelFor(0.3, 1), levelFor(0.1, 1), levelFor(0, 0)]).toEqual(["mastered", "proficient", "familiar", "attempted", "not-started"]);
  });
});

describe("suggestNext", () => {
  it("starts with the library's first exercise, then the weakest started concept", () => {
    const library = [exercise("a", ["dict"]), exercise("b", ["dict"], 2), exercise("c", ["list"])];
    expect(suggestNext(library, [], [])!.exerciseId).toBe("a");
    const progress: ProgressInfo[] = [{ exerciseId: "a", attempts: 2, solved: true, firstTryCorrect: false, lastAttemptAt: now }];
    expect(suggestNext(library, progress, conceptMastery(library, progress, now))!.exerciseId).toBe("b");
  });
});
