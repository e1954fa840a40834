// Literal constants and CPython's compile-time constant folding. `isConstExpr` answers "would CPython's
// AST optimizer turn this into a constant?" (literals, unary +/-/~ of numbers, tuples of constants,
// small arithmetic on constants) because that decides the construction path of list and set displays
// (3.9+: LIST_EXTEND / SET_UPDATE of a folded constant). `constValue` builds (and caches on the node)
// the Python object of a constant expression.

import type * as AST from "../source/ast";
import { binaryOp, unaryOp } from "./arith";
import { Ellipsis, False, None, True, pyInt, pyStr } from "./types";
import { PyBytes, PyComplex, PyException, PyFloat, PyObject, PyStr, PyTuple } from "./values";

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

function tryFold(e: AST.Expr): boolean {
  try {
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
    if (err instanceof PyException) return false;
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
