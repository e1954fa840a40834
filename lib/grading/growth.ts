// Growth curves: getsizeof of a list, dict or set after each insertion, per Python version, and the
// versions grouped into families whose curves are identical (one chart line per family). Computed
// once per process by running small programs through the simulator, then kept in memory.
import { runProgram, type SizeExplanation } from "@/lib/simulator";

export type GrowthContainer = "list" | "dict" | "set";

const PROGRAMS: Record<GrowthContainer, { create: string; add: string }> = {
  list: { create: "c = []", add: "c.append(i)" },
  // String keys: the dict kind most exercises use (3.11+ stores them in compact unicode entries).
  dict: { create: "c = {}", add: "c['k' + str(i)] = i" },
  set: { create: "c = set()", add: "c.add(i)" },
};

export const GROWTH_MAX_ITEMS = 64;

const cache = new Map<string, number[]>();

/** sizes[n] = getsizeof of the container holding n items, built one insertion at a time. */
export function growthSeries(container: GrowthContainer, version: string, maxItems = GROWTH_MAX_ITEMS): number[] {
  // One run per container and version up to the largest size any chart uses; shorter curves are prefixes.
  if (maxItems < GROWTH_MAX_ITEMS) return growthSeries(container, version).slice(0, maxItems + 1);
  const key = `${container}|${version}|${maxItems}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { create, add } = PROGRAMS[container];
  const source = `import sys\n${create}\nprint(sys.getsizeof(c))\nfor i in range(${maxItems}):\n    ${add}\n    print(sys.getsizeof(c))\n`;
  const run = runProgram(source, { python: version });
  const sizes = run.error ? [] : run.stdout.trim().split("\n").map(Number);
  cache.set(key, sizes);
  return sizes;
}

export interface GrowthFamily {
  /** "3.6–3.7", "3.9–3.13", or a list when not contiguous. */
  label: string;
  versions: string[];
  sizes: number[];
}

/** Versions grouped by identical curves, in version order. */
export function growthFamilies(container: GrowthContainer, versions: readonly string[], maxItems = GROWTH_MAX_ITEMS): GrowthFamily[] {
  const families: GrowthFamily[] = [];
  for (const version of versions) {
    const sizes = growthSeries(container, version, maxItems);
    if (sizes.length === 0) continue;
    const same = families.find((f) => f.sizes.length === sizes.length && f.sizes.every((s, i) => s === sizes[i]));
    if (same) same.versions.push(version);
    else families.push({ label: "", versions: [version], sizes });
  }
  for (const family of families) family.label = versionRangeLabel(family.versions, versions);
  return families;
}

/** "3.6–3.8" when the versions are consecutive in `all`, else "3.6, 3.9". */
export function versionRangeLabel(versions: readonly string[], all: readonly string[]): string {
  if (versions.length === 1) return versions[0]!;
  const positions = versions.map((v) => all.indexOf(v));
  const contiguous = positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);
  return contiguous ? `${versions[0]}–${versions[versions.length - 1]}` : versions.join(", ");
}

/** Which growth curve an explained object belongs on, and how many items it holds. */
export function containerOf(explanation: SizeExplanation | null): { container: GrowthContainer; items: number } | null {
  if (!explanation) return null;
  const s = explanation.state;
  if (explanation.typeName === "list" && typeof s.ob_size === "number") return { container: "list", items: s.ob_size };
  if (explanation.typeName === "dict" && typeof s.ma_used === "number" && s.kind !== "split") return { container: "dict", items: s.ma_used };
  if (explanation.typeName === "set" && typeof s.used === "number") return { container: "set", items: s.used };
  return null;
}
