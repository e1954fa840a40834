// Dunder attributes of built-in values: `(3).__add__`, `"ab".__len__`, `V.__ge__` (inherited from object).
// Which names exist on which version, and whether reading one from an instance gives a `method-wrapper`
// (a slot wrapper) or a `builtin_function_or_method`, comes from dunders.json, measured on real CPython
// by scripts/dunder-table.py. Calls behave like CPython's slot wrappers: a binary slot of a type that
// cannot handle the other operand returns NotImplemented instead of raising.
import type * as AST from "../source/ast";
import table from "./dunders.json";
import { binaryOp, inplaceOp, unaryOp } from "./arith";
import { pyErr, typeError } from "./exceptions";
import { delItem, getItem, setItem } from "./items";
import { call, callSpecial, contains, getIter, indexValue, lenOf, richCompare, setDunderHooks, truthy, userLookup } from "./ops";
import { formatValue, reprOf, strOf } from "./repr";
import { hashOf } from "./hash";
import { rt } from "./state";
import { NotImplemented, None, builtinFunctionType, namedBuiltinType, pyBool, pyInt, pyIntN, pyStr } from "./types";
import { PyBoundMethod, PyBuiltinFunction, PyComplex, PyException, PyFloat, PyInt, PyObject, PyStr, PyType, type NativeFn } from "./values";

type Row = Record<string, string>;
const TYPES = (table as { types: Record<string, Row> }).types;

/** Kind of `name` on built-in type `key` at the running version: "w", "m", "c", "a" or undefined (absent). */
function kindOf(key: string, name: string): string | undefined {
  const v = TYPES[key]?.[name];
  if (v === undefined) return undefined;
  const sp = v.indexOf(" ");
  if (sp < 0) return v;
  return v.slice(sp + 1).split(",").includes(String(rt.minor)) ? v.slice(0, sp) : undefined;
}

/** The table row of a type: its first built-in base (exceptions and other built-ins are not covered). */
function keyOf(t: PyType): string | undefined {
  for (const c of t.mro) if (c.builtin) return c.name in TYPES ? c.name : undefined;
  return undefined;
}

const BIN: Record<string, AST.Operator> = {
  add: "Add", sub: "Sub", mul: "Mult", matmul: "MatMult", truediv: "Div", floordiv: "FloorDiv", mod: "Mod",
  pow: "Pow", lshift: "LShift", rshift: "RShift", and: "BitAnd", or: "BitOr", xor: "BitXor",
};
const CMP: Record<string, string> = { eq: "Eq", ne: "NotEq", lt: "Lt", le: "LtE", gt: "Gt", ge: "GtE" };
const UNARY: Record<string, AST.UnaryOperator> = { neg: "USub", pos: "UAdd", invert: "Invert" };
const NUM: Record<string, number> = { bool: 0, int: 0, float: 1, complex: 2 };

/** The operand family a built-in slot of type `key` accepts (CPython's own type checks in each slot). */
function family(o: PyObject): string {
  const k = keyOf(o.cls) ?? o.cls.name;
  if (k in NUM) return "num";
  if (k === "bytearray") return "bytes";
  if (k === "set" || k === "frozenset") return "set";
  return k;
}

/** Whether type `key`'s numeric slot handles `other` (int handles int; float int/float; complex all three). */
function numberAccepts(key: string, other: PyObject): boolean {
  const ok = keyOf(other.cls);
  return ok !== undefined && ok in NUM && NUM[ok] <= NUM[key];
}

/** A number of a user subclass as its plain built-in value: `int.__add__(I(1), 2)` is int's slot, not I.__add__. */
function plain(o: PyObject): PyObject {
  if (o.cls.builtin) return o;
  if (o instanceof PyInt) return pyInt(o.v);
  if (o instanceof PyFloat) return new PyFloat(o.v);
  if (o instanceof PyComplex) return new PyComplex(o.re, o.im);
  return o;
}

function builtinOp(key: string, self: PyObject, other: PyObject, op: AST.Operator, reflected: boolean): PyObject {
  if (key in NUM || key === "set" || key === "frozenset" || key === "dict") {
    const accepts = key in NUM ? numberAccepts(key, other) : family(other) === family(self);
    if (!accepts) return NotImplemented;
  }
  if (key in NUM) {
    self = plain(self);
    other = plain(other);
  }
  return reflected ? binaryOp(op, other, self) : binaryOp(op, self, other);
}

function compare(key: string, self: PyObject, other: PyObject, op: string): PyObject {
  // bytes compares only with bytes; bytearray with any bytes-like object
  if (key === "bytes" && keyOf(other.cls) !== "bytes") return NotImplemented;
  if (key === "object") {
    if (op === "Eq") return self === other ? pyBool(true) : NotImplemented;
    if (op !== "NotEq") return NotImplemented;
    // @cpython Objects/typeobject.c object_richcompare Py_NE: the inverse of type(self).__eq__ unless NotImplemented
    const eqm = userLookup(self.cls, "__eq__");
    const r = eqm !== undefined ? callSpecial(eqm, self, [other]) : self === other ? pyBool(true) : NotImplemented;
    return r === NotImplemented ? r : pyBool(!truthy(r));
  }
  if (key in NUM) {
    self = plain(self);
    other = plain(other);
  }
  if (key in NUM ? !numberAccepts(key, other) && !(key === "int" && keyOf(other.cls) === "bool") : family(other) !== family(self))
    return NotImplemented;
  if (key === "NoneType") return op === "Eq" ? pyBool(self === other) : op === "NotEq" ? pyBool(self !== other) : NotImplemented;
  try {
    return richCompare(self, other, op);
  } catch (e) {
    if (e instanceof PyException && e.cls.name === "TypeError") return NotImplemented;
    throw e;
  }
}

function arity(name: string, args: PyObject[], n: number, max = n): void {
  const got = args.length - 1;
  if (got < n || got > max) {
    if (n === max) throw typeError(n === 0 ? `expected 0 arguments, got ${got}` : `expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
    throw typeError(`${name} expected at most ${max} arguments, got ${got}`);
  }
}

function unsupported(key: string, name: string): NativeFn {
  return () => {
    throw pyErr("NotImplementedError", `${key}.${name} exists in CPython but the simulator does not model calling it`);
  };
}

/** The operation `name` performs on a value of built-in type `key`; undefined when not modelled. */
function generic(key: string, name: string): NativeFn | undefined {
  const base = name.slice(2, -2);
  if (base in CMP) return (a) => (arity(name, a, 1), compare(key, a[0], a[1], CMP[base]));
  if (base.startsWith("r") && base.slice(1) in BIN) {
    const op = BIN[base.slice(1)];
    return (a) => (arity(name, a, 1), builtinOp(key, a[0], a[1], op, true));
  }
  if (base.startsWith("i") && base.slice(1) in BIN) {
    const op = BIN[base.slice(1)];
    return (a) => {
      arity(name, a, 1);
      if (key === "set" && family(a[1]) !== "set") return NotImplemented;
      return inplaceOp(op, a[0], a[1]);
    };
  }
  if (base in BIN) {
    const op = BIN[base];
    if (base === "pow") return (a) => (arity(name, a, 1, 2), a.length === 3 && a[2] !== None ? callBuiltin("pow", a) : builtinOp(key, a[0], a[1], op, false));
    return (a) => (arity(name, a, 1), builtinOp(key, a[0], a[1], op, false));
  }
  if (base in UNARY) return (a) => (arity(name, a, 0), unaryOp(UNARY[base], a[0]));
  switch (base) {
    case "divmod":
      return (a) => (arity(name, a, 1), key in NUM && !numberAccepts(key, a[1]) ? NotImplemented : callBuiltin("divmod", a));
    case "rdivmod":
      return (a) => (arity(name, a, 1), key in NUM && !numberAccepts(key, a[1]) ? NotImplemented : callBuiltin("divmod", [a[1], a[0]]));
    case "abs":
      return (a) => (arity(name, a, 0), callBuiltin("abs", a));
    case "bool":
      return (a) => (arity(name, a, 0), pyBool(truthy(a[0])));
    case "len":
      return (a) => (arity(name, a, 0), pyIntN(lenOf(a[0])));
    case "reversed":
      return (a) => (arity(name, a, 0), callBuiltin("reversed", a));
    case "iter":
      return (a) => (arity(name, a, 0), getIter(a[0]));
    case "contains":
      return (a) => (arity(name, a, 1), pyBool(contains(a[0], a[1])));
    case "getitem":
      return (a) => (arity(name, a, 1), getItem(a[0], a[1]));
    case "setitem":
      return (a) => (arity(name, a, 2), setItem(a[0], a[1], a[2]), None);
    case "delitem":
      return (a) => (arity(name, a, 1), delItem(a[0], a[1]), None);
    case "hash":
      return (a) => (arity(name, a, 0), pyInt(hashOf(a[0])));
    case "repr":
      return (a) => (arity(name, a, 0), pyStr(reprOf(a[0])));
    case "str":
      return (a) => (arity(name, a, 0), pyStr(strOf(a[0])));
    case "format":
      return (a) => {
        arity(name, a, 1);
        if (!(a[1] instanceof PyStr)) throw typeError(`${name}() argument must be str, not ${a[1].cls.name}`);
        return pyStr(formatValue(a[0], a[1].v));
      };
    case "index":
      return (a) => (arity(name, a, 0), pyInt(indexValue(a[0])));
    case "int":
    case "float":
    case "complex":
      return (a) => (arity(name, a, 0), callBuiltin(base, a));
    case "round":
      return (a) => (arity(name, a, 0, 1), callBuiltin("round", a));
    case "trunc":
      return key === "int" || key === "bool" ? (a) => (arity(name, a, 0), callBuiltin("int", a)) : undefined;
  }
  return undefined;
}

let builtinsNs: Map<string, PyObject> = new Map();
/** builtins.ts hands over its namespace (abs, divmod, pow, round, int, float …). */
export function setDunderBuiltins(ns: Map<string, PyObject>): void {
  builtinsNs = ns;
}
function callBuiltin(name: string, args: PyObject[]): PyObject {
  return call(builtinsNs.get(name)!, args);
}

const cache = new Map<string, PyBuiltinFunction>();
/** The unbound built-in function behind `key.name` (kind "w" or "m"), or undefined. */
function wrapperFunc(key: string, name: string, kind: string, existing: PyObject | undefined): PyBuiltinFunction {
  const ck = `${key}.${name}`;
  let f = cache.get(ck);
  if (f !== undefined) return f;
  const known = existing instanceof PyBuiltinFunction ? existing.fn : undefined;
  // object's own slots (identity __eq__, the default __repr__ …) must not re-dispatch to a user class's methods.
  const fn = (key === "object" && name !== "__repr__" && name !== "__ne__" ? known ?? generic(key, name) : generic(key, name) ?? known) ?? unsupported(key, name);
  f = new PyBuiltinFunction(name, fn, true, key);
  f.cls = namedBuiltinType(kind === "w" ? "wrapper_descriptor" : "method_descriptor");
  cache.set(ck, f);
  return f;
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith("__") && name.endsWith("__");
}

/** `o.name` for a dunder the table lists as a slot wrapper or builtin method; undefined = use the normal path. */
function instanceDunder(o: PyObject, name: string, existing: PyObject | undefined): PyObject | undefined {
  if (!isDunder(name) || userLookup(o.cls, name) !== undefined) return undefined;
  const key = keyOf(o.cls);
  if (key === undefined) return undefined;
  const kind = kindOf(key, name);
  // list, dict, set and bytearray set __hash__ = None
  if (kind === "a" && name === "__hash__") return None;
  if (kind === "c") return existing === undefined ? classDunder(o.cls, key, name) : undefined;
  if (kind !== "w" && kind !== "m") return undefined;
  const bm = new PyBoundMethod(o, wrapperFunc(key, name, kind, existing));
  bm.cls = kind === "w" ? namedBuiltinType("method-wrapper") : builtinFunctionType;
  return bm;
}

/** `T.name` on a class for a dunder it inherits from a built-in type (wrapper_descriptor / method_descriptor). */
function typeDunder(t: PyType, name: string, existing: PyObject | undefined): PyObject | undefined {
  if (!isDunder(name)) return undefined;
  const key = keyOf(t);
  if (key === undefined) return undefined;
  const kind = kindOf(key, name);
  if (kind === "c") return existing === undefined ? classDunder(t, key, name) : undefined;
  if (kind !== "w" && kind !== "m") return undefined;
  return wrapperFunc(key, name, kind, existing);
}

/** A class method the simulator does not model (`__class_getitem__`, `__subclasshook__` …), bound to the class. */
function classDunder(t: PyType, key: string, name: string): PyObject {
  const bm = new PyBoundMethod(t, new PyBuiltinFunction(name, unsupported(key, name), true, key));
  bm.cls = builtinFunctionType;
  return bm;
}

setDunderHooks(instanceDunder, typeDunder);
