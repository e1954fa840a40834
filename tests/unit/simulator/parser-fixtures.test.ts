// Runs the parser fixtures (tests/fixtures/parser/*.txt): `# title`, Python source, `==>`,
// then the tree as CPython 3.13's ast.dump prints it (regenerate with
// `python3.13 tests/fixtures/parser/cpython-dump.py fixtures tests/fixtures/parser/*.txt`).
// A tree line that reads `SomeError: message` means CPython rejects the source with that class.
// The trees of positions*.txt include node locations (ast.dump(include_attributes=True)).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseModule, SourceError } from "@/lib/simulator/source/parser";
import { dumpNode } from "./parser-sexpr";

const DIR = join(__dirname, "../../fixtures/parser");

function cases(text: string): { title: string; source: string; tree: string }[] {
  const lines = text.split("\n");
  const out: { title: string; source: string; tree: string }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.startsWith("# ")) {
      i++;
      continue;
    }
    const title = lines[i]!.slice(2);
    const start = ++i;
    while (i < lines.length && lines[i] !== "==>") i++;
    const source = lines.slice(start, i).join("\n").replace(/^\n+|\n+$/g, "") + "\n";
    out.push({ title, source, tree: lines[i + 1] ?? "" });
    i += 2;
  }
  return out;
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt"))) {
  // positions*.txt trees carry lineno/col_offset/end_lineno/end_col_offset (ASCII sources only:
  // CPython counts columns in UTF-8 bytes, the simulator in UTF-16 code units).
  const positions = file.startsWith("positions");
  describe(`parser fixtures: ${file}`, () => {
    for (const { title, source, tree } of cases(readFileSync(join(DIR, file), "utf8"))) {
      it(title, () => {
        const error = /^(\w+Error): /.exec(tree);
        if (error) {
          expect(() => parseModule(source)).toThrow(SourceError);
          try {
            parseModule(source);
          } catch (e) {
            expect((e as SourceError).pyType).toBe(error[1]);
          }
        } else {
          expect(dumpNode(parseModule(source), positions)).toBe(tree);
        }
      });
    }
  });
}
