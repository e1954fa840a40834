// The exercise file format: every library file validates, and the validator catches the mistakes
// an author is likely to make.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ExerciseFileError, loadExerciseLibrary, parseExerciseFile } from "@/lib/content/load";
import { pythonStringLiteral, variantFor, variantSeedFor } from "@/lib/content/variant";

const minimal = {
  title: "Empty dict",
  topic: "dict",
  concepts: ["dict-layout"],
  difficulty: 1,
  summary: "How big is an empty dict?",
  template: "import sys\nd = {}\nprint(sys.getsizeof(d))\n",
  parts: [{ id: "size", kind: "exact", prompt: "What is printed?", measure: { output: 1 } }],
  explanation: "An empty dict shares a static empty keys table.",
};

function problemsOf(file: object, slug = "some-exercise"): string[] {
  try {
    parseExerciseFile(slug, stringify(file));
    return [];
  } catch (error) {
    if (error instanceof ExerciseFileError) return error.problems;
    throw error;
  }
}

describe("loadExerciseLibrary", () => {
  it("loads every file in content/exercises with unique slugs and stable hashes", () => {
    const library = loadExerciseLibrary();
    expect(library.length).toBeGreaterThanOrEqual(3);
    expect(new Set(library.map((e) => e.slug)).size).toBe(library.length);
    expect(loadExerciseLibrary().map((e) => e.contentHash)).toEqual(library.map((e) => e.contentHash));
  });

  it("includes the tutorial's starter exercises", () => {
    const slugs = loadExerciseLibrary().map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(["dict-row-size", "dict-add-keys", "dict-growth-threshold"]));
  });
});

describe("parseExerciseFile", () => {
  it("accepts a minimal exercise and fills in the defaults", () => {
    const { exercise } = parseExerciseFile("empty-dict", stringify(minimal));
    expect(exercise.pythonVersions).toEqual(["3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]);
    expect(exercise.parameters).toEqual({});
    expect(exercise.hints).toEqual([]);
  });

  it.each([
    ["an answer typed into a part", { ...minimal, parts: [{ ...minimal.parts[0], answer: 64 }] }, /Unrecognized key/],
    ["a part without a measure", { ...minimal, parts: [{ id: "size", kind: "exact", prompt: "?" }] }, /parts\.0\.measure/],
    ["an unknown part kind", { ...minimal, parts: [{ ...minimal.parts[0], kind: "guess" }] }, /parts\.0\.kind/],
    ["duplicate part ids", { ...minimal, parts: [minimal.parts[0], minimal.parts[0]] }, /duplicate part id "size"/],
    ["an undeclared placeholder", { ...minimal, template: "x = {{count}}\n" }, /\{\{count\}\} is used but not declared/],
    ["an unused parameter", { ...minimal, parameters: { n: { kind: "int", min: 1, max: 3 } } }, /parameter "n" is never used/],
    ["an unsupported Python version", { ...minimal, pythonVersions: ["2.7"] }, /pythonVersions\.0/],
    ["an estimate without tolerance", { ...minimal, parts: [{ ...minimal.parts[0], kind: "estimate" }] }, /tolerance/],
  ])("rejects %s", (_what, file, message) => {
    expect(problemsOf(file).join("\n")).toMatch(message);
  });

  it("rejects a file name that is not kebab-case", () => {
    expect(problemsOf(minimal, "Bad_Name")).toEqual(["file name must be kebab-case (a-z, 0-9, dashes)"]);
  });

  it("reports YAML syntax errors with the file name", () => {
    expect(() => parseExerciseFile("broken", "title: [unclosed\n")).toThrow(/broken\.yaml:\n  not valid YAML/);
  });
});

describe("variants", () => {
  const exercise = parseExerciseFile("params", stringify({
    ...minimal,
    parameters: { n: { kind: "int", min: 1, max: 1000 }, key: { kind: "choice", values: ["route", "it's"] }, name: { kind: "name", values: ["row", "rec"] } },
    template: "{{name}} = {{{key}}: {{n}}}\nprint(sys.getsizeof({{name}}))\n",
  })).exercise;

  it("is stable for a seed and substitutes Python literals", () => {
    const a = variantFor(exercise, 42);
    expect(variantFor(exercise, 42)).toEqual(a);
    expect(a.source).toMatch(/^(row|rec) = \{('route'|"it's"): \d+\}\nprint\(sys\.getsizeof\((row|rec)\)\)\n$/);
  });

  it("gives different learners different variants", () => {
    const sources = new Set(["u1", "u2", "u3", "u4", "u5", "u6"].map((u) => variantFor(exercise, variantSeedFor(u, "params")).source));
    expect(sources.size).toBeGreaterThan(1);
  });

  it("derives a 31-bit seed per learner and exercise", () => {
    const seed = variantSeedFor("user-1", "dict-row-size");
    expect(seed).toBe(variantSeedFor("user-1", "dict-row-size"));
    expect(seed).not.toBe(variantSeedFor("user-2", "dict-row-size"));
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(2 ** 31);
  });

  it("quotes strings the way Python's repr does", () => {
    expect(pythonStringLiteral("route")).toBe("'route'");
    expect(pythonStringLiteral("it's")).toBe('"it\'s"');
    expect(pythonStringLiteral("a'b\"c")).toBe("'a\\'b\"c'");
    expect(pythonStringLiteral("tab\there")).toBe("'tab\\there'");
  });
});
