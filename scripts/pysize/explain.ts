// Text rendering of sys.getsizeof observations for `pysize run --explain`.

import type { Observation } from "@/lib/simulator";

/** The fields of a SizeExplanation part this renderer reads. */
interface Part {
  label: string;
  bytes: number;
  count?: number;
  each?: number;
  cpython: string;
}

/**
 * One block per observation:
 *   line 3: sys.getsizeof(d) = 184  (dict)
 *       16  GC header                  sizeof(PyGC_Head), ...
 *       48  object header              ...
 *       80  entries 5 × 16             ...
 *     state: capacity=8, used=2, usable=3
 */
export function renderObservations(observations: readonly Observation[]): string {
  if (observations.length === 0) return "(no sys.getsizeof calls)\n";
  const out: string[] = [];
  for (const o of observations) {
    const e = o.explanation;
    out.push(`line ${o.line}: sys.getsizeof(${o.expression}) = ${o.value}  (${o.typeName})`);
    const parts: Part[] = e?.parts ?? [];
    const width = Math.max(3, ...parts.map((p) => String(p.bytes).length));
    const labels = parts.map((p) =>
      p.count !== undefined && p.each !== undefined ? `${p.label} ${p.count} × ${p.each}` : p.label,
    );
    const labelWidth = Math.max(0, ...labels.map((l) => l.length));
    parts.forEach((p, i) => {
      out.push(`    ${String(p.bytes).padStart(width)}  ${labels[i]!.padEnd(labelWidth)}  ${p.cpython}`.trimEnd());
    });
    if (parts.length > 0) {
      const sum = parts.reduce((s, p) => s + p.bytes, 0);
      out.push(`    ${"-".repeat(width)}`, `    ${String(sum).padStart(width)}  total${sum === o.value ? "" : `  (!= ${o.value})`}`);
    }
    const state = Object.entries((e?.state ?? {}) as Record<string, unknown>);
    if (state.length > 0) out.push(`    state: ${state.map(([k, v]) => `${k}=${String(v)}`).join(", ")}`);
  }
  return out.join("\n") + "\n";
}
