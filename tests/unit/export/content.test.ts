import { describe, expect, it } from "vitest";
import { loadExerciseLibrary, parseExerciseFile } from "@/lib/content/load";
import { exerciseToYaml, tarFiles, untarFiles } from "@/lib/export/content";

const library = loadExerciseLibrary();

describe("exerciseToYaml", () => {
  it.each(library.map((l) => [l.slug, l] as const))("round-trips %s without changing its content", (slug, loaded) => {
    const text = exerciseToYaml(loaded.exercise, loaded.exercise.title);
    const again = parseExerciseFile(slug, text);
    expect(again.content).toBe(loaded.content);
    expect(again.contentHash).toBe(loaded.contentHash);
    // Exporting the import gives the very same file.
    expect(exerciseToYaml(again.exercise, again.exercise.title)).toBe(text);
  });

  it("writes the library's style: measures in flow style, the template as a literal block, defaults left out", () => {
    const text = exerciseToYaml(library.find((l) => l.slug === "dict-row-size")!.exercise);
    expect(text).toContain("measure: { output: 1 }");
    expect(text).toContain("template: |\n  import sys\n");
    expect(text).not.toContain("pythonVersions");
    expect(text).not.toContain("parameters");
  });
});

describe("tarFiles", () => {
  it("packs files that untarFiles reads back, with 512-byte blocks", () => {
    const files = [{ name: "exercises/a.yaml", text: "title: é\n" }, { name: "exercises/b.yaml", text: "x".repeat(700) }];
    const tar = tarFiles(files);
    expect(tar.length % 512).toBe(0);
    expect(untarFiles(tar)).toEqual(files);
  });
});
