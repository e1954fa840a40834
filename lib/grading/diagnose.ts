// Diagnosing a wrong number. A wrong memory size is usually explainable: it is right for another
// Python version, it leaves out the GC header, it counts items where CPython reserves capacity,
// it is the size before the growth step, or it adds the sizes of the contents. Each check below
// recomputes the number that misconception would give (from the simulator's breakdown and state,
// never from typed constants) and, on a match, says what the learner missed.
import type { SizeExplanation } from "@/lib/simulator";
import type { Measured } from "@/lib/grading/keys";
import { containerOf, growthSeries, versionRangeLabel } from "@/lib/grading/growth";

import { type DiagnosisCode } from "@/lib/grading/codes";

export { DIAGNOSIS_CODES, DIAGNOSIS_LABELS, type DiagnosisCode } from "@/lib/grading/codes";

export interface Diagnosis {
  code: DiagnosisCode;
  /** One or two sentences for the learner: what the number is, and the idea it misses. */
  message: string;
  /** For other-version: the versions whose value the answer is. */
  versions?: string[];
}

const GC_LABEL = "GC header";
const PRE_HEADER_PREFIX = "pre-header";

/** One number's worth of context: the key in every version, for the answer's version. */
export interface NumberContext {
  version: string;
  /** Versions in order, each with its measured key (null where it failed). */
  perVersion: { version: string; measured: Measured | null }[];
  /** For trace steps: the previous step's key in this version (before-growth). */
  previous?: Measured | null;
  /** For estimates: accept matches within this relative tolerance. */
  tolerance?: number;
}

const near = (a: number, b: number, tolerance?: number) =>
  tolerance ? Math.abs(a - b) <= Math.abs(b) * tolerance : a === b;

function partBytes(e: SizeExplanation, predicate: (label: string) => boolean): number {
  return e.parts.filter((p) => predicate(p.label)).reduce((sum, p) => sum + p.bytes, 0);
}

/** Diagnoses a wrong numeric answer; null when no misconception explains it. */
export function diagnoseNumber(answer: number, ctx: NumberContext): Diagnosis | null {
  const own = ctx.perVersion.find((p) => p.version === ctx.version)?.measured ?? null;
  if (!own) return null;
  const key = own.value;
  const tol = ctx.tolerance;
  if (near(answer, key, tol)) return null;
  const allVersions = ctx.perVersion.map((p) => p.version);

  // ## Another version's value
  const matching = ctx.perVersion.filter((p) => p.version !== ctx.version && p.measured && near(answer, p.measured.value, tol) && !near(p.measured.value, key, tol));
  if (matching.length > 0) {
    const versions = matching.map((m) => m.version);
    const other = matching[matching.length - 1]!.measured!;
    const why = explainVersionDifference(other.explanation, own.explanation, versionRangeLabel(versions, allVersions), ctx.version);
    return {
      code: "other-version",
      versions,
      message:
        `That is the value for Python ${versionRangeLabel(versions, allVersions)}, but you are answering for ${ctx.version}. ` +
        (why ?? "CPython changed how this object is laid out between those versions, so getsizeof reports a different number."),
    };
  }

  const e = own.explanation;
  // Scaled measures (e.g. size × 1,000,000) keep their factor for the structural checks.
  const factor = e && e.total > 0 && key % e.total === 0 ? key / e.total : 1;

  // ## The GC header
  if (e) {
    const gc = partBytes(e, (l) => l === GC_LABEL);
    const pre = partBytes(e, (l) => l.startsWith(PRE_HEADER_PREFIX));
    if (gc > 0 && (near(answer, key - gc * factor, tol) || (pre > 0 && near(answer, key - (gc + pre) * factor, tol)))) {
      return {
        code: "missing-gc-header",
        message:
          `You left out the garbage collector's header: ${gc} bytes${pre > 0 ? ` (plus the ${pre}-byte pre-header)` : ""} that CPython puts in front of every object it tracks for cycle collection — containers like this one and most class instances. ` +
          "obj.__sizeof__() leaves it out; sys.getsizeof adds it.",
      };
    }
  }

  // ## Items instead of capacity
  if (e) {
    for (const candidate of capacityCandidates(e)) {
      if (near(answer, key - candidate.saved * factor, tol)) return { code: "items-not-capacity", message: candidate.message };
    }
  }

  // ## The size before the growth step
  if (ctx.previous && ctx.previous.value !== key && near(answer, ctx.previous.value, tol)) {
    return { code: "before-growth", message: beforeGrowthMessage(e) };
  }
  const before = sizeBeforeLastGrowth(e, ctx.version);
  if (before !== null && factor === 1 && near(answer, before, tol)) {
    return { code: "before-growth", message: beforeGrowthMessage(e) };
  }

  // ## Deep instead of shallow
  if (own.deep !== null && own.deep !== key && near(answer, own.deep * (e && factor !== 1 ? factor : 1), tol)) {
    return {
      code: "deep-size",
      message:
        `You added the sizes of the objects it refers to (${own.deep - (e?.total ?? key)} bytes here). sys.getsizeof is shallow: ` +
        "it counts the object's own memory — its header and its pointers — not the keys, values or items those pointers lead to.",
    };
  }
  return null;
}

function capacityCandidates(e: SizeExplanation): { saved: number; message: string }[] {
  const s = e.state;
  const out: { saved: number; message: string }[] = [];
  const part = (prefix: string) => e.parts.find((p) => p.label.startsWith(prefix) && p.count !== undefined && p.each !== undefined);
  if (e.typeName === "list" && typeof s.ob_size === "number" && typeof s.allocated === "number" && s.allocated > s.ob_size) {
    const each = part("item pointers")?.each ?? 8;
    out.push({
      saved: (s.allocated - s.ob_size) * each,
      message:
        `You counted the ${s.ob_size} items, but this list has room for ${s.allocated}. ` +
        "A list over-allocates so that appends are cheap, and getsizeof counts the whole pointer array, spare slots included.",
    });
  }
  if (e.typeName === "dict" && typeof s.ma_used === "number") {
    const entries = part("entries") ?? part("values array");
    if (entries && entries.count! > s.ma_used) {
      const saved = (entries.count! - s.ma_used) * entries.each!;
      const message =
        `You counted ${s.ma_used} entries, but the table has room for ${entries.count}. ` +
        "A dict allocates its table in chunks — a power-of-two index with about two thirds of it usable for entries — and getsizeof counts the whole table, free slots included.";
      out.push({ saved, message });
      const indices = part("indices");
      if (indices && indices.count! > s.ma_used) out.push({ saved: saved + (indices.count! - s.ma_used) * indices.each!, message });
    }
  }
  if (e.typeName === "set" && typeof s.used === "number") {
    const table = part("hash table entries");
    if (table && table.count! > s.used) {
      out.push({
        saved: (table.count! - s.used) * table.each!,
        message:
          `You counted ${s.used} elements, but the hash table has ${table.count} slots. ` +
          "A set keeps its table at most about 60% full so lookups stay fast, and getsizeof counts every slot.",
      });
    }
  }
  return out;
}

/** getsizeof just before the insertion that grew this container into its current size, if its last insertion did. */
function sizeBeforeLastGrowth(e: SizeExplanation | null, version: string): number | null {
  const c = containerOf(e);
  if (!c || c.items === 0) return null;
  const series = growthSeries(c.container, version);
  const here = series[c.items];
  const prev = series[c.items - 1];
  if (here === undefined || prev === undefined || here !== e!.total || prev === here) return null;
  return prev;
}

function beforeGrowthMessage(e: SizeExplanation | null): string {
  const what = e?.typeName === "list" ? "pointer array" : e?.typeName === "set" ? "hash table" : "table";
  return (
    "That is the size before the growth step. The last insertion found no free slot left, so CPython allocated a bigger " +
    `${what} at once — memory grows in chunks, not one item at a time.`
  );
}

/** Up to two concrete differences between two versions' breakdowns of the same object. */
export function explainVersionDifference(
  other: SizeExplanation | null,
  own: SizeExplanation | null,
  otherLabel: string,
  ownLabel: string,
): string | null {
  if (!other || !own) return null;
  const norm = (label: string) => label.replace(/\s*\(.*\)\s*$/, "");
  const a = new Map(other.parts.map((p) => [norm(p.label), p]));
  const b = new Map(own.parts.map((p) => [norm(p.label), p]));
  const phrases: string[] = [];
  for (const [label, pa] of a) {
    const pb = b.get(label);
    if (!pb) {
      phrases.push(`${otherLabel} has a ${pa.bytes}-byte ${label} that ${ownLabel} does not`);
    } else if (pa.bytes !== pb.bytes) {
      const shape = (p: typeof pa) => (p.count !== undefined && p.each !== undefined ? `${p.count} × ${p.each} bytes` : `${p.bytes} bytes`);
      phrases.push(`${label}: ${shape(pa)} in ${otherLabel}, ${shape(pb)} in ${ownLabel}`);
    }
  }
  for (const [label, pb] of b) if (!a.has(label)) phrases.push(`${ownLabel} adds a ${pb.bytes}-byte ${label}`);
  if (phrases.length === 0) return null;
  const text = phrases.slice(0, 2).join("; ");
  return `The layout changed — ${text}.`;
}

/** Diagnoses a wrong threshold (number of steps). */
export function diagnoseThreshold(answer: number, version: string, perVersion: { version: string; steps: number | null }[]): Diagnosis | null {
  const own = perVersion.find((p) => p.version === version)?.steps ?? null;
  if (own === null || answer === own) return null;
  const all = perVersion.map((p) => p.version);
  const matching = perVersion.filter((p) => p.version !== version && p.steps === answer).map((p) => p.version);
  if (matching.length > 0) {
    return {
      code: "other-version",
      versions: matching,
      message: `That is when it first grows in Python ${versionRangeLabel(matching, all)}, but you are answering for ${version}: the growth rule or the starting capacity differs between those versions.`,
    };
  }
  if (answer === own - 1) {
    return {
      code: "before-growth",
      message: `After ${answer} step${answer === 1 ? "" : "s"} it still fits: that step fills the last free slot. The size changes on the next step, when no slot is left and CPython allocates a bigger table at once.`,
    };
  }
  return null;
}

/** Diagnoses a wrong ranking: is it the order in another version? */
export function diagnoseRanking(order: number[], version: string, perVersion: { version: string; values: number[] | null }[]): Diagnosis | null {
  const all = perVersion.map((p) => p.version);
  const matching = perVersion
    .filter((p) => p.version !== version && p.values && isSortedBy(order, p.values))
    .map((p) => p.version);
  if (matching.length === 0) return null;
  return {
    code: "other-version",
    versions: matching,
    message: `That is the order in Python ${versionRangeLabel(matching, all)}, but you are answering for ${version}: some of these objects changed size between versions.`,
  };
}

/** True when listing items in `order` gives non-decreasing values (ties may go either way). */
export function isSortedBy(order: number[], values: number[]): boolean {
  for (let i = 1; i < order.length; i++) if (values[order[i]!]! < values[order[i - 1]!]!) return false;
  return true;
}
