// Loads the runtime test cases: each cases/*.py file holds programs separated by "#---" lines; a case
// id is "<file>#<index>".
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Case {
  id: string;
  source: string;
}

export function loadCases(dir: string): Case[] {
  const out: Case[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".py")).sort()) {
    const parts = readFileSync(join(dir, f), "utf8").split(/^#---.*$/m);
    parts.forEach((p, i) => {
      const source = p.replace(/^\n/, "");
      if (source.trim()) out.push({ id: `${f}#${i}`, source });
    });
  }
  return out;
}
