// One program run: resolve the version, parse (cached per source), reset the per-run state, execute the
// module, and turn whatever happened into a RunResult. This is the only place that catches everything:
// Python exceptions become "ClassName: message", budget overruns their documented errors, and any
// JavaScript error is reported as an internal SystemError instead of escaping.

import type { RunOptions, RunResult } from "../index";
import type { Module } from "../source/ast";
import { parseModule, SourceError } from "../source/parser";
import { resolveVersion, type Profile } from "../versions";
import { PyLibError } from "../pylib";
import { BudgetExceeded, allocationBudgetExceeded, pyErr } from "./exceptions";
import { growthMeter } from "../objects/common";
import { measureLive, resetLiveRoots } from "./live";
import { Interpreter, engineLimit } from "./interpreter";
import { observations } from "./getsizeof";
import { exceptionStr } from "./repr";
import { resetModules } from "./modules";
import { rt } from "./state";
import { PyException } from "./values";
import "./classes";
import "./methods";
import { resetObjectIds, setSetOrder } from "./ops";
import { liveSplitCopies, setOrderOf } from "./sizes-dict";

setSetOrder(setOrderOf);

const DEFAULT_MAX_STEPS = 10_000_000;
const DEFAULT_MAX_ALLOCATED = 256 * 1024 * 1024;

/**
 * Parsed modules by (grammar version, source text): programs are often re-run. A tree is kept
 * only for a key seen before: keeping every tree made each one survive the young-generation
 * GC and be copied into the old one, which in a stream of distinct programs (a batch, the
 * golden corpus) cost more than the cache saved (measured: 2.4× the bytes promoted, ~15% more
 * CPU per program over the golden corpus).
 */
const parseCache = new Map<string, Module | SourceError>();
const seenOnce = new Set<string>();
const PARSE_CACHE_LIMIT = 4000;

function parseCached(source: string, minor: number): Module {
  const key = minor + "\u0000" + source;
  let r = parseCache.get(key);
  if (r === undefined) {
    try {
      // The parser applies the grammar of the modelled version (`:=` from 3.8, PEP 701 f-strings from 3.12, …).
      r = parseModule(source, { minor });
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      r = e;
    }
    if (seenOnce.delete(key)) {
      if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value as string);
      parseCache.set(key, r);
    } else {
      if (seenOnce.size >= PARSE_CACHE_LIMIT) seenOnce.delete(seenOnce.values().next().value as string);
      seenOnce.add(key);
    }
  }
  if (r instanceof SourceError) throw r;
  return r;
}

function formatError(e: PyException): string {
  let text: string;
  try {
    text = exceptionStr(e);
  } catch {
    text = "<exception str() failed>";
  }
  // @cpython Python/pythonrun.c print_exception: "module.Name" unless the module is builtins; 3.13's
  // exception printer (3.11+, measured) also drops "__main__".
  const c = e.cls;
  const name = c.builtin || c.module === "builtins" || (c.module === "__main__" && rt.minor >= 11) ? c.qualname : `${c.module}.${c.qualname}`;
  return text === "" ? name : `${name}: ${text}`;
}

export function runModuleSource(source: string, options: RunOptions): RunResult {
  const out: string[] = [];
  rt.out = out;
  rt.outLen = 0;
  observations.list = [];
  observations.source = source;
  observations.lines = null;
  const result = (error: string | null, line?: number): RunResult => {
    const r: RunResult = { stdout: out.join(""), error, observations: observations.list };
    if (error !== null && line !== undefined && line > 0) r.errorLine = line;
    return r;
  };
  let profile: Profile;
  try {
    profile = resolveVersion(options.python);
  } catch (e) {
    return result(`ValueError: unsupported Python version ${JSON.stringify(options.python)} (${e instanceof Error ? e.message : String(e)})`);
  }
  rt.profile = profile;
  rt.minor = profile.minor;
  rt.steps = 0;
  rt.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  rt.allocated = 0;
  rt.maxAllocated = options.maxAllocatedBytes ?? DEFAULT_MAX_ALLOCATED;
  // Container growth is metered against the same budget (deterministic: the models' CPython capacities,
  // never the JS heap); past the budget a walk from the roots measures what is live (runtime/live.ts).
  resetLiveRoots();
  growthMeter.grown = 0;
  growthMeter.limit = rt.maxAllocated;
  growthMeter.next = rt.maxAllocated;
  growthMeter.measure = measureLive;
  growthMeter.exceeded = () => {
    throw allocationBudgetExceeded(rt.maxAllocated);
  };
  rt.line = 0;
  resetModules();
  resetObjectIds();
  liveSplitCopies.n = 0;
  let interp: Interpreter | null = null;
  try {
    const mod = parseCached(source, profile.minor);
    interp = new Interpreter(source);
    // A bound function, not an arrow: no extra JS frame per Python call made through ops.call.
    rt.callFunction = interp.callFunction.bind(interp);
    interp.runModule(mod);
    return result(null);
  } catch (e) {
    if (e instanceof SourceError) return result(e.message, e.lineno);
    if (e instanceof PyException) return result(formatError(e), e.line || rt.line);
    if (e instanceof BudgetExceeded) return result(`${e.pyType}: ${e.message}`, rt.line);
    if (e instanceof PyLibError) return result(formatError(pyErr(e.pyType, e.message)), rt.line);
    const limit = engineLimit(e);
    if (limit === "stack") return result("RecursionError: maximum recursion depth exceeded", rt.line);
    if (limit === "memory") return result("MemoryError", rt.line);
    const detail = e instanceof Error ? e.message : String(e);
    return result(`SystemError: internal simulator error: ${detail}`, rt.line);
  } finally {
    // Layouts built outside a run (tests, tools) are not metered; `grown` stays readable.
    growthMeter.limit = Number.POSITIVE_INFINITY;
    growthMeter.next = Number.POSITIVE_INFINITY;
    growthMeter.measure = null;
    resetLiveRoots();
  }
}
