// Keys and expected diagnoses come from the simulator (checked against real CPython by the golden
// corpus), never from typed numbers: each wrong answer is derived from a key and its breakdown.
import { describe, expect, it } from "vitest";
import { exerciseFileSchema, type ExerciseFile } from "@/lib/content/schema";
import { gradePart, keysForAllVersions, revealPart, type PartKey, type VersionKeys } from "@/lib/grading";

const exercise = (raw: unknown): ExerciseFile => exerciseFileSchema.parse(raw);

const ROW = "row = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}";

const rowSize = exercise({
  title: "Row size", topic: "dict", concepts: ["dict-layout"], difficulty: 1, summary: "s", explanation: "e",
  template: `import sys\n${ROW}\nprint(sys.getsizeof(row))\n`,
  parts: [{ id: "size", kind: "exact", prompt: "p", measure: { output: 1 } }],
});

function keyOf(keys: VersionKeys[], version: string, part: string): PartKey {
  return keys.find((k) => k.version === version)!.parts[part]!;
}
function exactValue(keys: VersionKeys[], version: string, part = "size"): number {
  const key = keyOf(keys, version, part);
  if (key.kind !== "exact" && key.kind !== "estimate") throw new Error("not exact");
  return key.measured.value;
}

describe("keysForAllVersions", () => {
  it("gives a key in every declared version, with the breakdown that sums to it", () => {
    const keys = keysForAllVersions(rowSize, rowSize.template, "row-size");
    expect(keys.map((k) => k.version)).toEqual(rowSize.pythonVersions);
    for (const k of keys) {
      expect(k.error).toBeNull();
      k.fillDeep!();
      const key = k.parts.size!;
      expect(key.kind).toBe("exact");
      if (key.kind !== "exact") continue;
      expect(key.measured.explanation!.parts.reduce((s, p) => s + p.bytes, 0)).toBe(key.measured.value);
      expect(key.measured.deep).toBeGreaterThan(key.measured.value);
    }
  });

  it("reports a failing template as an error instead of throwing", () => {
    const broken = exercise({ ...rowSize, template: "import sys\nrow = {\n" });
    const keys = keysForAllVersions(broken, broken.template, "broken");
    expect(keys[0]!.error).toMatch(/SyntaxError/);
  });
});

describe("gradePart on an exact part", () => {
  const keys = keysForAllVersions(rowSize, rowSize.template, "row-size");
  const part = rowSize.parts[0]!;
  const key312 = exactValue(keys, "3.12");
  const explanation = (keyOf(keys, "3.12", "size") as Extract<PartKey, { kind: "exact" | "estimate" }>).measured.explanation!;

  it("accepts the key in any integer spelling", () => {
    expect(gradePart(part, keys, "3.12", [String(key312)]).status).toBe("correct");
    expect(gradePart(part, keys, "3.12", [`0x${key312.toString(16)}`]).status).toBe("correct");
  });

  it("diagnoses another version's value and names it", () => {
    const grade = gradePart(part, keys, "3.12", [String(exactValue(keys, "3.8"))]);
    expect(grade.status).toBe("wrong");
    expect(grade.diagnosis?.code).toBe("other-version");
    expect(grade.diagnosis?.versions).toContain("3.8");
    expect(grade.diagnosis?.message).toMatch(/3\.8/);
  });

  it("diagnoses a missing GC header", () => {
    const gc = explanation.parts.find((p) => p.label === "GC header")!.bytes;
    expect(gradePart(part, keys, "3.12", [String(key312 - gc)]).diagnosis?.code).toBe("missing-gc-header");
  });

  it("diagnoses counting used entries instead of the table's capacity", () => {
    // 3.8: one free 24-byte entry, which no other misconception explains (in 3.12 it equals the GC header).
    const e38 = (keyOf(keys, "3.8", "size") as Extract<PartKey, { kind: "exact" | "estimate" }>).measured.explanation!;
    const entries = e38.parts.find((p) => p.label.startsWith("entries"))!;
    const used = e38.state.ma_used as number;
    const answer = exactValue(keys, "3.8") - (entries.count! - used) * entries.each!;
    expect(gradePart(part, keys, "3.8", [String(answer)]).diagnosis?.code).toBe("items-not-capacity");
  });

  it("diagnoses adding the contents' sizes (deep instead of shallow)", () => {
    const deep = (keyOf(keys, "3.12", "size") as Extract<PartKey, { kind: "exact" | "estimate" }>).measured.deep!;
    expect(gradePart(part, keys, "3.12", [String(deep)]).diagnosis?.code).toBe("deep-size");
  });

  it("does not invent a diagnosis for an unrelated number", () => {
    expect(gradePart(part, keys, "3.12", [String(key312 + 1)]).diagnosis).toBeNull();
  });

  it("refuses what is not a number without grading it", () => {
    expect(gradePart(part, keys, "3.12", ["lots"]).status).toBe("invalid");
  });
});

describe("gradePart on lists", () => {
  const lists = exercise({
    title: "List", topic: "list", concepts: ["list-growth"], difficulty: 1, summary: "s", explanation: "e",
    template: "import sys\nitems = []\nfor i in range(5):\n    items.append(i)\nprint(sys.getsizeof(items))\n",
    parts: [{ id: "size", kind: "exact", prompt: "p", measure: { output: 1 } }],
  });
  const keys = keysForAllVersions(lists, lists.template, "list5");
  const key = keyOf(keys, "3.12", "size") as Extract<PartKey, { kind: "exact" | "estimate" }>;
  const e = key.measured.explanation!;

  it("diagnoses counting the items instead of the allocated capacity", () => {
    const each = e.parts.find((p) => p.label.startsWith("item pointers"))!.each!;
    const answer = key.measured.value - ((e.state.allocated as number) - (e.state.ob_size as number)) * each;
    expect(gradePart(lists.parts[0]!, keys, "3.12", [String(answer)]).diagnosis?.code).toBe("items-not-capacity");
  });

  it("diagnoses the size before the append that grew the list", () => {
    const four = exercise({ ...lists, template: lists.template.replace("range(5)", "range(4)") });
    const before = exactValue(keysForAllVersions(four, four.template, "list4"), "3.12");
    expect(before).not.toBe(key.measured.value);
    expect(gradePart(lists.parts[0]!, keys, "3.12", [String(before)]).diagnosis?.code).toBe("before-growth");
  });

  it("reveals every version's value, the layout with spare slots and a growth chart", () => {
    const reveal = revealPart(lists.parts[0]!, keys, "3.12", 0)!;
    expect(reveal.perVersion).toHaveLength(lists.pythonVersions.length);
    const cells = reveal.views[0]!.layout.regions.find((r) => r.cells)!.cells!.states;
    expect(cells.filter((c) => c === "used")).toHaveLength(5);
    expect(cells.length).toBe(e.state.allocated);
    expect(reveal.growth!.families.flatMap((f) => f.versions).sort()).toEqual([...lists.pythonVersions].sort());
    expect(reveal.growth!.marks.some((m) => m.kind === "answer")).toBe(true);
  });
});

describe("gradePart on trace, threshold and ranking parts", () => {
  const steps = exercise({
    title: "Steps", topic: "dict", concepts: ["dict-growth"], difficulty: 1, summary: "s", explanation: "e",
    template: `import sys\n${ROW}\nprint(sys.getsizeof(row))\nrow['a'] = 1\nprint(sys.getsizeof(row))\nrow['b'] = 2\nprint(sys.getsizeof(row))\n`,
    parts: [
      { id: "trace", kind: "trace", prompt: "p", steps: [{ label: "one", measure: { output: 1 } }, { label: "two", measure: { output: 2 } }, { label: "three", measure: { output: 3 } }] },
      { id: "grow", kind: "threshold", prompt: "p", step: "row['x' + str(i)] = i", measure: { expression: "sys.getsizeof(row)" }, maxSteps: 50 },
      { id: "rank", kind: "ranking", prompt: "p", items: [
        { label: "dict", measure: { expression: "sys.getsizeof(row)" } },
        { label: "tuple", measure: { expression: "sys.getsizeof(tuple(row.values()))" } },
        { label: "empty tuple", measure: { expression: "sys.getsizeof(())" } },
      ] },
    ],
  });
  const keys = keysForAllVersions(steps, steps.template, "steps");
  const trace = (v: string) => (keyOf(keys, v, "trace") as Extract<PartKey, { kind: "trace" }>).steps.map((s) => String(s.value));

  it("grades a trace step by step and spots the pre-growth value", () => {
    const right = trace("3.12");
    expect(gradePart(steps.parts[0]!, keys, "3.12", right).status).toBe("correct");
    const stale = [right[0]!, right[1]!, right[1]!];
    expect(right[2]).not.toBe(right[1]);
    const grade = gradePart(steps.parts[0]!, keys, "3.12", stale);
    expect(grade.stepsCorrect).toEqual([true, true, false]);
    expect(grade.diagnosis?.code).toBe("before-growth");
    expect(gradePart(steps.parts[0]!, keys, "3.12", trace("3.8")).diagnosis?.code).toBe("other-version");
  });

  it("finds the threshold from the series and diagnoses one step early", () => {
    const key = keyOf(keys, "3.12", "grow") as Extract<PartKey, { kind: "threshold" }>;
    expect(key.steps).not.toBeNull();
    expect(key.series[key.steps!]).not.toBe(key.series[0]);
    expect(key.series[key.steps! - 1]).toBe(key.series[0]);
    expect(gradePart(steps.parts[1]!, keys, "3.12", [String(key.steps)]).status).toBe("correct");
    expect(gradePart(steps.parts[1]!, keys, "3.12", [String(key.steps! - 1)]).diagnosis?.code).toBe("before-growth");
  });

  it("accepts the order that sorts the measured values", () => {
    const key = keyOf(keys, "3.12", "rank") as Extract<PartKey, { kind: "ranking" }>;
    const order = [0, 1, 2].sort((a, b) => key.items[a]!.value - key.items[b]!.value);
    expect(gradePart(steps.parts[2]!, keys, "3.12", [order.join(",")]).status).toBe("correct");
    expect(gradePart(steps.parts[2]!, keys, "3.12", [[...order].reverse().join(",")]).status).toBe("wrong");
  });
});

describe("layoutOf", () => {
  it("marks a deleted dict entry as a dummy and puts the GC header first", () => {
    const deleted = exercise({
      title: "Delete", topic: "dict", concepts: ["dict-no-shrink"], difficulty: 1, summary: "s", explanation: "e",
      template: `import sys\n${ROW}\ndel row['date']\nprint(sys.getsizeof(row))\n`,
      parts: [{ id: "size", kind: "exact", prompt: "p", measure: { output: 1 } }],
    });
    const keys = keysForAllVersions(deleted, deleted.template, "deleted");
    const reveal = revealPart(deleted.parts[0]!, keys, "3.12", null)!;
    const layout = reveal.views[0]!.layout;
    expect(layout.regions[0]!.preamble).toBe(true);
    const entries = layout.regions.find((r) => r.label.startsWith("entries"))!.cells!.states;
    expect(entries.filter((c) => c === "dummy")).toHaveLength(1);
    expect(entries.filter((c) => c === "used")).toHaveLength(3);
    expect(layout.regions.reduce((sum, r) => sum + r.bytes, 0)).toBe(layout.total);
  });
});
