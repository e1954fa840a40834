// Literal constants and CPython's compile-time constant folding. `isConstExpr` answers "would CPython's
// AST optimizer turn this into a constant?" (literals, unary +/-/~ of numbers, tuples of constants,
// small arithmetic on constants) because that decides the construction path of list and set displays
// (3.9+: LIST_EXTEND / SET_UPDATE of a folded constant). `constValue` builds (and caches on the node)
// the Python object of a constant expression. `mergeConstants` then makes equal constants one object the
// way CPython's compiler does (see Profile.constMergeScope and its neighbours), which is what `is` sees.

import type * as AST from "../source/ast";
import { binaryOp, unaryOp } from "./arith";
import { PyLibError } from "../pylib";
import type { Profile } from "../versions";
import { Ellipsis, False, None, True, pyInt, pyStr } from "./types";
import { PyBool, PyBytes, PyComplex, PyException, PyFloat, PyInt, PyObject, PyStr, PyTuple } from "./values";

type Cached = { __py?: PyObject; __const?: boolean };

/** @cpython Python/ast_opt.c: folding gives up on results longer than MAX_COLLECTION_SIZE / MAX_STR_SIZE */
const MAX_STR_SIZE = 4096;
const MAX_COLLECTION_SIZE = 256;
const MAX_INT_SIZE = 128; // bits

export function isConstExpr(e: AST.Expr): boolean {
  const c = e as AST.Expr & Cached;
  if (c.__const !== undefined) return c.__const;
  let r = false;
  switch (e.kind) {
    case "Constant":
      r = e.value.type !== "Ellipsis" || true;
      break;
    case "UnaryOp":
      r = e.op !== "Not" && isConstExpr(e.operand) && tryFold(e);
      break;
    case "BinOp":
      r = isConstExpr(e.left) && isConstExpr(e.right) && tryFold(e);
      break;
    case "Tuple":
      r = e.elts.every((x) => x.kind !== "Starred" && isConstExpr(x));
      break;
    default:
      r = false;
  }
  c.__const = r;
  return r;
}

/**
 * @cpython Python/ast_opt.c safe_multiply / safe_power / safe_lshift / safe_mod: checked BEFORE folding, so
 * a huge `"a" * 10**9` is never built at compile time; `str % x` / `bytes % x` are never folded.
 */
function foldTooBig(e: AST.Expr): boolean {
  if (e.kind !== "BinOp") return false;
  const l = constValue(e.left);
  const r = constValue(e.right);
  const bits = (o: PyObject): number => {
    const b = (o as PyInt).v;
    return (b < 0n ? -b : b).toString(2).length;
  };
  const isInt = (o: PyObject): o is PyInt => o instanceof PyInt;
  const len = (o: PyObject): number =>
    o instanceof PyStr ? o.v.length : o instanceof PyBytes ? o.v.length : o instanceof PyTuple ? o.items.length : -1;
  switch (e.op) {
    case "Mult": {
      if (isInt(l) && isInt(r)) return (l.v !== 0n && r.v !== 0n && bits(l) + bits(r) > MAX_INT_SIZE);
      const [seq, n] = isInt(r) ? [l, r] : isInt(l) ? [r, l] : [null, null];
      if (seq === null || n === null || len(seq) < 0) return false;
      const limit = seq instanceof PyTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
      return n.v > 0n && len(seq) > 0 && BigInt(len(seq)) * n.v > BigInt(limit);
    }
    case "Pow":
      return isInt(l) && isInt(r) && r.v > 0n && l.v !== 0n && BigInt(bits(l)) * r.v > BigInt(MAX_INT_SIZE);
    case "LShift":
      return isInt(l) && isInt(r) && r.v > 0n && l.v !== 0n && BigInt(bits(l)) + r.v > BigInt(MAX_INT_SIZE);
    default:
      return false;
  }
}

function tryFold(e: AST.Expr): boolean {
  try {
    if (foldTooBig(e)) return false;
    const v = constValue(e);
    if (v instanceof PyStr && v.length > MAX_STR_SIZE) return false;
    if (v instanceof PyBytes && v.v.length > MAX_STR_SIZE) return false;
    if (v instanceof PyTuple && v.items.length > MAX_COLLECTION_SIZE) return false;
    if (v instanceof PyObject && "v" in v && typeof (v as { v: unknown }).v === "bigint") {
      const b = (v as unknown as { v: bigint }).v;
      if ((b < 0n ? -b : b) >= 1n << BigInt(MAX_INT_SIZE) && e.kind === "BinOp" && (e.op === "Pow" || e.op === "LShift"))
        return false;
    }
    return true;
  } catch (err) {
    // Folding that raises (1 / 0, 2.0 ** 10000) is left to run time, as CPython's optimizer does.
    if (err instanceof PyException || err instanceof PyLibError) return false;
    throw err;
  }
}

/** The Python object of a constant expression (cached on the node: constants are immutable). */
export function constValue(e: AST.Expr): PyObject {
  const c = e as AST.Expr & Cached;
  if (c.__py !== undefined) return c.__py;
  let v: PyObject;
  switch (e.kind) {
    case "Constant":
      v = literal(e.value);
      break;
    case "UnaryOp":
      v = unaryOp(e.op, constValue(e.operand));
      break;
    case "BinOp":
      v = binaryOp(e.op, constValue(e.left), constValue(e.right));
      break;
    case "Tuple":
      v = new PyTuple(e.elts.map(constValue));
      break;
    default:
      throw new Error("not a constant: " + e.kind);
  }
  c.__py = v;
  return v;
}

function literal(cv: AST.ConstantValue): PyObject {
  switch (cv.type) {
    case "int":
      return pyInt(cv.value);
    case "float":
      return new PyFloat(cv.value);
    case "complex":
      return new PyComplex(0, cv.imag);
    case "str":
      return pyStr(cv.value);
    case "bytes":
      return new PyBytes(cv.value);
    case "bool":
      return cv.value ? True : False;
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
  }
}

// ## Constant merging (object identity of constants)

type Table = Map<string, PyObject>;
type MergeState = { p: Profile; interned: Map<string, PyStr>; nan: number };

/** @cpython Objects/codeobject.c all_name_chars: str constants made only of [A-Za-z0-9_] are interned. */
const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/**
 * @cpython Objects/codeobject.c _PyCode_ConstantKey: type + value, so 1, 1.0 and True stay apart and the
 * signed zeros (float and complex parts) get their own keys; a NaN only matches itself (a per-object key).
 */
function constKey(o: PyObject, st: MergeState): string {
  const num = (x: number): string => (Object.is(x, -0) ? "-0" : Number.isNaN(x) ? "nan" + st.nan++ : String(x));
  if (o instanceof PyBool) return o === True ? "T" : "F";
  if (o instanceof PyInt) return "i" + o.v.toString();
  if (o instanceof PyFloat) return "f" + num(o.v);
  if (o instanceof PyComplex) return "c" + num(o.re) + "," + num(o.im);
  if (o instanceof PyStr) return "s" + o.v;
  if (o instanceof PyBytes) return "b" + Array.from(o.v).join(",");
  if (o instanceof PyTuple) return "t" + JSON.stringify(o.items.map((x) => constKey(x, st)));
  return o === None ? "N" : "E";
}

/** The str constant as CPython's code object holds it: identifier-like strings interned (intern_string_constants). */
function internStr(o: PyStr, st: MergeState): PyStr {
  const s = o.v;
  if (!NAME_CHARS.test(s)) return o;
  if (s.length === 1 && !st.p.strConstStaticOneCharIds.includes(s)) return pyStr(s);
  let hit = st.interned.get(s);
  if (hit === undefined) {
    hit = s.length === 1 ? new PyStr(s) : o;
    st.interned.set(s, hit);
  }
  return hit;
}

/** One constant value as merged into `table` (merge_consts_recursive when tuple items are merged too). */
function mergeValue(v: PyObject, table: Table, st: MergeState, recursive: boolean): PyObject {
  if (v instanceof PyStr) v = internStr(v, st);
  const key = constKey(v, st);
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  if (v instanceof PyTuple) {
    for (let i = 0; i < v.items.length; i++) {
      const x = v.items[i];
      v.items[i] = recursive ? mergeValue(x, table, st, true) : x instanceof PyTuple ? internTuple(x, st) : x instanceof PyStr ? internStr(x, st) : x;
    }
  }
  table.set(key, v);
  return v;
}

/** 3.7: tuple items are the literal objects, only their identifier-like strings are interned. */
function internTuple(t: PyTuple, st: MergeState): PyTuple {
  for (let i = 0; i < t.items.length; i++) {
    const x = t.items[i];
    if (x instanceof PyStr) t.items[i] = internStr(x, st);
    else if (x instanceof PyTuple) internTuple(x, st);
  }
  return t;
}

/** The object a maximal constant expression evaluates to, following the profile's merge rules. */
function mergeNode(e: AST.Expr, table: Table, st: MergeState): PyObject {
  const v = constValue(e);
  if (e.kind === "Constant" || st.p.constFoldedMerged) return mergeValue(v, table, st, st.p.constTupleItemsMerged);
  // 3.6 peephole folding: the result is a new co_consts entry per site; a tuple is built from its items' consts.
  // The operands are the merged consts, so `b"" + b"x y"` is the `b"x y"` const itself.
  if (e.kind === "Tuple") return new PyTuple(e.elts.map((x) => mergeNode(x, table, st)));
  const r =
    e.kind === "BinOp"
      ? binaryOp(e.op, mergeNode(e.left, table, st), mergeNode(e.right, table, st))
      : e.kind === "UnaryOp"
        ? unaryOp(e.op, mergeNode(e.operand, table, st))
        : v;
  return r instanceof PyStr ? internStr(r, st) : r;
}

type Node = AST.Expr | AST.Stmt;

function isNode(n: unknown): n is Node {
  return typeof n === "object" && n !== null && typeof (n as { kind?: unknown }).kind === "string";
}

/**
 * Makes equal constants of one compilation unit the same object, the way CPython's compiler does: each
 * maximal constant expression (literal or folded) gets its merged object cached on the node, so every
 * evaluation of it returns that object. Runs once per parsed tree (trees are cached per minor version).
 */
export function mergeConstants(mod: AST.Module, p: Profile): void {
  const flag = mod as AST.Module & { __merged?: boolean };
  if (flag.__merged) return;
  flag.__merged = true;
  const st: MergeState = { p, interned: new Map(), nan: 0 };
  const newCode = (t: Table): Table => (p.constMergeScope === "compilation" ? t : new Map());
  const visit = (n: unknown, t: Table): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x, t);
      return;
    }
    if (!isNode(n)) return;
    const e = n;
    switch (e.kind) {
      case "Constant":
      case "UnaryOp":
      case "BinOp":
      case "Tuple":
        if ((e.kind !== "Tuple" || e.elts.length > 0) && isConstExpr(e)) {
          (e as AST.Expr & Cached).__py = mergeNode(e, t, st);
          return;
        }
        break;
      case "Dict":
        if (!p.constKeyMapKeysMerged) {
          // BUILD_CONST_KEY_MAP per run of keys between `**` unpackings (compiler_subdict).
          let start = 0;
          for (let i = 0; i <= e.keys.length; i++) {
            if (i < e.keys.length && e.keys[i] !== null) continue;
            const run = e.keys.slice(start, i) as AST.Expr[];
            if (run.length > 1 && run.every(isConstExpr)) {
              const raw = new PyTuple(run.map((k) => constValue(k)));
              const keys = mergeValue(internTuple(raw, st), t, st, false) as PyTuple;
              run.forEach((k, j) => ((k as AST.Expr & Cached).__py = keys.items[j]));
            } else visit(run, t);
            start = i + 1;
          }
          visit(e.values, t);
          return;
        }
        break;
      case "FunctionDef":
        visit(e.decorator_list, t);
        visit(e.args, t);
        visit(e.returns, t);
        visit(e.body, newCode(t));
        return;
      case "ClassDef":
        visit(e.decorator_list, t);
        visit(e.bases, t);
        visit(e.keywords, t);
        visit(e.body, newCode(t));
        return;
      case "Lambda":
        visit(e.args, t);
        visit(e.body, newCode(t));
        return;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp": {
        // The first iterable is evaluated by the enclosing code; the rest runs in the comprehension's own
        // code object (3.12+ inlines list/set/dict comprehensions, PEP 709; only matters for 3.6/3.7 here).
        visit(e.generators[0].iter, t);
        const inner = newCode(t);
        for (const [k, v] of Object.entries(e)) if (k !== "generators") visit(v, inner);
        for (const [i, g] of e.generators.entries()) {
          if (i > 0) visit(g.iter, inner);
          visit(g.target, inner);
          visit(g.ifs, inner);
        }
        return;
      }
    }
    for (const [k, v] of Object.entries(e)) if (!k.startsWith("__")) visit(v, t);
  };
  visit(mod.body, new Map());
}
