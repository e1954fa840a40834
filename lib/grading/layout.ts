// The data behind the layout picture: the simulator's breakdown turned into regions of memory, and
// repeated parts into cells marked used / free / dummy / spare from the object's hidden state
// (capacity, entries in use, deleted slots). Pure: the SVG component only draws this.
import type { SizeExplanation } from "@/lib/simulator";

export type CellState = "used" | "free" | "dummy" | "spare" | "field";

export interface LayoutRegion {
  label: string;
  bytes: number;
  /** Present for repeated parts: one cell per unit. */
  cells?: { each: number; states: CellState[] };
  /** GC header and pre-header sit in front of the object; drawn apart. */
  preamble?: boolean;
}

export interface Layout {
  typeName: string;
  total: number;
  regions: LayoutRegion[];
  /** One sentence under the picture, e.g. "5 entry slots: 4 used, 1 free". */
  caption: string;
}

const fill = (counts: [CellState, number][]): CellState[] => counts.flatMap(([state, n]) => Array<CellState>(Math.max(0, n)).fill(state));

/** Builds the picture's data from an explanation. */
export function layoutOf(e: SizeExplanation): Layout {
  const s = e.state;
  const num = (k: string) => (typeof s[k] === "number" ? (s[k] as number) : null);
  const captions: string[] = [];
  const regions: LayoutRegion[] = e.parts.map((p) => {
    const region: LayoutRegion = { label: p.label, bytes: p.bytes };
    if (p.label === "GC header" || p.label.startsWith("pre-header")) region.preamble = true;
    if (p.count === undefined || p.each === undefined) return region;
    const n = p.count;
    let states: CellState[] = fill([["used", n]]);
    if (e.typeName === "list" && p.label.startsWith("item pointers")) {
      const used = num("ob_size") ?? n;
      states = fill([["used", used], ["spare", n - used]]);
      captions.push(`${n} pointer slots: ${used} used, ${n - used} spare`);
    } else if (p.label.startsWith("entries")) {
      const used = num("ma_used") ?? n;
      const nentries = num("dk_nentries") ?? used;
      states = fill([["used", used], ["dummy", nentries - used], ["free", n - nentries]]);
      captions.push(`${n} entry slots: ${used} used${nentries > used ? `, ${nentries - used} deleted (dummy)` : ""}, ${n - nentries} free`);
    } else if (p.label.startsWith("indices")) {
      const filled = num("dk_nentries") ?? 0;
      states = fill([["used", filled], ["free", n - filled]]);
      captions.push(`${n} index slots, ${filled} pointing at entries`);
    } else if (p.label === "values array") {
      const used = num("ma_used") ?? n;
      states = fill([["used", used], ["free", n - used]]);
      captions.push(`${n} value slots (keys shared with the class): ${used} used`);
    } else if (p.label.startsWith("hash table entries")) {
      const used = num("used") ?? n;
      const dummies = num("dummies") ?? 0;
      states = fill([["used", used], ["dummy", dummies], ["free", n - used - dummies]]);
      captions.push(`${n} hash slots: ${used} used${dummies ? `, ${dummies} dummy` : ""}`);
    } else if (p.label.startsWith("__slots__")) {
      states = fill([["field", n]]);
      captions.push(`${n} slot field${n === 1 ? "" : "s"} stored inline, no __dict__`);
    }
    region.cells = { each: p.each, states };
    return region;
  });
  if (e.typeName === "set" && !regions.some((r) => r.cells)) {
    const used = num("used") ?? 0;
    captions.push(`the 8-slot table is embedded in the set object: ${used} used`);
  }
  // CPython allocates the GC header (and 3.11+ pre-header) in front of the object: draw them first.
  const ordered = [...regions.filter((r) => r.preamble), ...regions.filter((r) => !r.preamble)];
  return { typeName: e.typeName, total: e.total, regions: ordered, caption: captions.join("; ") };
}
