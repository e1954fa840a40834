import { describe, expect, it } from "vitest";
import { exerciseFileSchema } from "@/lib/content/schema";
import { previewExercise, publishProblems } from "@/lib/authoring/preview";
import { runProgram } from "@/lib/simulator";

const base = {
  title: "List after appends", topic: "list", concepts: ["list-growth"], difficulty: 1, summary: "Appends.",
  pythonVersions: ["3.8", "3.12"],
  template: "import sys\nxs = []\nfor i in range({{n}}):\n    xs.append(i)\nprint(sys.getsizeof(xs))\n",
  parameters: { n: { kind: "int", min: 1, max: 20 } },
  parts: [{ id: "size", kind: "exact", prompt: "What is printed?", measure: { output: 1 } }],
  explanation: "Over-allocation.",
};

describe("previewExercise", () => {
  it("gives each seed's variant and its key in every version, computed by the simulator", () => {
    const file = exerciseFileSchema.parse(base);
    const [first] = previewExercise(file, [1]);
    for (const cell of first!.versions) {
      expect(cell.error).toBeNull();
      expect(cell.parts.size).toEqual([Number(runProgram(first!.source, { python: cell.version }).stdout.trim())]);
    }
  });

  it("reports an error with its template line", () => {
    const file = exerciseFileSchema.parse({ ...base, parameters: {}, template: "import sys\nx = 1\nprint(undefined_name)\n" });
    const cell = previewExercise(file, [1])[0]!.versions[0]!;
    expect(cell.error).toMatch(/^NameError/);
    expect(cell.errorLine).toBe(3);
  });
});

describe("publishProblems", () => {
  it("accepts an exercise whose parameters change the answers", () => {
    expect(publishProblems(exerciseFileSchema.parse(base))).toEqual([]);
  });

  it("refuses code that fails in one of its versions", () => {
    // The walrus operator is a SyntaxError before 3.8.
    const file = exerciseFileSchema.parse({ ...base, parameters: {}, pythonVersions: ["3.7", "3.12"], template: "import sys\nif (n := 3):\n    print(sys.getsizeof([1] * n))\n" });
    const problems = publishProblems(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The code fails on Python 3\.7: SyntaxError/);
  });

  it("refuses parameters that never change the answers", () => {
    const file = exerciseFileSchema.parse({ ...base, parameters: { name: { kind: "name", values: ["a", "b"] } }, template: "import sys\n{{name}} = [1, 2]\nprint(sys.getsizeof({{name}}))\n" });
    expect(publishProblems(file)).toEqual([expect.stringMatching(/^It declares parameters, but all 12 variants/)]);
  });
});
