// Binary, in-place and unary operators (CPython's Objects/abstract.c binary_op1 protocol): user-class
// dunders with the reflected-operand rules first, then the builtin numeric tower (int ⊂ float ⊂ complex,
// semantics from pylib), sequences, sets and dicts. New containers report their construction path
// (`l1 + l2`, `[x] * n`: exact-size allocations) to the size model.

import type * as AST from "../source/ast";
import * as P from "../pylib";
import { pyErr, typeError } from "./exceptions";
import { msg } from "./messages";
import { callSpecial, special, isIntLike, mapKey } from "./ops";
import { rt } from "./state";
import * as S from "./sizes";
import { setMergeFrom, dictMergeFrom } from "./containers";
import { dictViewSetOp } from "./dictviews";
import { growthMeter, remeasure } from "../objects/common";
import { percentFormatStr, percentFormatBytesObj } from "./repr";
import { False, NotImplemented, True, boolType, intType, pyInt, pyStr } from "./types";
import {
  PyBool,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyDict,
  PyDictView,
  PyException,
  PyFloat,
  PyInt,
  PyList,
  PyObject,
  PySet,
  PyStr,
  PyTuple,
} from "./values";

const SYMBOL: Record<AST.Operator, string> = {
  Add: "+",
  Sub: "-",
  Mult: "*",
  MatMult: "@",
  Div: "/",
  Mod: "%",
  Pow: "** or pow()",
  LShift: "<<",
  RShift: ">>",
  BitOr: "|",
  BitXor: "^",
  BitAnd: "&",
  FloorDiv: "//",
};
const DUNDER: Record<AST.Operator, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  MatMult: "matmul",
  Div: "truediv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "or",
  BitXor: "xor",
  BitAnd: "and",
  FloorDiv: "floordiv",
};

/** Guard for results that would allocate more than the run's allocation budget. */
export function checkAlloc(count: number, each: number): void {
  const bytes = count * each;
  // One budget: what containers hold live counts too (objects/common.ts growthMeter: an upper bound,
  // measured exactly by a walk from the roots before refusing).
  if (bytes > rt.maxAllocated || (bytes + growthMeter.grown > rt.maxAllocated && bytes + remeasure() > rt.maxAllocated))
    throw pyErr("MemoryError", `the simulator's allocation budget (${rt.maxAllocated} bytes) would be exceeded`);
}

export function binaryOp(op: AST.Operator, a: PyObject, b: PyObject, inplace = false): PyObject {
  // Fast path: exact ints.
  if (a instanceof PyInt && b instanceof PyInt && (a.cls === intType || a.cls === boolType) && (b.cls === intType || b.cls === boolType)) {
    const r = intOp(op, a.v, b.v, a instanceof PyBool && b instanceof PyBool);
    if (r !== undefined) return r;
  }
  if (!a.cls.builtin || !b.cls.builtin) {
    const r = userBinary(op, a, b);
    if (r !== NotImplemented) return r;
    if (!a.cls.builtin && !b.cls.builtin && a.cls.layout === a.cls && b.cls.layout === b.cls) throw unsupported(op, a, b, inplace);
  }
  const r = builtinBinary(op, a, b);
  if (r !== NotImplemented) return r;
  throw unsupported(op, a, b, inplace);
}

function unsupported(op: AST.Operator, a: PyObject, b: PyObject, inplace = false): PyException {
  if (op === "Add") {
    if (a instanceof PyStr && a.cls.builtin) return typeError(msg.strConcat(b.cls.name));
    if (a instanceof PyList && b.cls !== a.cls) return typeError(`can only concatenate list (not "${b.cls.name}") to list`);
    if (a instanceof PyTuple && !(b instanceof PyTuple)) return typeError(`can only concatenate tuple (not "${b.cls.name}") to tuple`);
    if ((a instanceof PyBytes || a instanceof PyByteArray) && !(b instanceof PyBytes || b instanceof PyByteArray))
      return typeError(`can't concat ${b.cls.name} to ${a.cls.name}`);
  }
  if (op === "Mult") {
    const seq = (o: PyObject) => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray;
    if (seq(a) && !(b instanceof PyInt)) return typeError(`can't multiply sequence by non-int of type '${b.cls.name}'`);
    if (seq(b) && !(a instanceof PyInt)) return typeError(`can't multiply sequence by non-int of type '${a.cls.name}'`);
  }
  // @cpython Objects/abstract.c binop_type_error: in-place forms name the augmented operator ("+=")
  if (inplace) return typeError(`unsupported operand type(s) for ${op === "Pow" ? "**" : SYMBOL[op]}=: '${a.cls.name}' and '${b.cls.name}'`);
  if (op === "Pow") return typeError(`unsupported operand type(s) for ** or pow(): '${a.cls.name}' and '${b.cls.name}'`);
  return typeError(`unsupported operand type(s) for ${SYMBOL[op]}: '${a.cls.name}' and '${b.cls.name}'`);
}

function userBinary(op: AST.Operator, a: PyObject, b: PyObject): PyObject {
  const name = DUNDER[op];
  const bFirst = !b.cls.builtin && b.cls !== a.cls && b.cls.isSubtypeOf(a.cls);
  if (bFirst) {
    const m = special(b, "__r" + name + "__");
    if (m !== undefined) {
      const r = callSpecial(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const ma = special(a, "__" + name + "__");
  if (ma !== undefined) {
    const r = callSpecial(ma, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!bFirst && b.cls !== a.cls) {
    const m = special(b, "__r" + name + "__");
    if (m !== undefined) {
      const r = callSpecial(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

function minor(): P.PyMinor {
  return rt.minor as P.PyMinor;
}

const WORD = 1n << 64n;
/** Bits of |v| rounded up to a multiple of 4 (an upper bound, computed without arithmetic on v). */
function hexBits(v: bigint): number {
  return (v < 0n ? -v : v).toString(16).length * 4;
}

/**
 * Exact-int operators. Results beyond pylib's MAX_INT_BITS (`**`, `<<` in pylib, `*` here) raise a bare
 * MemoryError before any work: V8 would spend seconds, then throw a RangeError at 2^30 bits.
 */
function intOp(op: AST.Operator, x: bigint, y: bigint, bothBool: boolean): PyObject | undefined {
  switch (op) {
    case "Add":
      return pyInt(x + y);
    case "Sub":
      return pyInt(x - y);
    case "Mult":
      if ((x > WORD || -x > WORD) && (y > WORD || -y > WORD) && hexBits(x) + hexBits(y) > P.MAX_INT_BITS) throw pyErr("MemoryError");
      return pyInt(x * y);
    case "FloorDiv":
      return pyInt(P.intFloorDiv(x, y));
    case "Mod":
      if (y === 0n) throw pyErr("ZeroDivisionError", msg.intModZero());
      return pyInt(P.intMod(x, y, minor()));
    case "Div":
      return new PyFloat(P.intTrueDiv(x, y));
    case "Pow": {
      const r = P.intPow(x, y);
      return typeof r === "bigint" ? pyInt(r) : new PyFloat(r);
    }
    case "LShift":
      return pyInt(P.intLshift(x, y));
    case "RShift":
      return pyInt(P.intRshift(x, y));
    case "BitAnd":
      return bothBool ? ((x & y) !== 0n ? True : False) : pyInt(x & y);
    case "BitOr":
      return bothBool ? ((x | y) !== 0n ? True : False) : pyInt(x | y);
    case "BitXor":
      return bothBool ? ((x ^ y) !== 0n ? True : False) : pyInt(x ^ y);
    default:
      return undefined;
  }
}

function floatOp(op: AST.Operator, x: number, y: number): PyObject {
  switch (op) {
    case "Add":
      return new PyFloat(x + y);
    case "Sub":
      return new PyFloat(x - y);
    case "Mult":
      return new PyFloat(x * y);
    case "Div":
      return new PyFloat(P.floatTrueDiv(x, y));
    case "FloorDiv":
      return new PyFloat(P.floatFloorDiv(x, y, minor()));
    case "Mod":
      return new PyFloat(P.floatMod(x, y, minor()));
    case "Pow": {
      const r = P.floatPow(x, y);
      return typeof r === "number" ? new PyFloat(r) : new PyComplex(r.re, r.im);
    }
    default:
      return NotImplemented;
  }
}

function complexOp(op: AST.Operator, a: P.PyComplex, b: P.PyComplex): PyObject {
  let r: P.PyComplex;
  switch (op) {
    case "Add":
      r = P.complexAdd(a, b);
      break;
    case "Sub":
      r = P.complexSub(a, b);
      break;
    case "Mult":
      r = P.complexMul(a, b);
      break;
    case "Div":
      r = P.complexDiv(a, b);
      break;
    case "Pow":
      r = P.complexPow(a, b);
      break;
    default:
      return NotImplemented;
  }
  return new PyComplex(r.re, r.im);
}

function toFloat(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) {
    const v = o.v;
    if (v > -9007199254740992n && v < 9007199254740992n) return Number(v);
    const f = P.intToFloat(v);
    return f;
  }
  return undefined;
}

function builtinBinary(op: AST.Operator, a: PyObject, b: PyObject): PyObject {
  // Numbers
  if (a instanceof PyInt && b instanceof PyInt) {
    const r = intOp(op, a.v, b.v, a instanceof PyBool && b instanceof PyBool);
    return r ?? NotImplemented;
  }
  if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
    const x = toFloat(a);
    const y = toFloat(b);
    if (x !== undefined && y !== undefined) {
      if ((a instanceof PyInt && !Number.isFinite(x)) || (b instanceof PyInt && !Number.isFinite(y)))
        throw pyErr("OverflowError", "int too large to convert to float");
      return floatOp(op, x, y);
    }
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    // @cpython Objects/complexobject.c complex_remainder / complex_int_div / complex_divmod (removed in 3.10)
    // raised for any operand pair involving a complex.
    if (rt.minor <= 9 && (op === "Mod" || op === "FloorDiv") && !(a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray))
      throw typeError(op === "Mod" ? "can't mod complex numbers." : "can't take floor of complex number.");
    const ca = complexParts(a);
    const cb = complexParts(b);
    if (ca && cb) return complexOp(op, ca, cb);
    return NotImplemented;
  }
  switch (op) {
    case "Add":
      return add(a, b);
    case "Mult":
      if (b instanceof PyInt) return repeat(a, b.v);
      if (a instanceof PyInt) return repeat(b, a.v);
      return NotImplemented;
    case "Mod":
      if (a instanceof PyStr) return pyStr(percentFormatStr(a.v, b));
      if (a instanceof PyBytes) return new PyBytes(percentFormatBytesObj(a.v, b));
      if (a instanceof PyByteArray) {
        const r = new PyByteArray(percentFormatBytesObj(a.v, b));
        S.bytearrayNew(r, "exact");
        return r;
      }
      return NotImplemented;
    case "BitOr":
    case "BitAnd":
    case "Sub":
    case "BitXor":
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b, a);
      if (a instanceof PyDictView && a.kind !== "values") return viewSetOp(op, a, b);
      if (b instanceof PyDictView && b.kind !== "values" && a instanceof PySet) return viewSetOp(op, a, b);
      if (op === "BitOr" && a instanceof PyDict && b instanceof PyDict && rt.minor >= 9) {
        const d = new PyDict();
        S.dictCopy(d, a);
        copyEntries(d, a);
        dictMergeFrom(d, b);
        return d;
      }
      return NotImplemented;
    default:
      return NotImplemented;
  }
}

function copyEntries(d: PyDict, src: PyDict): void {
  for (const e of src.entries) {
    if (e.key === null) continue;
    const ne = { key: e.key, value: e.value, hk: e.hk };
    d.map.set(e.hk, ne);
    d.entries.push(ne);
  }
}

function complexParts(o: PyObject): P.PyComplex | null {
  if (o instanceof PyComplex) return { re: o.re, im: o.im };
  const f = toFloat(o);
  return f === undefined ? null : { re: f, im: 0 };
}

function add(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyStr && b instanceof PyStr) {
    // @cpython Objects/unicodeobject.c PyUnicode_Concat: an empty side gives the other (exact) str itself (measured, 3.6+)
    if (b.v.length === 0 && a.cls.builtin) return a;
    if (a.v.length === 0 && b.cls.builtin) return b;
    checkAlloc(a.v.length + b.v.length, 1);
    return pyStr(a.v + b.v);
  }
  if (a instanceof PyList && b instanceof PyList) {
    checkAlloc(a.items.length + b.items.length, 8);
    const l = new PyList(a.items.concat(b.items));
    S.listNewExact(l);
    return l;
  }
  if (a instanceof PyTuple && b instanceof PyTuple) {
    if (rt.profile.tupleConcatEmptyReturnsSelf) {
      if (b.items.length === 0 && a.cls.builtin) return a;
      if (a.items.length === 0 && b.cls.builtin) return b;
    }
    return new PyTuple(a.items.concat(b.items));
  }
  if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
    // @cpython Objects/bytesobject.c bytes_concat: an empty side gives the other exact bytes itself (measured, 3.6+)
    if (a instanceof PyBytes && a.cls.builtin) {
      if (b.v.length === 0) return a;
      if (a.v.length === 0 && b instanceof PyBytes && b.cls.builtin) return b;
    }
    const r = new Uint8Array(a.v.length + b.v.length);
    r.set(a.v);
    r.set(b.v, a.v.length);
    if (a instanceof PyByteArray) {
      const ba = new PyByteArray(r);
      S.bytearrayNew(ba, "exact");
      return ba;
    }
    return new PyBytes(r);
  }
  return NotImplemented;
}

/** `seq * n` (exact-size allocation in CPython's list_repeat / tuple_repeat / unicode_repeat). */
export function repeat(a: PyObject, nb: bigint): PyObject {
  const n = nb < 0n ? 0 : nb > 1n << 53n ? Number.MAX_SAFE_INTEGER : Number(nb);
  if (a instanceof PyStr) {
    if (n === 1 && a.cls.builtin) return a;
    checkAlloc(a.v.length * n, 1);
    return pyStr(a.v.repeat(n));
  }
  if (a instanceof PyList) {
    const len = a.items.length;
    checkAlloc(len * n, 8);
    const items = new Array<PyObject>(len * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < len; j++) items[i * len + j] = a.items[j];
    const l = new PyList(items);
    S.listNewExact(l);
    return l;
  }
  if (a instanceof PyTuple) {
    if (n === 1 && a.cls.builtin) return a;
    checkAlloc(a.items.length * n, 8);
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) for (const x of a.items) items.push(x);
    return new PyTuple(items);
  }
  if (a instanceof PyBytes || a instanceof PyByteArray) {
    checkAlloc(a.v.length * n, 1);
    const r = repeatBytes(a.v, n);
    if (a instanceof PyByteArray) {
      const ba = new PyByteArray(r);
      S.bytearrayNew(ba, "exact");
      return ba;
    }
    return new PyBytes(r);
  }
  return NotImplemented;
}

/** `n` copies of `v` (doubling copies: O(log n) native calls instead of n). */
function repeatBytes(v: Uint8Array, n: number): Uint8Array {
  const total = v.length * n;
  const r = new Uint8Array(total);
  if (total === 0) return r;
  r.set(v);
  for (let done = v.length; done < total; done *= 2) r.copyWithin(done, 0, Math.min(done, total - done));
  return r;
}

/** Set algebra through the set model; the result has the left operand's type (set or frozenset). */
export function setOp(op: AST.Operator, a: PySet, b: PySet, typeFrom: PySet): PySet {
  const kind = op === "BitOr" ? "union" : op === "BitAnd" ? "intersection" : op === "Sub" ? "difference" : "symmetric_difference";
  return S.setAlgebra(kind, a, b, typeFrom.frozen);
}

function viewSetOp(op: AST.Operator, a: PyObject, b: PyObject): PyObject {
  return dictViewSetOp(op, a, b); // CPython's own construction order (dictviews.ts)
}

/** `a op= b`: lists extend/repeat in place, sets and dicts update in place, others fall back to binary. */
export function inplaceOp(op: AST.Operator, a: PyObject, b: PyObject): PyObject {
  if (!a.cls.builtin) {
    const m = special(a, "__i" + DUNDER[op] + "__");
    if (m !== undefined) {
      const r = callSpecial(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (a instanceof PyList) {
    if (op === "Add") {
      inplaceHooks.listExtend(a, b);
      return a;
    }
    if (op === "Mult" && isIntLike(b)) {
      inplaceHooks.listIMul(a, b.v);
      return a;
    }
  }
  if (a instanceof PySet && !a.frozen && b instanceof PySet) {
    switch (op) {
      case "BitOr":
        setMergeFrom(a, b);
        return a;
      case "BitAnd":
      case "Sub":
      case "BitXor":
        inplaceHooks.setInplace(op, a, b);
        return a;
      default:
        break;
    }
  }
  if (a instanceof PyDict && op === "BitOr" && rt.minor >= 9) {
    inplaceHooks.dictUpdate(a, b);
    return a;
  }
  if (a instanceof PyByteArray && op === "Add" && (b instanceof PyBytes || b instanceof PyByteArray)) {
    inplaceHooks.bytearrayExtend(a, b.v);
    return a;
  }
  if (a instanceof PyByteArray && op === "Mult" && b instanceof PyInt) {
    // @cpython Objects/bytearrayobject.c bytearray_irepeat: resize in place
    const k = b.v <= 0n ? 0 : b.v > 1n << 40n ? 1 << 30 : Number(b.v);
    checkAlloc(a.v.length * k, 1);
    const src = a.v;
    const out = new Uint8Array(src.length * k);
    for (let i = 0; i < k; i++) out.set(src, i * src.length);
    a.v = out;
    S.bytearrayIMul(a, k);
    return a;
  }
  return binaryOp(op, a, b, true);
}

/** Filled by methods.ts (list.extend etc. live there). */
export const inplaceHooks = {
  listExtend: (_l: PyList, _b: PyObject): void => {},
  listIMul: (_l: PyList, _n: bigint): void => {},
  setInplace: (_op: AST.Operator, _a: PySet, _b: PySet): void => {},
  dictUpdate: (_a: PyDict, _b: PyObject): void => {},
  bytearrayExtend: (_a: PyByteArray, _b: Uint8Array): void => {},
};

export function unaryOp(op: AST.UnaryOperator, a: PyObject): PyObject {
  if (!a.cls.builtin) {
    const name = op === "USub" ? "__neg__" : op === "UAdd" ? "__pos__" : op === "Invert" ? "__invert__" : "";
    const m = name ? special(a, name) : undefined;
    if (m !== undefined) return callSpecial(m, a, []);
  }
  switch (op) {
    case "Not":
      return NotImplemented;
    case "USub":
      if (a instanceof PyInt) return pyInt(-a.v);
      if (a instanceof PyFloat) return new PyFloat(-a.v);
      if (a instanceof PyComplex) return new PyComplex(-a.re, -a.im);
      throw typeError(`bad operand type for unary -: '${a.cls.name}'`);
    case "UAdd":
      if (a instanceof PyInt) return a instanceof PyBool ? pyInt(a.v) : a;
      if (a instanceof PyFloat) return a;
      if (a instanceof PyComplex) return a;
      throw typeError(`bad operand type for unary +: '${a.cls.name}'`);
    case "Invert":
      if (a instanceof PyInt) return pyInt(~a.v);
      throw typeError(`bad operand type for unary ~: '${a.cls.name}'`);
  }
}

void mapKey;
