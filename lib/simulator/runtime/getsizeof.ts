// `sys.getsizeof(obj[, default])` and `obj.__sizeof__()`: ask the object's size model, record an
// Observation (line, source text of the measured expression, value, explanation) for the caller of
// runProgram, and honour user-defined `__sizeof__` the way CPython's sys.getsizeof does (the GC header
// and pre-header are still added on top of what the method returns).

import type * as AST from "../source/ast";
import { GC_HEADER_LABEL, PRE_HEADER_LABEL, type SizeExplanation } from "../memory/explain";
import { pyErr, typeError, valueError } from "./exceptions";
import { callSpecial, special, type Kwargs } from "./ops";
import { rt } from "./state";
import { explainSize } from "./sizes";
import { pyInt } from "./types";
import { PyException, PyInt, PyObject, type CallSite } from "./values";

/** One recorded measurement (mirrors index.ts Observation). */
export interface RawObservation {
  line: number;
  expression: string;
  value: number;
  explanation: SizeExplanation;
  typeName: string;
}

export const observations: { list: RawObservation[]; source: string; lines: string[] | null } = {
  list: [],
  source: "",
  lines: null,
};

/** Source text of an expression node (UTF-16 columns, like the parser's). */
export function sourceText(e: AST.Expr): string {
  if (observations.lines === null) observations.lines = observations.source.replace(/\r\n?/g, "\n").split("\n");
  const lines = observations.lines;
  if (e.lineno === e.end_lineno) return (lines[e.lineno - 1] ?? "").slice(e.col_offset, e.end_col_offset);
  const out = [(lines[e.lineno - 1] ?? "").slice(e.col_offset)];
  for (let l = e.lineno + 1; l < e.end_lineno; l++) out.push(lines[l - 1] ?? "");
  out.push((lines[e.end_lineno - 1] ?? "").slice(0, e.end_col_offset));
  return out.join("\n");
}

function record(site: CallSite, expr: AST.Expr | null, value: number, explanation: SizeExplanation): void {
  observations.list.push({
    line: site.node ? site.node.lineno : rt.line,
    expression: expr ? sourceText(expr) : "",
    value,
    explanation,
    typeName: explanation.typeName,
  });
}

function isHeaderPart(label: string): boolean {
  return label === GC_HEADER_LABEL || label === PRE_HEADER_LABEL;
}

/** The explanation of `obj.__sizeof__()`: getsizeof's parts without the GC header and pre-header. */
function sizeofOnly(e: SizeExplanation): SizeExplanation {
  const parts = e.parts.filter((p) => !isHeaderPart(p.label));
  return { ...e, parts, total: parts.reduce((a, p) => a + p.bytes, 0) };
}

/** A user `__sizeof__` result with the model's headers added (sys.getsizeof's _PySys_GetSizeOf). */
function userSizeof(obj: PyObject, m: PyObject): SizeExplanation {
  const r = callSpecial(m, obj, []);
  if (!(r instanceof PyInt)) throw typeError("an integer is required");
  if (r.v < 0n) throw valueError("__sizeof__() should return >= 0");
  const model = explainSize(obj);
  const headers = model.parts.filter((p) => isHeaderPart(p.label));
  const parts = [{ label: `${obj.cls.name}.__sizeof__() (user-defined)`, bytes: Number(r.v), cpython: "type(obj).__sizeof__" }, ...headers];
  return { typeName: obj.cls.name, total: parts.reduce((a, p) => a + p.bytes, 0), parts, state: {} };
}

export function getsizeof(args: PyObject[], kw: Kwargs, site: CallSite): PyObject {
  if (kw !== null && kw.size > 0) {
    for (const k of kw.keys()) if (k !== "default") throw typeError(`getsizeof() got an unexpected keyword argument '${k}'`);
  }
  if (args.length < 1 || args.length > 2) {
    if (args.length === 0 && kw?.has("object")) throw typeError("getsizeof() takes no keyword arguments");
    throw typeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
  }
  const obj = args[0];
  const dflt = args[1] ?? kw?.get("default");
  let e: SizeExplanation;
  try {
    const m = obj.cls.builtin ? undefined : special(obj, "__sizeof__");
    e = m !== undefined ? userSizeof(obj, m) : explainSize(obj);
  } catch (err) {
    if (dflt !== undefined && err instanceof PyException && err.cls.name === "TypeError") return dflt;
    throw err;
  }
  const first = site.node?.args[0];
  record(site, first && first.kind !== "Starred" ? first : null, e.total, e);
  return pyInt(BigInt(e.total));
}

/** `obj.__sizeof__()` (object.__sizeof__ and the builtin types' __sizeof__). */
export function sizeofMethod(obj: PyObject, site: CallSite): PyObject {
  if (obj === undefined) throw pyErr("TypeError", "descriptor '__sizeof__' of 'object' object needs an argument");
  const e = sizeofOnly(explainSize(obj));
  const f = site.node?.func;
  record(site, f && f.kind === "Attribute" ? f.value : null, e.total, e);
  return pyInt(BigInt(e.total));
}
