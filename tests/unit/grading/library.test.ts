// The exercise library: every file validates, every part's key computes in every declared version
// for several variants, and parameterized exercises really vary.
import { describe, expect, it } from "vitest";
import { loadExerciseLibrary } from "@/lib/content/load";
import { variantFor, variantSeedFor } from "@/lib/content/variant";
import { computeVersionKeys, keyNumbers } from "@/lib/grading";

const library = loadExerciseLibrary();
// Seeds as real learners get them.
const seedsFor = (slug: string) => Array.from({ length: 8 }, (_, i) => variantSeedFor(`learner-${i}`, slug));

describe("the exercise library", () => {
  it("has at least 40 exercises using all five question kinds", () => {
    expect(library.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(library.flatMap((l) => l.exercise.parts.map((p) => p.kind)));
    expect([...kinds].sort()).toEqual(["estimate", "exact", "ranking", "threshold", "trace"]);
  });

  it.each(library.map((l) => [l.slug, l] as const))("%s computes every key in every version", (slug, { exercise }) => {
    const seeds = Object.keys(exercise.parameters).length > 0 ? seedsFor(slug) : seedsFor(slug).slice(0, 1);
    const answers = new Set<string>();
    for (const seed of seeds) {
      const variant = variantFor(exercise, seed);
      const all: string[] = [];
      for (const version of exercise.pythonVersions) {
        const keys = computeVersionKeys(exercise, variant.source, version);
        expect(keys.error, `${version} seed ${seed}`).toBeNull();
        for (const part of exercise.parts) {
          const numbers = keyNumbers(keys.parts[part.id]!);
          expect(numbers.length, `${part.id} in ${version}`).toBeGreaterThan(0);
          all.push(`${version}/${part.id}:${numbers.join(",")}`);
        }
      }
      answers.add(all.join(" "));
    }
    if (seeds.length > 1) expect(answers.size, "variants should not all give the same answers").toBeGreaterThan(1);
  });
});
