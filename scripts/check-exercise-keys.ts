// Cross-checks the exercise library's answer keys against real CPython: for each exercise (one or
// more learners' variants), runs the variant under every pyenv interpreter found and compares what
// it prints / what each measure evaluates to with the keys the simulator computes.
//
//   npx tsx scripts/check-exercise-keys.ts [--learners 1] [slug ...]
//
// Needs the interpreters listed in PYTHONS (see /work/shared/docs/python-runtimes.md); versions
// without one are skipped. Exits 1 on any mismatch, which would be a simulator bug to report.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadExerciseLibrary } from "@/lib/content/load";
import { variantFor, variantSeedFor } from "@/lib/content/variant";
import type { Measure } from "@/lib/content/schema";
import { computeVersionKeys, keyNumbers } from "@/lib/grading";

const PYTHONS: Record<string, string> = {
  "3.6": "3.6.15", "3.7": "3.7.16", "3.8": "3.8.18", "3.9": "3.9.18",
  "3.10": "3.10.13", "3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0",
};
const interpreter = (version: string) => `/root/.pyenv/versions/${PYTHONS[version]}/bin/python`;

const args = process.argv.slice(2);
const learnersAt = args.indexOf("--learners");
const learners = learnersAt >= 0 ? Number(args[learnersAt + 1]) : 1;
const slugs = args.filter((a, i) => !a.startsWith("--") && i !== learnersAt + 1);

const python = (version: string, source: string) =>
  execFileSync(interpreter(version), ["-c", source], { encoding: "utf8" }).trimEnd().split("\n");

let checked = 0;
let mismatches = 0;
for (const { slug, exercise } of loadExerciseLibrary()) {
  if (slugs.length && !slugs.includes(slug)) continue;
  for (let learner = 0; learner < learners; learner++) {
    const variant = variantFor(exercise, variantSeedFor(`learner-${learner}`, slug));
    for (const version of exercise.pythonVersions) {
      if (!existsSync(interpreter(version))) continue;
      const keys = computeVersionKeys(exercise, variant.source, version);
      const printed = python(version, variant.source);
      const real = (m: Measure) =>
        "output" in m ? printed[m.output - 1] : python(version, `${variant.source}\nimport sys\nprint(${m.expression})`).at(-1);
      for (const part of exercise.parts) {
        const simulated = keys.parts[part.id] ? keyNumbers(keys.parts[part.id]!).join(",") : `error: ${keys.error}`;
        let expected: string;
        if (part.kind === "threshold") {
          const m = part.measure.expression;
          const loop = `${variant.source}\nimport sys\nb = ${m}\nr = None\nfor i in range(${part.maxSteps}):\n    ${part.step}\n    if ${m} != b:\n        r = i + 1\n        break\nprint(r)`;
          expected = python(version, loop).at(-1)!;
        } else {
          const measures = part.kind === "trace" ? part.steps.map((s) => s.measure) : part.kind === "ranking" ? part.items.map((s) => s.measure) : [part.measure];
          expected = measures.map(real).join(",");
        }
        checked++;
        if (simulated !== expected) {
          mismatches++;
          console.log(`MISMATCH ${slug} learner-${learner} ${version} ${part.id}: simulator ${simulated}, CPython ${expected}`);
        }
      }
    }
  }
}
console.log(`${checked} part keys checked against CPython, ${mismatches} mismatches.`);
process.exit(mismatches ? 1 : 0);
